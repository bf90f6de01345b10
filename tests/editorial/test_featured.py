"""Featured innovations: overrides kept apart from harvested fields, ranking boost, moderation workflow."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import rich_text

from carrefour.editorial.models import FeaturedInitiative
from carrefour.editorial.services import FEATURED_BOOST, RANK_BOOST, editorial_boost_refresh
from initiatives.models import Distinction, Initiative
from initiatives.services import DistinctionData
from search.harvest.fetch import Fetcher
from search.harvest.harvester import source_harvest
from search.params import SearchParams
from search.query import initiative_search
from tests.factories import SourceFactory, UserFactory, make_initiative
from tests.search.test_harvest_service import CONFIG, FakePlatform

pytestmark = pytest.mark.django_db(transaction=True)

ADD_URL = reverse("wagtailsnippets_editorial_featuredinitiative:add")


def feature(initiative: Initiative, **overrides) -> FeaturedInitiative:
    featured = FeaturedInitiative.objects.create(initiative=initiative, live=False, **overrides)
    featured.save_revision().publish()
    featured.refresh_from_db()
    return featured


def boost_of(initiative: Initiative) -> float:
    initiative.refresh_from_db(fields=["editorial_boost"])
    return initiative.editorial_boost


def test_publishing_and_unpublishing_moves_the_boost():
    initiative = make_initiative(title="Garage solidaire de Brest")
    featured = FeaturedInitiative.objects.create(initiative=initiative, live=False, title="Le garage qui répare tout")
    featured.save_revision()  # a draft: not live, no boost
    assert boost_of(initiative) == 0
    featured.latest_revision.publish()
    assert boost_of(initiative) == pytest.approx(FEATURED_BOOST)
    featured.refresh_from_db()
    featured.unpublish()
    assert boost_of(initiative) == 0
    featured.save_revision().publish()
    FeaturedInitiative.objects.get().delete()
    assert boost_of(initiative) == 0


def test_prize_boost_uses_the_best_rank_and_adds_to_featuring():
    initiative = make_initiative(title="Cantine bio", distinctions=[
        DistinctionData(prize="Prix TERRITORIA", year=2021, category="Cohésion", rank="mention"),
    ])
    assert boost_of(initiative) == pytest.approx(RANK_BOOST["mention"])
    Distinction.objects.create(initiative=initiative, edition=Distinction.objects.get().edition, category="Autre",
                               rank="or")
    assert boost_of(initiative) == pytest.approx(RANK_BOOST["or"])
    feature(initiative)
    assert boost_of(initiative) == pytest.approx(RANK_BOOST["or"] + FEATURED_BOOST)
    Distinction.objects.all().delete()
    assert boost_of(initiative) == pytest.approx(FEATURED_BOOST)
    Initiative.objects.filter(pk=initiative.pk).update(editorial_boost=3)  # drift is repaired by a full refresh
    assert editorial_boost_refresh() == 1
    assert boost_of(initiative) == pytest.approx(FEATURED_BOOST)


def test_featured_initiative_ranks_first_among_equal_matches():
    plain = make_initiative(title="Épicerie solidaire de Rodez", summary="Des produits à petit prix.")
    chosen = make_initiative(title="Épicerie solidaire de Millau", summary="Des produits à petit prix.")
    before = [hit.pk for hit in initiative_search(SearchParams(q="épicerie solidaire")).hits]
    assert set(before) == {plain.pk, chosen.pk}
    feature(chosen)
    assert [hit.pk for hit in initiative_search(SearchParams(q="épicerie solidaire")).hits] == [chosen.pk, plain.pk]


def test_overrides_survive_a_reharvest_of_the_same_initiative(fixture_server, client):
    platform = FakePlatform(fixture_server, count=3)
    source = SourceFactory(slug="plateforme-test", format="json_api", configuration={**CONFIG, "url": platform.url})
    fetcher = Fetcher(allowed_hosts=["127.0.0.1"])
    source_harvest(source=source, fetcher=fetcher)
    initiative = Initiative.objects.get(title="Épicerie solidaire numéro 1")
    feature(initiative, title="L’épicerie qui change Rodez", chapo="Un chapô écrit par la rédaction.",
            why_inspiring="<p>Parce qu’elle <b>rassemble</b> tout le quartier.</p>")

    platform.items["1"] = FakePlatform.item(1, " (nouveau nom)")
    run = source_harvest(source=source, fetcher=fetcher)
    assert run.updated == 1
    initiative.refresh_from_db()
    assert initiative.title == "Épicerie solidaire numéro 1 (nouveau nom)"  # the harvested field moved on
    featured = FeaturedInitiative.objects.get(initiative=initiative)
    assert (featured.title, featured.chapo, featured.live) == (
        "L’épicerie qui change Rodez", "Un chapô écrit par la rédaction.", True,
    )
    assert boost_of(initiative) == pytest.approx(FEATURED_BOOST)
    html = client.get(initiative.get_absolute_url()).content.decode()
    assert "<h1>L’épicerie qui change Rodez</h1>" in html
    assert "Le choix de la rédaction" in html and "<b>rassemble</b>" in html
    assert "Des produits à petit prix." in html  # the harvested summary is still shown below


def test_draft_overrides_are_not_public(client):
    initiative = make_initiative(title="Tiers-lieu de Figeac")
    featured = feature(initiative, title="Titre publié")
    featured.title = "Titre en brouillon"
    featured.save_revision()  # a draft on top of the live version
    html = client.get(initiative.get_absolute_url()).content.decode()
    assert "Titre publié" in html and "Titre en brouillon" not in html
    assert [f.display_title for f in client.get("/").context["featured"]] == ["Titre publié"]


def _staff(group: str):
    user = UserFactory(is_staff=False)
    user.groups.add(Group.objects.get(name=group))
    return user


def _form(initiative: Initiative, **fields) -> dict:
    return {"initiative": initiative.pk, "title": "", "chapo": "", "image": "", "image_alt": "", "image_credit": "",
            "why_inspiring": rich_text("<p>Un modèle à suivre.</p>"), "on_home": "on", "position": "0", **fields}


@pytest.mark.django_db(transaction=False)
def test_editor_submits_and_a_moderator_approves(client, django_capture_on_commit_callbacks):
    initiative = make_initiative(title="Ressourcerie de Millau")
    editor, moderator = _staff("Éditeurs"), _staff("Modérateurs")

    client.force_login(editor)
    # An editor cannot publish directly…
    client.post(ADD_URL, _form(initiative, title="Tentative", **{"action-publish": "1"}))
    assert not FeaturedInitiative.objects.filter(live=True).exists()
    FeaturedInitiative.objects.all().delete()
    # …but submits to moderation.
    response = client.post(ADD_URL, _form(initiative, title="La ressourcerie exemplaire", **{"action-submit": "1"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    featured = FeaturedInitiative.objects.get()
    assert not featured.live
    state = WorkflowState.objects.get(object_id=str(featured.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.workflow.name == "Relecture par les modérateurs"
    assert boost_of(initiative) == 0

    client.force_login(moderator)
    url = reverse("wagtailsnippets_editorial_featuredinitiative:workflow_action",
                  args=[featured.pk, "approve", state.current_task_state.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"comment": "Parfait."})
    assert response.status_code in (200, 302)
    featured.refresh_from_db()
    assert featured.live and featured.title == "La ressourcerie exemplaire"
    assert boost_of(initiative) == pytest.approx(FEATURED_BOOST)
    assert [f.display_title for f in client.get("/").context["featured"]] == ["La ressourcerie exemplaire"]


@pytest.mark.django_db(transaction=False)
def test_initiative_chooser_searches_and_filters(client):
    make_initiative(title="Garage solidaire de Brest", departement="29", region="53", theme_codes=["mobilite"])
    make_initiative(title="Garage associatif de Rodez", departement="12", region="76")
    make_initiative(title="Jardin partagé de Brest", departement="29", region="53")
    client.force_login(_staff("Éditeurs"))
    url = reverse("wagtailsnippetchoosers_initiatives_initiative:choose_results")

    def titles(**query):
        response = client.get(url, query)
        assert response.status_code == 200
        return sorted(obj.title for obj in response.context["results"])

    assert titles(q="garages") == ["Garage associatif de Rodez", "Garage solidaire de Brest"]  # French stemming
    assert titles(q="garage", departement="29") == ["Garage solidaire de Brest"]
    assert titles(theme="mobilite") == ["Garage solidaire de Brest"]
    assert titles(region="76") == ["Garage associatif de Rodez"]


@pytest.mark.django_db(transaction=False)
def test_featured_preview_renders_the_card_and_the_box(client):
    from tests.factories import UserFactory

    initiative = make_initiative(title="Tiers-lieu de Figeac")
    featured = FeaturedInitiative.objects.create(initiative=initiative, live=False, title="Un tiers-lieu exemplaire",
                                                 why_inspiring="<p>Il <b>rassemble</b>.</p>")
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    url = reverse("wagtailsnippets_editorial_featuredinitiative:preview_on_edit", args=[featured.pk])
    # The preview is what an editor sees before publishing: posted form data, rendered with the public templates.
    data = _form(initiative, title="Titre en aperçu")
    assert client.post(url, data).json()["is_valid"] is True
    html = client.get(url).content.decode()
    assert "Titre en aperçu" in html and "Le choix de la rédaction" in html
