"""Deduplication: scoring, blocking, the batch pass, merge/split, and the editors' queue."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.urls import include, path, reverse

from carrefour import urls as carrefour_urls
from initiatives.merging import initiative_merge, initiative_split
from initiatives.models import Distinction, Initiative, SourceRecord
from initiatives.services import (
    DistinctionData,
    InitiativeData,
    PorteurData,
    initiative_upsert_from_record,
)
from initiatives.signals import initiative_split as split_signal
from initiatives.signals import initiatives_merged
from search.dedup import admin_views as dedup_admin
from search.dedup import scoring as dedup
from search.dedup.models import DuplicateCandidate
from search.dedup.passes import dedup_pass
from search.dedup.scoring import MERGE_THRESHOLD, REVIEW_THRESHOLD, Profile, blocking_keys, score_pair, title_similarity
from tests.factories import SourceFactory, UserFactory, make_initiative

# The admin views are reachable here whether or not search/harvest/wagtail_hooks.py registers them yet.
urlpatterns = [path("dedup-admin/", include(dedup_admin.urlpatterns)), *carrefour_urls.urlpatterns]
pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]

BEGLES = "33039"
BORDEAUX = "33063"
BREST = "29019"


def repair_cafe(**overrides) -> InitiativeData:
    fields = {
        "title": "Repair Café de Bègles",
        "summary": "Des bénévoles réparent avec vous petit électroménager, vélos et vêtements, chaque premier samedi.",
        "website": "https://repaircafe-begles.fr/",
        "commune": BEGLES,
        "departement": "33",
        "porteur": PorteurData(name="Association Bègles Répare"),
    }
    fields.update(overrides)
    return InitiativeData(**fields)


def upsert(source, external_id: str, data: InitiativeData) -> Initiative:
    """Store a record as the harvest does: a new record makes a new initiative; merging is the pass's work."""
    return initiative_upsert_from_record(
        source=source, external_id=external_id, raw={"id": external_id, **data.to_json()}, data=data,
    ).initiative


# --- scoring ----------------------------------------------------------------------------------------
def test_title_similarity_tolerates_accents_case_typos_and_abbreviations():
    assert title_similarity("Épicerie solidaire Les Lilas", "epicerie solidaire les lilas") == 1.0
    assert title_similarity("Épicerie solidaire des Lilas", "Epicerie solidiare des Lilas") > 0.9
    assert title_similarity("Jardins partagés du Moulin", "Jardin partagé du Moulin") == 1.0
    assert title_similarity("Asso. Vélo pour tous", "Association vélo pour tous") == 1.0
    assert title_similarity("Repair Café de Bègles", "Garage solidaire de Brest") < 0.3


def test_score_pair_components_and_thresholds():
    same = score_pair(repair_cafe(), repair_cafe(title="Repair cafe Begles", summary="Atelier de réparation."))
    assert same.score >= MERGE_THRESHOLD
    assert set(same.components) == {"title", "porteur", "commune", "website", "description"}
    assert same.components["commune"] == 1.0 and same.components["website"] == 1.0

    # A title match alone (nothing else known) is for editors, never merged automatically.
    bare = score_pair(InitiativeData(title="Repair Café de Bègles"), InitiativeData(title="Repair Cafe de Begles"))
    assert REVIEW_THRESHOLD <= bare.score < MERGE_THRESHOLD
    assert bare.components["porteur"] is None

    # Same title in another département: a different initiative.
    elsewhere = score_pair(repair_cafe(), repair_cafe(commune=BREST, departement="29", website="", porteur=None))
    assert elsewhere.score < REVIEW_THRESHOLD and elsewhere.vetoed

    # Same porteur, same commune, another project.
    other_project = score_pair(repair_cafe(), repair_cafe(title="Fête de la récup au marché", website=""))
    assert other_project.score < REVIEW_THRESHOLD


def test_siren_decides_the_porteur_component():
    a = repair_cafe(porteur=PorteurData(name="Bègles Répare", siret="732829320"))
    b = repair_cafe(porteur=PorteurData(name="Asso. BR", siret="73282932000074"))
    c = repair_cafe(porteur=PorteurData(name="Bègles Répare", siret="552100554"))
    assert score_pair(a, b).components["porteur"] == 1.0
    assert score_pair(a, c).components["porteur"] == 0.0


def test_blocking_keys_share_a_key_despite_typos_and_plurals():
    a = Profile.build(title="Jardins partagés du Moulin", commune=BEGLES, website="https://www.jardin-moulin.fr/a")
    b = Profile.build(title="Le jardin partage du Mouiln", commune=BEGLES, website="http://jardin-moulin.fr")
    assert blocking_keys(a) & blocking_keys(b)
    assert f"c:{BEGLES}|jardi" in blocking_keys(a)
    assert "w:jardin-moulin.fr" in blocking_keys(b)
    far = Profile.build(title="Garage solidaire", commune=BREST)
    assert not blocking_keys(a) & blocking_keys(far)


def test_website_key_keeps_the_page_on_shared_platforms():
    assert dedup.website_key("https://www.facebook.com/reparecafe/about") == "facebook.com/reparecafe"
    assert dedup.website_key("https://www.exemple.fr/page") == "exemple.fr"


# --- a second source ---------------------------------------------------------------------------------
def test_a_second_sources_record_of_the_same_initiative_is_merged_by_the_pass():
    first, second = SourceFactory(precedence=10), SourceFactory(precedence=20)
    original = upsert(first, "a-1", repair_cafe())
    again = upsert(second, "b-7", repair_cafe(title="Repair café - Bègles", summary="Réparer plutôt que jeter."))
    assert again.pk != original.pk  # stored as new: the harvest never merges by itself
    dedup_pass(source=second)
    again.refresh_from_db()
    assert again.visibility == Initiative.Visibility.MERGED and again.merged_into_id == original.pk
    assert original.records.count() == 2
    # Re-harvesting the same record leaves it where it is.
    assert upsert(second, "b-7", repair_cafe(title="Repair café - Bègles", summary="Réparer plutôt que jeter.")).pk == original.pk


def test_the_pass_leaves_grey_zone_pairs_to_editors_and_other_departements_apart():
    first, second, third = SourceFactory(), SourceFactory(), SourceFactory()
    original = upsert(first, "a-1", repair_cafe())
    grey = upsert(second, "b-1", InitiativeData(title="Repair Café de Bègles"))
    elsewhere = upsert(third, "c-1", repair_cafe(commune=BREST, departement="29", website="", porteur=None))
    dedup_pass()
    for other in (grey, elsewhere):
        other.refresh_from_db()
        assert other.visibility == Initiative.Visibility.PUBLISHED, other.title
    assert not DuplicateCandidate.objects.filter(initiative_a=min(original.pk, elsewhere.pk),
                                                 initiative_b=max(original.pk, elsewhere.pk)).exists()


# --- batch pass -------------------------------------------------------------------------------------
def test_dedup_pass_merges_sure_pairs_and_queues_doubtful_ones():
    first, second = SourceFactory(precedence=10), SourceFactory(precedence=20)
    a = upsert(first, "a-1", repair_cafe())
    b = upsert(second, "b-1", repair_cafe(title="Repair Cafe Begles", summary="Atelier de réparation."))
    c = upsert(first, "a-2", InitiativeData(title="Épicerie solidaire Les Lilas"))
    d = upsert(second, "b-2", InitiativeData(title="Epicerie solidaire les Lilas"))
    e = upsert(second, "b-3", InitiativeData(title="Garage solidaire de Brest", commune=BREST))

    stats = dedup_pass()
    assert stats.merged == 1 and stats.queued == 1
    b.refresh_from_db()
    assert b.visibility == Initiative.Visibility.MERGED and b.merged_into_id == a.pk
    assert a.records.count() == 2
    assert DuplicateCandidate.objects.get(initiative_a=a, initiative_b=b).status == DuplicateCandidate.Status.MERGED_AUTO
    pending = DuplicateCandidate.objects.get(status=DuplicateCandidate.Status.PENDING)
    assert {pending.initiative_a_id, pending.initiative_b_id} == {c.pk, d.pk}
    assert pending.components["title"] == 1.0
    e.refresh_from_db()
    assert e.visibility == Initiative.Visibility.PUBLISHED

    # Idempotent: a second pass finds the same pending pair and nothing to merge.
    again = dedup_pass(source=second)
    assert again.merged == 0 and DuplicateCandidate.objects.filter(status="pending").count() == 1


def test_rejected_decision_survives_reharvest_and_later_passes():
    first, second = SourceFactory(), SourceFactory()
    a = upsert(first, "a-1", repair_cafe())
    b = upsert(second, "b-1", repair_cafe(title="Repair Cafe Begles"))
    editor = UserFactory(is_staff=True)
    DuplicateCandidate.objects.create(initiative_a=a, initiative_b=b, status="rejected", decided_by=editor)

    assert dedup_pass().merged == 0
    # Re-harvest: the same records come back (one of them changed), then the pass runs again.
    upsert(first, "a-1", repair_cafe())
    upsert(second, "b-1", repair_cafe(title="Repair Café Bègles", summary="Nouveau texte."))
    assert dedup_pass().merged == 0
    assert Initiative.objects.filter(visibility="published").count() == 2
    assert DuplicateCandidate.objects.get(initiative_a=a, initiative_b=b).status == "rejected"


def test_rejection_follows_a_merge():
    first, second, third = SourceFactory(), SourceFactory(), SourceFactory()
    a = upsert(first, "a-1", repair_cafe())
    b = upsert(second, "b-1", repair_cafe(title="Repair Cafe Begles"))
    c = upsert(third, "c-1", repair_cafe(title="Repair café à Bègles"))
    DuplicateCandidate.objects.create(initiative_a=a, initiative_b=c, status="rejected")
    initiative_merge(keep=b, other=a)
    assert DuplicateCandidate.objects.filter(initiative_a=b, initiative_b=c, status="rejected").exists()
    assert dedup_pass().merged == 0


# --- merge and split --------------------------------------------------------------------------------
def test_merge_moves_records_and_distinctions_and_redirects(client):
    first, second = SourceFactory(precedence=10), SourceFactory(precedence=20)
    prize = DistinctionData(prize="Prix TERRITORIA", year=2021, rank="mention")
    keep = upsert(first, "a-1", repair_cafe(distinctions=[prize]))
    other = upsert(second, "b-1", repair_cafe(
        title="Repair Cafe Begles", summary="Autre texte.",
        distinctions=[DistinctionData(prize="Prix TERRITORIA", year=2021, rank="or"),
                      DistinctionData(prize="Trophées de l’ESS", year=2022)],
    ))
    received = []
    initiatives_merged.connect(lambda sender, **kwargs: received.append(kwargs), weak=False, dispatch_uid="t-merge")
    try:
        result = initiative_merge(keep=keep, other=other)
    finally:
        initiatives_merged.disconnect(dispatch_uid="t-merge")

    other.refresh_from_db()
    assert other.visibility == Initiative.Visibility.MERGED and other.merged_into == result
    assert result.records.count() == 2 and not other.records.exists()
    assert result.distinctions.count() == 2 and not Distinction.objects.filter(initiative=other).exists()
    assert result.distinctions.get(edition__year=2021).rank == "or"  # the better rank survives
    assert result.provenance["title"] == SourceRecord.objects.get(source=first).pk  # precedence 10 wins
    assert received and received[0]["kept"] == result and received[0]["merged"] == other
    response = client.get(other.get_absolute_url())
    assert response.status_code == 301 and response["Location"].endswith(result.get_absolute_url())


def test_split_creates_a_new_initiative_that_is_never_remerged():
    first, second = SourceFactory(), SourceFactory()
    a = upsert(first, "a-1", repair_cafe())
    upsert(second, "b-1", repair_cafe(
        title="Repair Cafe Begles", distinctions=[DistinctionData(prize="Trophées de l’ESS", year=2022)],
    ))
    dedup_pass()
    assert a.records.count() == 2 and a.distinctions.count() == 1
    record = SourceRecord.objects.get(source=second)
    received = []
    split_signal.connect(lambda sender, **kwargs: received.append(kwargs), weak=False, dispatch_uid="t-split")
    try:
        new = initiative_split(initiative=a, records=[record])
    finally:
        split_signal.disconnect(dispatch_uid="t-split")

    assert new.pk != a.pk and list(new.records.all()) == [record]
    assert new.distinctions.count() == 1 and a.distinctions.count() == 0
    assert received[0]["original"] == a and received[0]["new"] == new
    assert DuplicateCandidate.objects.get(initiative_a=a, initiative_b=new).status == "rejected"
    assert dedup_pass().merged == 0
    upsert(second, "b-1", repair_cafe(title="Repair Cafe Begles !"))  # re-harvest of the split record
    record.refresh_from_db()
    assert record.initiative_id == new.pk
    with pytest.raises(ValueError):
        initiative_split(initiative=new, records=[record])  # at least one record must stay


# --- admin ------------------------------------------------------------------------------------------
@pytest.fixture
def editor(client):
    user = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


@pytest.fixture
def pending_pair():
    first, second = SourceFactory(), SourceFactory()
    a = upsert(first, "a-1", InitiativeData(title="Épicerie solidaire Les Lilas"))
    b = upsert(second, "b-1", InitiativeData(title="Epicerie solidaire les Lilas"))
    dedup_pass()
    return DuplicateCandidate.objects.get(status="pending"), a, b


def test_admin_queue_lists_pending_pairs_side_by_side(client, editor, pending_pair, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        response = client.get(reverse("dedup_queue"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Épicerie solidaire Les Lilas" in content and "Epicerie solidaire les Lilas" in content
    assert "Fusionner" in content and "Ce ne sont pas des doublons" in content


def test_admin_confirm_merges_and_records_the_editor(client, editor, pending_pair):
    candidate, a, b = pending_pair
    response = client.post(reverse("dedup_decide", args=[candidate.pk]), {"action": "merge"})
    assert response.status_code == 302
    candidate.refresh_from_db()
    assert candidate.status == "confirmed" and candidate.decided_by == editor
    assert Initiative.objects.filter(pk__in=[a.pk, b.pk], visibility="merged").count() == 1


def test_admin_reject_keeps_both_for_good(client, editor, pending_pair):
    candidate, a, b = pending_pair
    client.post(reverse("dedup_decide", args=[candidate.pk]), {"action": "reject"})
    candidate.refresh_from_db()
    assert candidate.status == "rejected" and candidate.decided_at
    dedup_pass()
    assert not DuplicateCandidate.objects.filter(status="pending").exists()


def test_admin_split_view(client, editor):
    first, second = SourceFactory(), SourceFactory()
    a = upsert(first, "a-1", repair_cafe())
    upsert(second, "b-1", repair_cafe(title="Repair Cafe Begles"))
    dedup_pass()
    record = SourceRecord.objects.get(source=second)
    assert record.initiative_id == a.pk
    response = client.get(reverse("dedup_split", args=[a.pk]))
    assert response.status_code == 200 and "Séparer" in response.content.decode()
    response = client.post(reverse("dedup_split", args=[a.pk]), {"records": [record.pk]})
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.initiative_id != a.pk


def test_admin_views_need_staff(client, pending_pair):
    client.force_login(UserFactory())
    assert client.get(reverse("dedup_queue")).status_code in (302, 403)


# --- commands ---------------------------------------------------------------------------------------
def test_dedup_command_prints_progress(capsys):
    first, second = SourceFactory(), SourceFactory()
    upsert(first, "a-1", repair_cafe())
    upsert(second, "b-1", repair_cafe(title="Repair Cafe Begles"))
    call_command("dedup")
    out = capsys.readouterr().out
    assert "1 fusionnées" in out


def test_make_initiative_helper_still_works_with_dedup():
    assert make_initiative(title="Tiers-lieu de la gare").records.count() == 1
