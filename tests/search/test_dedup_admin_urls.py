"""The duplicate queue and the quality report are reachable from the real Wagtail admin (menu and URLs)."""

import pytest
from django.urls import reverse

from initiatives.models import Initiative
from search.dedup.models import DuplicateCandidate
from tests.factories import SourceFactory, UserFactory, make_initiative

pytestmark = pytest.mark.django_db


def test_queue_and_quality_pages_through_the_admin(client):
    client.force_login(UserFactory(username="editeur-chef", is_staff=True, is_superuser=True))
    a = make_initiative(source=SourceFactory(slug="s-a"), title="Garage solidaire de Brest", commune="29019")
    b = make_initiative(source=SourceFactory(slug="s-b"), title="Garage solidaire Brest", commune="29019")
    first, second = sorted([a, b], key=lambda initiative: initiative.pk)
    DuplicateCandidate.objects.create(initiative_a=first, initiative_b=second, score=0.6, components={})
    admin_home = client.get("/admin/").content.decode()
    assert reverse("dedup_queue") in admin_home and reverse("quality_report") in admin_home
    queue = client.get(reverse("dedup_queue"))
    assert queue.status_code == 200 and "Garage solidaire Brest" in queue.content.decode()
    report = client.get(reverse("quality_report"))
    assert report.status_code == 200
    assert a.records.get().source.name in report.content.decode()
    assert Initiative.objects.count() == 2
