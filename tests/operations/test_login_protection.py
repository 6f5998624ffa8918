"""Admin login throttling (django-axes) and optional two-factor authentication (django-otp)."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "Kaltim-admin-2025!"


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True


def login(client, password, username="admin"):
    return client.post("/admin/login/", {"username": username, "password": password}, HTTP_ACCEPT_LANGUAGE="id")


def test_lockout_after_five_failures(client, axes_on, superuser):
    for _attempt in range(4):
        assert login(client, "salah").status_code == 200
    fifth = login(client, "salah")

    locked = login(client, PASSWORD)

    assert fifth.status_code == 429
    assert locked.status_code == 429
    assert "Terlalu banyak percobaan masuk" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_login_works_below_limit(client, axes_on, superuser):
    for _attempt in range(4):
        login(client, "salah")

    response = login(client, PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(superuser.pk)


def test_lockout_is_per_username(client, axes_on, superuser, django_user_model):
    django_user_model.objects.create_user("penulis", password="Penulis-rahasia-1", is_staff=True)
    for _attempt in range(5):
        login(client, "salah")

    response = login(client, "Penulis-rahasia-1", username="penulis")

    assert response.status_code == 302


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_user_without_device_needs_no_code(client, superuser):
    login(client, PASSWORD)

    assert client.get("/admin/").status_code == 200


def test_user_with_device_must_enter_code(client, superuser):
    device = TOTPDevice.objects.create(user=superuser, name="authenticator", confirmed=True)
    login(client, PASSWORD)

    blocked = client.get("/admin/pages/")
    accepted = client.post("/admin/2fa/verify/?next=/admin/pages/", {"otp_token": current_code(device)})

    assert blocked.status_code == 302
    assert blocked["Location"].startswith("/admin/2fa/verify/")
    assert accepted.status_code == 302
    assert accepted["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_wrong_code_keeps_user_out(client, superuser):
    TOTPDevice.objects.create(user=superuser, name="authenticator", confirmed=True)
    login(client, PASSWORD)

    wrong = client.post("/admin/2fa/verify/?next=/admin/pages/", {"otp_token": "000000"}, HTTP_ACCEPT_LANGUAGE="id")

    assert wrong.status_code == 200
    assert "Kode salah" in wrong.content.decode()
    assert client.get("/admin/pages/").status_code == 302


def test_verify_ignores_offsite_next(client, superuser):
    device = TOTPDevice.objects.create(user=superuser, name="authenticator", confirmed=True)
    login(client, PASSWORD)

    response = client.post("/admin/2fa/verify/?next=https://example.org/", {"otp_token": current_code(device)})

    assert response["Location"] == "/admin/"


def test_setup_confirms_device_with_code(client, superuser):
    client.force_login(superuser)

    page = client.get("/admin/2fa/setup/")
    device = TOTPDevice.objects.get(user=superuser)
    response = client.post("/admin/2fa/setup/", {"otp_token": current_code(device)})

    assert page.status_code == 200
    assert "<svg" in page.content.decode()
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed


def test_setup_rejects_wrong_code(client, superuser):
    client.force_login(superuser)
    client.get("/admin/2fa/setup/")

    response = client.post("/admin/2fa/setup/", {"otp_token": "12ab"}, HTTP_ACCEPT_LANGUAGE="id")

    assert response.status_code == 200
    assert not TOTPDevice.objects.get(user=superuser).confirmed
