"""The public images endpoint: photos of live pages only, with caption, credit and usage note."""

import pytest

pytestmark = pytest.mark.django_db

IMAGES = "/api/v2/images/"


@pytest.fixture
def credited_photo(make_photo):
    from regions.models import Region

    def build(title, **fields):
        fields.setdefault("caption", f"Keterangan {title}.")
        fields.setdefault("credit", "Biro Adpim Setdaprov Kaltim / Budi")
        fields.setdefault("usage_note", "Bebas dipakai untuk pemberitaan dengan menyebut sumber.")
        return make_photo(title, region=Region.objects.get(name="Samarinda"), **fields)

    return build


def listed_titles(api_get):
    status, body = api_get(IMAGES)
    assert status == 200
    return sorted(item["title"] for item in body["items"])


def test_photo_of_live_story_is_listed_with_credit(api_get, make_activity, credited_photo):
    photo = credited_photo("Peresmian jembatan")
    make_activity("Peresmian jembatan", body=[("photo", {"image": photo, "caption": ""})])

    status, body = api_get(IMAGES)

    assert status == 200
    [item] = body["items"]
    assert item["title"] == "Peresmian jembatan"
    assert item["credit"] == "Biro Adpim Setdaprov Kaltim / Budi"
    assert item["caption"] == "Keterangan Peresmian jembatan."
    assert item["meta"]["download_url"]


def test_photo_detail_has_usage_note_region_and_leaders(api_get, make_leader, make_activity, credited_photo):
    governor = make_leader("Rudy Mas'ud", slug="rudy-masud")
    photo = credited_photo("Gubernur menyapa warga")
    photo.leaders.add(governor)
    make_activity("Kunjungan", social_image=photo)

    status, body = api_get(f"{IMAGES}{photo.pk}/")

    assert status == 200
    assert body["usage_note"] == "Bebas dipakai untuk pemberitaan dengan menyebut sumber."
    assert body["region"] == "Samarinda"
    assert body["leaders"] == [{"id": governor.pk, "title": "Rudy Mas'ud", "role": ""}]
    assert body["width"] == 1600


def test_leader_portrait_is_listed(api_get, make_leader, credited_photo):
    make_leader("Seno Aji", slug="seno-aji", portrait=credited_photo("Potret Wagub"))

    assert listed_titles(api_get) == ["Potret Wagub"]


def test_photos_of_drafts_and_embargoed_pages_are_absent(api_get, client, make_activity, make_speech, embargo, credited_photo):
    unused = credited_photo("Belum dipakai")
    draft_photo = credited_photo("Foto draf")
    embargo_photo = credited_photo("Foto embargo")
    make_activity("Masih draf", publish=False, live=False, social_image=draft_photo)
    embargo(make_speech("Pidato embargo", publish=False, live=False, social_image=embargo_photo))

    assert listed_titles(api_get) == []
    for photo in (unused, draft_photo, embargo_photo):
        assert client.get(f"{IMAGES}{photo.pk}/").status_code == 404


def test_photo_appears_once_its_story_is_published(api_get, make_activity, credited_photo):
    photo = credited_photo("Foto panen")
    story = make_activity("Panen raya", publish=False, live=False, social_image=photo)
    assert listed_titles(api_get) == []

    story.save_revision().publish()

    assert listed_titles(api_get) == ["Foto panen"]


@pytest.mark.parametrize(
    "params",
    [{"date_taken": "kemarin"}, {"warna": "merah"}, {"limit": "1000"}, {"order": "file; DROP TABLE x"}, {"credit": "\x00"}],
)
def test_bad_parameters_get_a_400_message(api_get, make_activity, credited_photo, params):
    make_activity("Kunjungan", social_image=credited_photo("Foto"))

    status, body = api_get(IMAGES, **params)

    assert status == 400
    assert body["message"]


def test_filter_by_credit(api_get, make_activity, credited_photo):
    make_activity("Satu", social_image=credited_photo("Foto Budi"))
    make_activity("Dua", social_image=credited_photo("Foto Sari", credit="Diskominfo Kaltim / Sari"))

    status, body = api_get(IMAGES, credit="Diskominfo Kaltim / Sari")

    assert [item["title"] for item in body["items"]] == ["Foto Sari"]


def test_listing_query_count_is_bounded(client, django_assert_max_num_queries, make_activity, credited_photo):
    for number in range(10):
        make_activity(f"Kegiatan {number}", social_image=credited_photo(f"Foto {number}"))
    client.get(IMAGES)

    with django_assert_max_num_queries(10):
        response = client.get(IMAGES, {"limit": 20})
    assert len(response.json()["items"]) == 10
