"""Identifiers (page, SIRET/SIREN, email, domain) carry a pair past a weak title, with guards for shared ones."""

from __future__ import annotations

import pytest

from initiatives.models import Initiative
from initiatives.services import InitiativeData, PorteurData, initiative_upsert_from_record
from search.dedup.models import DuplicateCandidate
from search.dedup.passes import busy_identities, dedup_pass
from search.dedup.scoring import (
    BUSY_IDENTITY,
    MERGE_THRESHOLD,
    REVIEW_THRESHOLD,
    Profile,
    identity_evidence,
    score_pair,
    title_contained,
    website_page,
)
from tests.factories import SourceFactory

BEGLES = "33039"
SIRET = "73282932000074"


def project(**overrides) -> Profile:
    """A project of the association "Le Phare" at Bègles, as one source describes it."""
    fields = {"title": "Épicerie solidaire Le Phare", "porteur": "Association Le Phare", "siret": SIRET,
              "commune": BEGLES, "commune_name": "Bègles", "website": "https://lephare-begles.fr/"}
    fields.update(overrides)
    return Profile.build(**fields)


HEADLINE = "Découvrez comment l’épicerie du Phare lutte contre le gaspillage à Bègles"


def test_website_page_is_the_host_and_a_path_that_is_not_a_home_page():
    assert website_page("https://www.asso.fr/projets/epicerie/") == "asso.fr/projets/epicerie"
    for home in ("https://asso.fr", "https://www.asso.fr/", "http://asso.fr/accueil", "https://asso.fr/fr/index.php"):
        assert website_page(home) == "", home
    assert website_page("https://www.facebook.com/lephare/") == ""  # an account names its porteur, not a project


@pytest.mark.parametrize("identifiers", [
    {"siret": SIRET},  # the same establishment
    {"siret": "732829320"},  # SIREN only on one side... and the other's SIRET starts with it
    {"contact": "bonjour@lephare-begles.fr"},
    {"website": "https://lephare-begles.fr/accueil"},  # the same domain
])
def test_a_porteur_identifier_merges_a_headline_naming_the_project(identifiers):
    contact = identifiers.pop("contact", "")
    left = project(siret=SIRET if "siret" in identifiers else "", website=identifiers.get("website", ""),
                   email=contact)
    right = project(title=HEADLINE, porteur="", siret=identifiers.get("siret", ""), website=identifiers.get("website", ""),
                    email=contact)
    scored = score_pair(left, right)
    assert scored.components["title"] < 0.45  # below the title gate
    assert scored.score >= MERGE_THRESHOLD and not scored.vetoed
    assert "titre de l’une dans l’autre" in scored.reason


def test_same_porteur_different_initiatives_go_to_editors_with_the_reason():
    # An association's épicerie and its homework club: same SIRET, same site, same commune.
    scored = score_pair(project(), project(title="Aide aux devoirs du Phare"))
    assert REVIEW_THRESHOLD <= scored.score < MERGE_THRESHOLD
    assert scored.reason == "même SIRET, même site web, titres différents"
    assert scored.as_json()["reason"] == scored.reason
    # The commune's name in both titles is no shared activity.
    scored = score_pair(project(title="Repair Café de Bègles"), project(title="Épicerie solidaire Le Phare (Bègles)"))
    assert scored.score < MERGE_THRESHOLD
    # A title that is only the porteur's name may be any of its initiatives.
    assert not title_contained(project(title="Le Phare"), project(title="Aide aux devoirs du Phare"))


def test_the_same_page_merges_whatever_the_titles():
    page = "https://lephare-begles.fr/nos-projets/epicerie"
    scored = score_pair(project(website=page, porteur="", siret=""),
                        project(title="Un lieu pour faire ses courses autrement", porteur="", siret="", website=page))
    assert scored.score >= MERGE_THRESHOLD and scored.reason == "même page web, titres différents"


def test_identifiers_do_not_override_a_contradicting_territory():
    elsewhere = project(title=HEADLINE, commune="29019", commune_name="Brest")
    assert score_pair(project(), elsewhere).score < REVIEW_THRESHOLD
    # Same département, another commune: a weak title stays with editors at most.
    nearby = project(title=HEADLINE, commune="33063", commune_name="Bordeaux")
    assert score_pair(project(), nearby).score < MERGE_THRESHOLD


def test_records_without_a_commune_merge_on_a_strong_identifier():
    left = project(commune=None, commune_name="", website="")
    right = project(title="L’épicerie du Phare, ouverte à tous", commune=None, commune_name="", website="", porteur="")
    scored = score_pair(left, right)
    assert scored.components["commune"] is None and scored.score >= MERGE_THRESHOLD
    assert scored.reason == "même SIRET"
    # Without the identifier, the same pair waits for editors as before.
    assert score_pair(project(commune=None, commune_name="", website="", siret=""),
                      project(title="L’épicerie du Phare, ouverte à tous", commune=None, commune_name="", website="",
                              porteur="", siret="")).score < MERGE_THRESHOLD


def test_shared_hosts_and_busy_identifiers_identify_nothing():
    account = "https://www.facebook.com/lephare"
    left, right = project(siret="", website=account), project(title=HEADLINE, siret="", website=account, porteur="")
    assert identity_evidence(left, right).labels == ("même site web",)  # an account: the porteur's, not a page
    busy = busy_identities((1, project(siret="", website=account, title=f"Projet {n}"))
                           for n in range(BUSY_IDENTITY + 1))
    assert "w:facebook.com/lephare" in busy
    assert identity_evidence(left, right, busy) is None
    assert score_pair(left, right, busy=busy).score < REVIEW_THRESHOLD
    assert not busy_identities((source, project()) for source in range(BUSY_IDENTITY + 1))  # one per source


@pytest.mark.django_db
def test_the_pass_merges_on_identifiers_and_queues_same_porteur_pairs_with_the_reason():
    first, second, third = SourceFactory(precedence=10), SourceFactory(precedence=20), SourceFactory(precedence=30)
    porteur = PorteurData(name="Association Le Phare", siret=SIRET)

    def store(source, external_id, title, **fields):
        data = InitiativeData(title=title, commune=BEGLES, departement="33", porteur=porteur, **fields)
        return initiative_upsert_from_record(source=source, external_id=external_id, raw={"id": external_id},
                                             data=data).initiative

    epicerie = store(first, "1", "Épicerie solidaire Le Phare", contact_email="contact@lephare-begles.fr")
    headline = store(second, "a", HEADLINE, contact_email="Contact@lephare-begles.fr")
    devoirs = store(third, "x", "Aide aux devoirs du Phare", contact_email="contact@lephare-begles.fr")
    stats = dedup_pass()
    headline.refresh_from_db()
    assert headline.merged_into_id == epicerie.pk and stats.merged == 1 and stats.queued == 1
    pending = DuplicateCandidate.objects.get(status=DuplicateCandidate.Status.PENDING)
    assert {pending.initiative_a_id, pending.initiative_b_id} == {epicerie.pk, devoirs.pk}
    assert pending.components["reason"] == "même SIRET, même courriel, titres différents"
    assert Initiative.objects.get(pk=devoirs.pk).visibility == Initiative.Visibility.PUBLISHED
