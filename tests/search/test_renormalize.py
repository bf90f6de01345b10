"""An editor maps a source's tag: stored records take the new theme without the source being fetched again."""

import pytest
from django.utils import timezone

from initiatives.models import Initiative, Theme, ThemeCrosswalk
from search.harvest.bulk import initiatives_bulk_create
from search.harvest.connectors.base import RawRecord
from search.harvest.sources import source_renormalize
from search.normalize.normalizer import Normalizer
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db


def test_new_crosswalk_entry_is_applied_to_stored_records(django_capture_on_commit_callbacks):
    source = SourceFactory(slug="plateforme-x")
    record = RawRecord(external_id="1", fields={"title": "Projet Zéphyr", "tags": ["Étiquette maison"]}, raw={"id": 1})
    data, report = Normalizer(source).normalize(record)
    assert report.unmapped_tags == ["Étiquette maison"] and data.theme_codes == []
    initiatives_bulk_create(source=source, items=[(record, "hash", data)], seen_at=timezone.now())
    initiative = Initiative.objects.get()
    assert list(initiative.themes.all()) == []

    with django_capture_on_commit_callbacks(execute=True):  # eager task in tests: it runs on commit
        entry = ThemeCrosswalk.objects.create(source=source, tag="Étiquette maison")
        entry.themes.add(Theme.objects.get(code="habitat-inclusif"))
    assert [theme.code for theme in initiative.themes.all()] == ["habitat-inclusif"]

    stats = source_renormalize(source=source)  # idempotent: nothing left to change
    assert (stats.records, stats.changed) == (1, 0)
