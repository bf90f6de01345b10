"""The staff sign-in pages (Wagtail's /admin/login/, Django's /django-admin/login/) get the same brute-force lockout
as the site's sign-in: allauth's "login_failed" limits (settings.ACCOUNT_RATE_LIMITS: 10 failures a minute from
one client, 5 per 5 minutes for one account), counted in the same cache, for the same client address
(CARREFOUR_TRUSTED_PROXY_COUNT). Once exhausted, the form answers 429 until the period ends, even to the right
password: a guesser learns nothing."""

from __future__ import annotations

from allauth.core import ratelimit
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver
from django.shortcuts import render

ACTION = "login_failed"


def _key(username: str) -> str:
    return (username or "").strip().lower()


def _is_admin_login(request) -> bool:
    return request is not None and request.method == "POST" and request.path in settings.CARREFOUR_ADMIN_LOGIN_PATHS


class AdminLoginLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _is_admin_login(request) and not ratelimit.consume(
                request, action=ACTION, key=_key(request.POST.get("username", "")), dry_run=True):
            return render(request, "429.html", status=429)
        return self.get_response(request)


@receiver(user_login_failed, dispatch_uid="carrefour-admin-login-failed")
def count_admin_login_failure(sender, credentials, request=None, **kwargs) -> None:
    """A wrong password on a staff sign-in page counts against the client and the account."""
    if _is_admin_login(request):
        ratelimit.consume(request, action=ACTION, key=_key(credentials.get("username", "")))
