"""Limits that hold behind a proxy, and on the staff sign-in pages (issue 19): one setting says who the client is
(CARREFOUR_TRUSTED_PROXY_COUNT, 0 here: X-Forwarded-For is ignored), and /admin/login/ and /django-admin/login/ lock
like the site's sign-in."""

from __future__ import annotations

import pytest
from django.conf import settings
from rest_framework.throttling import AnonRateThrottle

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "mot-de-passe-solide-42"


def test_one_setting_gives_every_limiter_the_client_address():
    assert settings.CARREFOUR_TRUSTED_PROXY_COUNT == 0
    assert settings.ALLAUTH_TRUSTED_PROXY_COUNT == settings.REST_FRAMEWORK["NUM_PROXIES"] == 0


def test_rotating_x_forwarded_for_does_not_reset_the_api_throttle(client, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "rate", "3/minute", raising=False)  # read before THROTTLE_RATES
    address = "203.0.113.7"
    answers = [client.get("/api/search/suggest", {"q": f"jardin{n}"}, REMOTE_ADDR=address).status_code
               for n in range(4)]
    assert answers == [200, 200, 200, 429]
    rotated = [client.get("/api/search/suggest", {"q": "jardin"}, REMOTE_ADDR=address,
                          HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(5)]
    assert rotated == [429] * 5
    # Another client is not affected.
    assert client.get("/api/search/suggest", {"q": "jardin"}, REMOTE_ADDR="203.0.113.8").status_code == 200


@pytest.mark.parametrize("path", settings.CARREFOUR_ADMIN_LOGIN_PATHS)
def test_staff_sign_in_pages_lock_after_five_wrong_passwords(client, path):
    staff = UserFactory(username=f"equipe{len(path)}", is_staff=True, is_superuser=True)
    wrong = [client.post(path, {"username": staff.username, "password": "devine"}, REMOTE_ADDR="192.0.2.10")
             for _ in range(5)]
    assert all(response.status_code == 200 for response in wrong)  # the form again, with its error
    assert not client.session.get("_auth_user_id")
    # The sixth try is refused even with the right password, from another address (the account's limit).
    locked = client.post(path, {"username": staff.username, "password": PASSWORD}, REMOTE_ADDR="192.0.2.11",
                         HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert locked.status_code == 429
    assert not client.session.get("_auth_user_id")
    # Another account signs in normally.
    other = UserFactory(username=f"autre{len(path)}", is_staff=True, is_superuser=True)
    response = client.post(path, {"username": other.username, "password": PASSWORD}, REMOTE_ADDR="192.0.2.12")
    assert response.status_code == 302 and client.session.get("_auth_user_id") == str(other.pk)


def test_members_are_limited_per_account_with_a_retry_after(monkeypatch):
    """Community operations are limited too (per account once signed in), and say when to come back."""
    from rest_framework.test import APIClient
    from rest_framework.throttling import UserRateThrottle

    monkeypatch.setattr(UserRateThrottle, "rate", "2/minute", raising=False)
    member = UserFactory(username="membre-presse")
    api = APIClient()
    api.force_login(member)
    answers = [api.get("/api/communities/", REMOTE_ADDR=f"192.0.2.{n}") for n in range(3)]
    assert [answer.status_code for answer in answers] == [200, 200, 429]  # a new address does not help
    assert int(answers[-1]["Retry-After"]) > 0
    assert "detail" in answers[-1].json()


def test_every_api_operation_documents_its_429():
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    undocumented = [(method, path) for path, operations in schema["paths"].items()
                    for method, operation in operations.items() if "429" not in operation["responses"]]
    assert undocumented == []
    community_write = schema["paths"]["/api/communities/{slug}/join/"]["post"]["responses"]["429"]
    assert "Retry-After" in community_write["headers"]


def test_an_anonymous_request_is_counted_by_the_anonymous_limit_only(monkeypatch):
    """Anonymous clients have the stricter ``anon`` rate by address; the members' limiter leaves them alone (it
    used to count them too: two more cache round trips per request, for a limit that never applied first)."""
    from rest_framework.test import APIClient
    from rest_framework.throttling import AnonRateThrottle

    from initiatives.api.throttling import MemberRateThrottle

    calls = {"anon": 0, "member": 0}
    for throttle, name in ((AnonRateThrottle, "anon"), (MemberRateThrottle, "member")):
        original = throttle.throttle_success

        def counted(self, original=original, name=name):
            calls[name] += 1
            return original(self)

        monkeypatch.setattr(throttle, "throttle_success", counted)
    api = APIClient()
    assert api.get("/api/themes/", REMOTE_ADDR="192.0.2.40").status_code == 200
    assert calls == {"anon": 1, "member": 0}
    api.force_login(UserFactory(username="membre-compte"))
    assert api.get("/api/themes/", REMOTE_ADDR="192.0.2.40").status_code == 200
    assert calls == {"anon": 1, "member": 1}
