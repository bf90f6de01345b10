"""Pages served as in production: every stylesheet and script a page names with an ``integrity`` hash is served, by
the production storage (collectstatic with hashed, rewritten copies), with exactly those bytes. The DSFR's own hashes
are those of its files as shipped; the copies collectstatic writes rewrite their url(): the browser blocked the whole
design system on every page of the demo (trial)."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest
from django.core.management import call_command
from django.test import override_settings

pytestmark = pytest.mark.django_db

PRODUCTION_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
_TAG = re.compile(r"<(?:link|script)\b[^>]*>", re.I)
_ATTRIBUTE = re.compile(r'\b(href|src|integrity)="([^"]*)"')


def test_every_integrity_hash_on_a_page_matches_the_file_production_serves(client, tmp_path, settings):
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=PRODUCTION_STORAGES):
        call_command("collectstatic", interactive=False, verbosity=0)
        page = client.get("/recherche/")
        assert page.status_code == 200
        html = page.content.decode()
    wrong = []
    for tag in _TAG.findall(html):
        attributes = dict(_ATTRIBUTE.findall(tag))
        url = attributes.get("href") or attributes.get("src") or ""
        if "integrity" not in attributes or not url.startswith(settings.STATIC_URL):
            continue
        algorithm, _, expected = attributes["integrity"].partition("-")
        served = (tmp_path / url.removeprefix(settings.STATIC_URL)).read_bytes()
        if base64.b64encode(hashlib.new(algorithm, served).digest()).decode() != expected:
            wrong.append(url)
    assert wrong == []
    # The stylesheets are there, and whatever hashes remain are right.
    assert re.search(r'<link[^>]+dsfr[^>]+\.css', html)
