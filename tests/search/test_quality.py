"""The per-source quality report: command and admin page."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.urls import include, path, reverse

from carrefour import urls as carrefour_urls
from initiatives.services import InitiativeData, PorteurData, initiative_upsert_from_record
from search.dedup import admin_views as dedup_admin
from search.dedup.passes import dedup_pass
from search.dedup.quality import source_quality_list
from search.harvest.models import HarvestRun
from tests.factories import SourceFactory, UserFactory

urlpatterns = [path("dedup-admin/", include(dedup_admin.urlpatterns)), *carrefour_urls.urlpatterns]
pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]


def store(source, external_id, **fields):
    data = InitiativeData(**fields)
    initiative_upsert_from_record(source=source, external_id=external_id, raw={"id": external_id}, data=data)


@pytest.fixture
def sources():
    first = SourceFactory(slug="territoires", precedence=10)
    second = SourceFactory(slug="reseau", precedence=20)
    store(first, "1", title="Repair Café de Bègles", commune="33039", departement="33", theme_codes=["economie-circulaire"],
          porteur=PorteurData(name="Bègles Répare"))
    store(first, "2", title="Garage solidaire du Pays de Lumbres", departement="62")
    store(first, "3", title="Tiers-lieu sans lieu")
    store(first, "4", title="Épicerie solidaire Les Lilas")
    store(second, "a", title="Repair Cafe Begles", commune="33039", departement="33",
          porteur=PorteurData(name="Asso. Bègles Répare"))
    store(second, "b", title="Epicerie solidaire les Lilas")
    # A network listed once per antenna: two rows of one source, one initiative with two sites.
    for number, (commune, departement) in enumerate((("29019", "29"), ("56121", "56"))):
        store(second, f"r{number}", title="Le Relais Mobilité", commune=commune, departement=departement,
              porteur=PorteurData(name="Association Relais Mobilité", siret=f"7328293200001{number}"))
    HarvestRun.objects.create(source=first, status=HarvestRun.Status.SUCCESS, quality={
        "unmapped_tags": {"Bricolage": 3, "Automobile": 1}, "unparsed_dates": {"printemps 2019": 2},
    })
    dedup_pass()
    return first, second


def test_source_quality_list(sources):
    first, second = sources
    rows = {row.source.slug: row for row in source_quality_list()}
    assert rows["territoires"].records == 4
    assert rows["territoires"].territory_percent == 50.0
    assert rows["territoires"].theme_percent == 25.0
    assert rows["territoires"].duplicates_found == 1 and rows["reseau"].duplicates_found == 1
    assert rows["reseau"].grouped_as_sites == 2 and rows["territoires"].grouped_as_sites == 0
    assert rows["territoires"].duplicates_pending == 1 and rows["reseau"].duplicates_pending == 1
    assert rows["territoires"].unmapped_tags == [("Bricolage", 3), ("Automobile", 1)]
    assert rows["territoires"].unparsed_date_count == 2
    assert rows["reseau"].unmapped_tags is None  # never harvested: unknown, not zero


def test_quality_report_command(sources, capsys):
    call_command("quality_report", "--details")
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("territoires"))
    assert "50.0 %" in line and "25.0 %" in line
    assert "Implantations" in out.splitlines()[0]
    reseau = next(line for line in out.splitlines() if line.startswith("reseau")).split()
    assert reseau[6:9] == ["1", "1", "2"]  # duplicates found, pending, rows grouped as sites (after two « % »)
    assert "Bricolage (3)" in out


def test_quality_report_help():
    from search.dedup.management.commands.quality_report import Command

    assert "--details" in Command().create_parser("manage.py", "quality_report").format_help()


def test_quality_report_admin_page(client, sources):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get(reverse("quality_report"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Qualité des sources" in content and "Bricolage (3)" in content
    assert "Lignes regroupées en implantations" in content
