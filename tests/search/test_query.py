"""Full-text and faceted search: relevance, French stemming and accents, syntax, facets, snippets, hints."""

import pytest

from initiatives.models import Initiative
from initiatives.services import DistinctionData
from search.lexicon import did_you_mean, search_terms_refresh
from search.params import SearchParams
from search.query import build_tsquery, initiative_search, matching, suggest
from tests.factories import SourceFactory, make_initiative
from tests.search.reference_search import reference_matching

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    avise = SourceFactory(slug="avise", name="Avise démo")
    labo = SourceFactory(slug="labo", name="Labo démo")
    items = {
        "title": make_initiative(source=avise, title="Épiceries solidaires du Grand Rodez", summary="Des produits frais à petit prix.",
                                 commune="12202", departement="12", region="76", theme_codes=["alimentation", "precarite"],
                                 start_year=2019, porteur={"name": "Association Panier Partagé", "kind": "association"}),
        "description": make_initiative(source=labo, title="Tiers-lieu de Millau", summary="Un lieu ouvert à tous.",
                                       description="<p>On y trouve aussi une épicerie solidaire le samedi.</p>",
                                       commune="12145", departement="12", region="76", theme_codes=["tiers-lieux"],
                                       start_year=2021, porteur={"name": "Mairie de Millau", "kind": "collectivite"}),
        "mobility": make_initiative(source=labo, title="Covoiturage rural en Bretagne", summary="Mobilité rurale partagée.",
                                    departement="29", region="53", theme_codes=["mobilite"], start_year=2019,
                                    distinctions=[DistinctionData(prize="Prix TERRITORIA", year=2020, rank="or")]),
        "garage": make_initiative(source=avise, title="Garage solidaire de Brest", summary="Réparer sa voiture moins cher.",
                                  commune="29019", departement="29", region="53", theme_codes=["mobilite", "precarite"],
                                  start_year=2020),
    }
    return items


def titles(results):
    return [hit.title for hit in results.hits]


def test_title_match_ranks_above_description_match(corpus):
    results = initiative_search(SearchParams(q="épicerie solidaire"))
    assert titles(results)[:2] == ["Épiceries solidaires du Grand Rodez", "Tiers-lieu de Millau"]
    assert results.ranked is True


def test_accents_case_and_plural_do_not_matter(corpus):
    assert titles(initiative_search(SearchParams(q="EPICERIE SOLIDAIRE")))[0] == "Épiceries solidaires du Grand Rodez"
    assert "Covoiturage rural en Bretagne" in titles(initiative_search(SearchParams(q="mobilites rurales")))


def test_phrase_exclusion_and_or(corpus):
    assert titles(initiative_search(SearchParams(q='"garage solidaire"'))) == ["Garage solidaire de Brest"]
    assert "Garage solidaire de Brest" not in titles(initiative_search(SearchParams(q="solidaire -garage")))
    both = set(titles(initiative_search(SearchParams(q="covoiturage OU garage"))))
    assert both == {"Covoiturage rural en Bretagne", "Garage solidaire de Brest"}


def test_prefix_on_last_word(corpus):
    assert "Covoiturage rural en Bretagne" in titles(initiative_search(SearchParams(q="covoit")))
    assert build_tsquery("  ") is None


def test_porteur_themes_and_territory_are_searchable(corpus):
    assert titles(initiative_search(SearchParams(q="Panier Partagé"))) == ["Épiceries solidaires du Grand Rodez"]
    assert set(titles(initiative_search(SearchParams(q="Aveyron")))) == {"Épiceries solidaires du Grand Rodez", "Tiers-lieu de Millau"}
    # The parent theme name ("Développement durable") indexes initiatives tagged with a sub-theme.
    assert "Épiceries solidaires du Grand Rodez" in titles(initiative_search(SearchParams(q="développement durable")))


def test_filters_combine(corpus):
    assert set(titles(initiative_search(SearchParams(region=["53"])))) == {"Covoiturage rural en Bretagne", "Garage solidaire de Brest"}
    assert titles(initiative_search(SearchParams(region=["53"], theme=["precarite"]))) == ["Garage solidaire de Brest"]
    assert titles(initiative_search(SearchParams(theme=["developpement-durable"]))) == ["Épiceries solidaires du Grand Rodez"]
    assert titles(initiative_search(SearchParams(source=["avise"], year=[2020]))) == ["Garage solidaire de Brest"]
    assert titles(initiative_search(SearchParams(prize=["prix-territoria"]))) == ["Covoiturage rural en Bretagne"]
    assert titles(initiative_search(SearchParams(porteur_kind=["collectivite"]))) == ["Tiers-lieu de Millau"]


def test_facet_counts_equal_what_the_filter_returns(corpus):
    base = SearchParams(q="solidaire")
    results = initiative_search(base)
    assert results.total == 3
    checked = 0
    for name, values in results.facets.items():
        for value in values:
            for candidate in [value, *value.children]:
                params = SearchParams(q="solidaire", **{name: [int(candidate.value) if name == "year" else candidate.value]})
                expected = set(reference_matching(params).values_list("pk", flat=True))
                assert len(expected) == candidate.count, (name, candidate.value)
                assert set(matching(params).values_list("pk", flat=True)) == expected, (name, candidate.value)
                checked += 1
    assert checked >= 10
    regions = {value.value: value.count for value in results.facets["region"]}
    assert regions == {"76": 2, "53": 1}


def test_hidden_and_merged_initiatives_are_not_found(corpus):
    Initiative.objects.filter(pk=corpus["garage"].pk).update(visibility=Initiative.Visibility.MERGED)
    assert "Garage solidaire de Brest" not in titles(initiative_search(SearchParams(q="garage")))


def test_snippets_highlight_and_escape_html(corpus):
    make_initiative(title="Épicerie <script>alert(1)</script>", summary='<img src=x onerror=alert(1)> épicerie du coin')
    results = initiative_search(SearchParams(q="épicerie"))
    snippets = " ".join(hit.snippet for hit in results.hits)
    assert "<mark>" in snippets
    assert "<img" not in snippets and "<script" not in snippets
    assert snippets.count("<mark>") == snippets.count("</mark>")


def test_snippets_say_where_the_text_was_cut(db):
    """Descriptions were cut mid-word or mid-sentence with nothing to say so: « … » marks every cut."""
    filler = "Une association du territoire accompagne les habitants au quotidien avec des bénévoles. " * 6
    make_initiative(title="Atelier au milieu", summary=f"{filler}Ici une ressourcerie du quartier. {filler}")
    make_initiative(title="Atelier au début", summary=f"Ressourcerie au début. {filler}")
    make_initiative(title="Atelier court", summary="Une ressourcerie, rien de plus.")
    snippets = {hit.title: hit.snippet for hit in initiative_search(SearchParams(q="ressourcerie")).hits}
    assert snippets["Atelier au milieu"].startswith("… ") and snippets["Atelier au milieu"].endswith("…")
    assert not snippets["Atelier au début"].startswith("…") and snippets["Atelier au début"].endswith("…")
    assert "…" not in snippets["Atelier court"]
    # Without a query, the start of the text, cut between two words.
    plain = {hit.title: hit.snippet for hit in initiative_search(SearchParams()).hits}
    assert plain["Atelier au milieu"].endswith("…") and len(plain["Atelier au milieu"]) <= 301
    words = plain["Atelier au milieu"].removesuffix("…").split()
    assert all(word in filler.split() or word in {"Ici", "une", "ressourcerie", "du", "quartier."} for word in words)
    assert plain["Atelier court"] == "Une ressourcerie, rien de plus."


def test_sources_listed_once_per_hit(corpus):
    hit = initiative_search(SearchParams(q="Rodez")).hits[0]
    assert [source.slug for source in hit.sources] == ["avise"]


def test_did_you_mean_and_suggest(corpus):
    assert search_terms_refresh() > 5
    results = initiative_search(SearchParams(q="epicrie solidare", exact=True))
    assert results.total == 0
    assert results.suggestion.startswith("épiceries solidaire")
    corrected = initiative_search(SearchParams(q="epicrie solidare"))
    assert corrected.fallback == "corrected" and corrected.query_used == results.suggestion
    assert corrected.total >= 1 and corrected.params.q == "epicrie solidare"  # what was asked stays on record
    assert initiative_search(SearchParams(q=results.suggestion)).total >= 1
    assert did_you_mean("garage") is None
    labels = [item["label"] for item in suggest("covo")]
    assert "covoiturage" in labels and "Covoiturage rural en Bretagne" in labels
    # From three letters, titles too (through the title-only index); before, only words of the lexicon.
    assert [item["kind"] for item in suggest("cov")] == ["term", "initiative"]
    assert [item["kind"] for item in suggest("co")] == ["term"] * len(suggest("co"))


def test_sorts(corpus):
    assert titles(initiative_search(SearchParams(sort="title")))[0] == "Covoiturage rural en Bretagne"
    newest = initiative_search(SearchParams(sort="newest"))
    assert newest.hits[0].last_updated >= newest.hits[-1].last_updated


def test_ranking_timeout_falls_back_to_newest_first(corpus, monkeypatch):
    import search.query

    # The ranked query sleeps past a 1 ms statement timeout: PostgreSQL cancels it (QueryCanceled).
    original = search.query.score_sql

    def slow(params, place=None):
        sql, sql_params = original(params, place)
        return f"{sql} + length(pg_sleep(0.05)::text)", sql_params

    monkeypatch.setattr(search.query, "score_sql", slow)
    monkeypatch.setattr(search.query, "RANK_TIMEOUT_MS", 1)
    results = initiative_search(SearchParams(q="épicerie solidaire"))
    assert results.ranked is False and results.total >= 2  # every match, unranked, no error


def test_ranking_timeout_does_not_leak_into_the_callers_transaction(corpus):
    from django.db import connection, transaction

    with transaction.atomic():  # e.g. a management command or a service calling the search
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL statement_timeout = '7s'")
        initiative_search(SearchParams(q="épicerie solidaire"))
        with connection.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            assert cursor.fetchone()[0] == "7s"


def test_title_suggestions_sample_matches_without_sorting_them_all(corpus, django_assert_max_num_queries):
    # The model orders by title; kept in the sampling subquery, it sorted every match (1.2 s for 77,000 at 1M).
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        labels = [item["label"] for item in suggest("covo")]
    assert "Covoiturage rural en Bretagne" in labels
    title_queries = [query["sql"] for query in captured.captured_queries if "to_tsvector" in query["sql"]]
    assert title_queries and all('ORDER BY U0."title"' not in sql for sql in title_queries)


def test_an_editors_edit_in_the_admin_teaches_the_lexicon_at_once(db, django_capture_on_commit_callbacks):
    """Harvests taught the lexicon their words; an editor's edit waited for the nightly rebuild."""
    from wagtail import hooks

    from search.models import SearchTerm

    initiative = make_initiative(title="Jardin du quartier", summary="Un jardin.")
    search_terms_refresh()
    initiative.title = "Jardin en permaculture du quartier"
    initiative.save()
    assert not SearchTerm.objects.filter(word="permaculture").exists()
    with django_capture_on_commit_callbacks(execute=True):
        for hook in hooks.get_hooks("after_edit_snippet"):  # what Wagtail calls after the edit form is saved
            hook(None, initiative)
    assert SearchTerm.objects.filter(word="permaculture").exists()
    assert did_you_mean("permacultur") == "permaculture"


def test_facet_labels_are_kept_by_the_process_while_the_shared_copy_is_the_same(corpus, django_assert_num_queries):
    """Names of facet values: read from the database once, shared through the cache with a token; a process keeps
    its own copy while the token stays, and takes the shared one (or reads again) once it changes."""
    from django.core.cache import cache

    from search import query

    cache.clear()
    labels = query._labels()
    assert labels["source"]["avise"] == "Avise démo"
    cache.set(query.LABELS_CACHE_KEY, {**labels, "source": {"avise": "Autre nom"}})
    with django_assert_num_queries(0):
        assert query._labels()["source"]["avise"] == "Avise démo"  # the same token: this process's copy
    cache.set(query.LABELS_TOKEN_KEY, "another process wrote them")
    with django_assert_num_queries(0):
        assert query._labels()["source"]["avise"] == "Autre nom"  # a new token: the shared copy
    cache.clear()
    with django_assert_num_queries(6):
        assert query._labels()["source"]["avise"] == "Avise démo"  # nothing shared: read again
