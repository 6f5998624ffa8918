"""Optional two-factor authentication for the Wagtail admin, built on django-otp's TOTP devices.

A staff member turns it on from the account menu by scanning a QR code into an
authenticator app and confirming one code. From then on, after the password, every admin
request redirects to the code form until django-otp marks the session as verified.
Staff without a device log in with the password alone.
"""

import io
import logging

import django_otp
import qrcode
import qrcode.image.svg
from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from django_otp.plugins.otp_totp.models import TOTPDevice

logger = logging.getLogger("potret.two_factor")

# Admin URL names an unverified user may still open: the code form itself and the way out.
ALLOWED_URL_PREFIXES = ("/admin/2fa/verify/", "/admin/logout/", "/admin/login/", "/admin/jsi18n/", "/admin/sprite")
DEVICE_NAME = "authenticator"


class RequireVerifiedDeviceMiddleware:
    """Send an admin user who has a confirmed device to the code form until verified.

    Needs django_otp.middleware.OTPMiddleware before it, which adds user.is_verified().
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._needs_code(request):
            verify_url = reverse("two_factor_verify")
            return redirect(f"{verify_url}?next={request.get_full_path()}")
        return self.get_response(request)

    def _needs_code(self, request):
        if not request.path.startswith("/admin/") or request.path.startswith(ALLOWED_URL_PREFIXES):
            return False
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return False
        return django_otp.user_has_device(user, confirmed=True)


class TokenForm(forms.Form):
    otp_token = forms.CharField(
        label=_("Code from the authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )

    def __init__(self, *args, device_candidates=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.device_candidates = list(device_candidates)
        self.device = None

    def clean_otp_token(self):
        token = self.cleaned_data["otp_token"].strip().replace(" ", "")
        if not token.isdigit():
            raise forms.ValidationError(_("Enter the 6-digit code shown in your authenticator app."))
        for device in self.device_candidates:
            if device.verify_token(token):
                self.device = device
                return token
        raise forms.ValidationError(_("The code is wrong or has expired. Enter the current code from the app."))


def _safe_next(request):
    target = request.GET.get("next") or request.POST.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


@require_http_methods(["GET", "POST"])
def verify(request):
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    devices = django_otp.devices_for_user(request.user, confirmed=True)
    form = TokenForm(request.POST or None, device_candidates=devices)
    if request.method == "POST" and form.is_valid():
        django_otp.login(request, form.device)
        logger.info("Two-factor code accepted user_id=%s", request.user.pk, extra={"event": "otp_verified", "user_id": request.user.pk})
        return redirect(_safe_next(request))
    if request.method == "POST":
        logger.warning("Two-factor code rejected user_id=%s", request.user.pk, extra={"event": "otp_failed", "user_id": request.user.pk})
    return render(request, "operations/two_factor/verify.html", {"form": form, "next": _safe_next(request)})


@require_http_methods(["GET", "POST"])
def setup(request):
    user = request.user
    if django_otp.user_has_device(user, confirmed=True):
        return render(request, "operations/two_factor/enabled.html", {})

    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    form = TokenForm(request.POST or None, device_candidates=[device])
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        django_otp.login(request, device)
        logger.info("Two-factor device added user_id=%s", user.pk, extra={"event": "otp_device_added", "user_id": user.pk})
        messages.success(request, _("Two-factor authentication is on. Keep the authenticator app at hand when you log in."))
        return redirect("wagtailadmin_home")

    context = {"form": form, "qr_svg": _qr_svg(device.config_url), "secret": device.config_url.split("secret=")[1].split("&")[0]}
    return render(request, "operations/two_factor/setup.html", context)


@require_http_methods(["POST"])
def disable(request):
    user = request.user
    deleted, _details = TOTPDevice.objects.filter(user=user).delete()
    logger.info("Two-factor devices removed user_id=%s count=%s", user.pk, deleted, extra={"event": "otp_device_removed", "user_id": user.pk})
    messages.success(request, _("Two-factor authentication is off for your account."))
    return redirect("wagtailadmin_home")


def _qr_svg(text):
    buffer = io.BytesIO()
    qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage).save(buffer)
    return buffer.getvalue().decode("utf-8")
