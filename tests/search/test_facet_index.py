"""The in-memory facet index: built from one snapshot, patched from the trigger-written change log, never stale."""

import threading

import pytest
from django.db import connection

from initiatives.models import Departement, Initiative, Porteur, Region, Source, SourceRecord, Theme
from initiatives.services import DistinctionData
from search import facet_index
from search.facet_index import facet_index_get, facet_index_reset
from search.params import FACETS, SearchParams
from search.query import initiative_search, matching
from tests.factories import SourceFactory, make_initiative
from tests.search.reference_search import reference_matching


def snapshot_of(index) -> dict:
    return {
        "published": set(index.published),
        "no_document": set(index.no_document),
        **{facet: {key: set(bitmap) for key, bitmap in index.values[facet].items()} for facet in FACETS},
        "theme_parent": dict(index.theme_parent),
    }


def logged_ids() -> list:
    with connection.cursor() as cursor:
        cursor.execute("SELECT initiative_ids FROM search_facetlog ORDER BY id")
        return [row[0] for row in cursor.fetchall()]


@pytest.mark.django_db
def test_triggers_log_only_what_changes_a_facet():
    source = SourceFactory(slug="journal")
    initiative = make_initiative(source=source, title="Ressourcerie", region="53", departement="29", start_year=2020,
                                 theme_codes=["mobilite"], porteur={"name": "Ressourcerie", "kind": "association"})
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_facetlog")
    Initiative.objects.filter(pk=initiative.pk).update(website="https://example.org/")  # not a facet, not searched
    SourceRecord.objects.filter(initiative=initiative).update(missing_count=1)  # not a facet either
    assert logged_ids() == []
    Initiative.objects.filter(pk=initiative.pk).update(start_year=2021)
    assert logged_ids() == [[initiative.pk]]
    initiative.themes.add(Theme.objects.get(code="alimentation"))  # the link, and the theme's name in its document
    assert logged_ids() == [[initiative.pk]] * 3
    Porteur.objects.filter(pk=initiative.porteur_id).update(kind="collectivite")
    Initiative.objects.filter(pk=initiative.pk).update(summary="Un autre résumé")  # its words: search/text_match.py
    assert logged_ids() == [[initiative.pk]] * 5
    Source.objects.filter(pk=source.pk).update(slug="journal-2")  # renaming a facet value: rebuild everything
    assert logged_ids()[-1] is None


@pytest.fixture
def seeded_values():
    """What the migrations seed and a transactional test's flush empties: create what the test needs (or reuse it)."""
    bretagne, _ = Region.objects.get_or_create(code="53", defaults={"name": "Bretagne", "slug": "bretagne"})
    occitanie, _ = Region.objects.get_or_create(code="76", defaults={"name": "Occitanie", "slug": "occitanie"})
    Departement.objects.get_or_create(code="29", defaults={"name": "Finistère", "slug": "finistere", "region": bretagne})
    Departement.objects.get_or_create(code="12", defaults={"name": "Aveyron", "slug": "aveyron", "region": occitanie})
    for code, name in (("alimentation", "Alimentation"), ("mobilite", "Mobilité"), ("insertion", "Insertion")):
        Theme.objects.get_or_create(code=code, defaults={"name": name, "facet": Theme.Facet.DOMAINE})


@pytest.mark.django_db(transaction=True)
def test_patching_a_few_initiatives_gives_the_index_a_full_rebuild_gives(seeded_values):
    facet_index_reset()
    avise, labo = SourceFactory(slug="avise"), SourceFactory(slug="labo")
    first = make_initiative(source=avise, title="Épicerie solidaire", region="76", departement="12", start_year=2019,
                            theme_codes=["alimentation"], porteur={"name": "Panier", "kind": "association"},
                            distinctions=[DistinctionData(prize="Prix TERRITORIA", year=2020, rank="or")])
    second = make_initiative(source=avise, title="Garage solidaire", region="53", departement="29", start_year=2020,
                             theme_codes=["mobilite"])
    index = facet_index_get()
    assert index.writer_xid is None  # built outside any writing transaction: the next searches patch it
    # Change every kind of facet value (each statement committed), then let the change log patch the index.
    Initiative.objects.filter(pk=first.pk).update(region_id="53", departement_id="29", start_year=2022)
    second.themes.set([Theme.objects.get(code="insertion")])
    Initiative.objects.filter(pk=second.pk).update(visibility=Initiative.Visibility.HIDDEN)
    make_initiative(source=labo, external_id="again", title="Épicerie solidaire bis")
    SourceRecord.objects.filter(source__slug="labo").update(initiative=first)
    assert facet_index_get() is index  # patched in place, not rebuilt
    patched = snapshot_of(index)
    facet_index_reset()
    assert patched == snapshot_of(facet_index_get())  # what a full rebuild gives
    assert set(index.values["source"]["labo"]) == {first.pk}
    assert second.pk not in index.published and second.pk not in index.values["theme"].get("insertion", ())


@pytest.mark.django_db
def test_a_transaction_that_wrote_gets_its_own_fresh_index(corpus_for_counts):
    before = initiative_search(SearchParams(q="solidaire")).total
    make_initiative(title="Jardin solidaire de Quimper", region="53")
    assert initiative_search(SearchParams(q="solidaire")).total == before + 1
    assert facet_index_get().writer_xid is not None  # the next transaction will not reuse it


@pytest.fixture
def corpus_for_counts():
    avise, labo = SourceFactory(slug="avise"), SourceFactory(slug="labo")
    make_initiative(source=avise, title="Épiceries solidaires du Grand Rodez", region="76", departement="12",
                    theme_codes=["alimentation", "precarite"], start_year=2019,
                    porteur={"name": "Association Panier Partagé", "kind": "association"})
    make_initiative(source=labo, title="Garage solidaire de Brest", region="53", departement="29",
                    theme_codes=["mobilite", "precarite"], start_year=2020)
    make_initiative(source=labo, title="Tiers-lieu de Millau", description="<p>Une épicerie solidaire.</p>",
                    region="76", departement="12", theme_codes=["tiers-lieux"], start_year=2021)


@pytest.mark.django_db
def test_combined_filters_count_what_the_sql_filter_returns(corpus_for_counts):
    """Each count is what choosing that value instead (other filters kept) returns, through the bitmaps
    (``matching``) and through the plain ORM reference alike."""
    params = SearchParams(q="solidaire", region=["76"], theme=["precarite"])
    results = initiative_search(params)
    expected = set(reference_matching(params).values_list("pk", flat=True))
    assert len(expected) == results.total == 1 and set(matching(params).values_list("pk", flat=True)) == expected
    checked = 0
    for name, values in results.facets.items():
        for value in (child for top in values for child in [top, *top.children]):
            chosen = SearchParams(**{**params.__dict__, name: [int(value.value) if name == "year" else value.value]})
            expected = set(reference_matching(chosen).values_list("pk", flat=True))
            assert value.count == len(expected), (name, value.value)
            assert set(matching(chosen).values_list("pk", flat=True)) == expected, (name, value.value)
            checked += 1
    assert checked >= 8
    assert {value.value: value.count for value in results.facets["region"]} == {"76": 1, "53": 1}


# --- committed changes from other transactions (needs real commits) --------------------------------------------
@pytest.mark.django_db(transaction=True)
def test_changes_committed_elsewhere_reach_the_index_before_the_next_search():
    facet_index_reset()
    source = SourceFactory(slug="ailleurs")
    initiative = make_initiative(source=source, title="Recyclerie de Lorient", start_year=2018,
                                 porteur={"name": "Recyclerie", "kind": "association"})
    assert initiative_search(SearchParams(q="recyclerie", year=[2018])).total == 1
    index = facet_index_get()
    assert index.writer_xid is None  # built outside any writing transaction

    def elsewhere():  # another request, worker or harvest, on its own connection, committing
        Initiative.objects.filter(pk=initiative.pk).update(start_year=2024)
        make_initiative(source=source, title="Recyclerie de Vannes", start_year=2024)
        connection.close()

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    results = initiative_search(SearchParams(q="recyclerie", year=[2024]))
    assert results.total == 2
    assert {value.value: value.count for value in results.facets["year"]} == {"2024": 2}
    assert facet_index_get() is index  # patched in place, not rebuilt
    assert Initiative.objects.filter(visibility="published").count() == len(index.published) == 2


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_writer_leaves_no_trace():
    facet_index_reset()
    make_initiative(title="Repair café de Nantes", start_year=2015)
    from django.db import transaction

    class Abort(Exception):
        pass

    with pytest.raises(Abort), transaction.atomic():
        make_initiative(title="Repair café fantôme", start_year=2015)
        assert initiative_search(SearchParams(q="repair")).total == 2  # its own write, seen
        raise Abort
    assert initiative_search(SearchParams(q="repair")).total == 1
    assert {value.value: value.count for value in initiative_search(SearchParams()).facets["year"]} == {"2015": 1}


@pytest.mark.django_db
def test_old_log_rows_are_pruned():
    from search.tasks import facet_log_prune_task

    make_initiative(title="Fab lab de Rennes")
    with connection.cursor() as cursor:
        cursor.execute("UPDATE search_facetlog SET created_at = now() - interval '2 days'")
        cursor.execute("INSERT INTO search_facetlog (initiative_ids) VALUES ('{1}')")
    assert facet_log_prune_task() >= 1
    assert logged_ids() == [[1]]


@pytest.mark.django_db(transaction=True)
def test_one_process_builds_the_others_load_it_from_the_cache_and_catch_up():
    facet_index_reset()
    make_initiative(title="Ludothèque de Brest", start_year=2016)
    built = facet_index_get()
    assert built.writer_xid is None and len(built.published) == 1
    # Shared under this database's name: a cache serving another database (a benchmark's) never mixes them.
    from django.core.cache import cache

    key = (f"{facet_index.CACHE_KEY}:{connection.settings_dict['HOST']}:"
           f"{connection.settings_dict['PORT']}/{connection.settings_dict['NAME']}")
    shared = cache.get(key)
    assert shared["published"]
    facet_index_reset()  # another worker: nothing in memory...
    cache.set(key, shared)  # ...and the copy the first one shared in the cache
    make_initiative(title="Ludothèque de Quimper", start_year=2017)  # committed after the shared copy was made
    loaded = facet_index_get()
    assert loaded is not built and set(loaded.values["year"]) == {"2016", "2017"}
    assert len(loaded.published) == 2
