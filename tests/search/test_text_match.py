"""Words matched from memory (search/text_match.py) give exactly what PostgreSQL's ``search_vector @@ query`` gives."""

import threading

import pytest
from django.db import connection

from initiatives.models import Initiative
from search import facet_index, tsquery
from search.facet_index import (
    derived_members,
    facet_index_get,
    facet_index_reset,
    lexeme_members,
)
from search.params import SearchParams
from search.query import CONFIG, build_tsquery, initiative_search
from search.text_match import pg_matches, text_matches
from tests.factories import make_initiative

TEXTS = [
    ("Épicerie solidaire de Rodez", "Une épicerie solidaire et un jardin partagé pour les familles."),
    ("Épiceries solidaires du Grand Rodez", "Des paniers solidaires, une association de quartier."),
    ("Jardin partagé de Brest", "Un jardin solidaire, des ateliers de cuisine et un composteur."),
    ("Atelier vélo solidaire", "Réparation de vélos par une association d'insertion."),
    ("Recyclerie du Pays de Lorient", "Une recyclerie, ressourcerie et atelier de réparation solidaire."),
    ("Ressourcerie de Vannes", "Chantier d'insertion : collecte, tri et revente solidaire."),
    ("Chantier d'insertion du bâtiment", "Un chantier d'insertion pour les jeunes, accompagnement personnalisé."),
    ("Habitat inclusif à Millau", "Un habitat inclusif et partagé, accompagnement personnalisé des habitants."),
    ("Monnaie locale du Rouergue", "Une monnaie locale complémentaire et solidaire."),
    ("Tiers-lieu des Solidarités", "Un tiers-lieu : café associatif, jardin, atelier vélo."),
    ("Covoiturage rural", "Le covoiturage solidaire des villages, une mobilité partagée."),
    ("Garage solidaire de Quimper", "Garage associatif et location de voitures à bas prix."),
]

QUERIES = [
    "solidaire", "épicerie solidaire", "jardin partagé", "association", "accompagnement personnalisé",
    '"habitat inclusif"', '"chantier d’insertion"', "recyclerie OU ressourcerie -vélo", "solidaire -jardin",
    "solidaire OU vélo", "ressourc", "sol", "jard", "atelier vélo solidaire", "-solidaire", "garage OU monnaie",
    '"atelier vélo" solidaire', "épicerie OU jardin -association", "inconnu", "solidaire inconnu", "le la les",
    "insertion -chantier OU covoiturage",
]


@pytest.fixture
def corpus():
    made = [make_initiative(title=title, description=f"<p>{text}</p>") for title, text in TEXTS]
    Initiative.objects.filter(pk=made[1].pk).update(visibility=Initiative.Visibility.HIDDEN)
    return made


def sql_matches(q: str) -> set[int]:
    tsq = build_tsquery(q)
    return set(Initiative.objects.filter(visibility="published", search_vector=tsq).values_list("pk", flat=True))


def memory_matches(index, q: str) -> set[int]:
    tsq = build_tsquery(q)
    compiler = Initiative.objects.none().query.get_compiler(connection=connection)
    sql, params = tsq.as_sql(compiler, connection)
    return set(index.published & text_matches(index, sql, list(params)))


def writer_index():
    """The index this test's transaction sees: it has written (the corpus), so the index is built afresh for it."""
    index = facet_index_get()
    assert index.writer_xid is not None
    return index


def all_lexemes() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT word FROM ts_stat('SELECT search_vector FROM initiatives_initiative') ORDER BY word")
        return [row[0] for row in cursor.fetchall()]


@pytest.mark.django_db
@pytest.mark.parametrize("share", ["none", "all", "every other", "common only"])
def test_memory_and_postgresql_find_the_same_initiatives(corpus, share):
    """Whichever words are kept in memory, every query kind finds exactly what PostgreSQL finds."""
    lexemes = all_lexemes()
    chosen = {"none": [], "all": lexemes, "every other": lexemes[::2],
              "common only": ["solidair", "associ", "jardin", "insert", "atelier", "partag"]}[share]
    index = writer_index()
    index.frequent_lexemes = frozenset(chosen)
    for q in QUERIES:
        assert memory_matches(index, q) == sql_matches(q), q
    assert sql_matches("solidaire") and sql_matches("recyclerie OU ressourcerie -vélo")  # the corpus is not empty
    if share == "all":
        assert {"solidair", "jardin"} <= set(index.lexemes)  # answered from bitmaps


@pytest.mark.django_db
def test_an_initiative_without_search_document_matches_no_query_not_even_a_negation(corpus):
    with connection.cursor() as cursor:  # only raw SQL can do this: every write computes the document
        cursor.execute("UPDATE initiatives_initiative SET search_vector = NULL WHERE id = %s", [corpus[11].pk])
    index = writer_index()
    assert set(index.no_document) == {corpus[11].pk} and corpus[11].pk in index.published
    index.frequent_lexemes = frozenset(all_lexemes())
    for q in ["-solidaire", "jardin OU -solidaire", "-vélo -jardin", "-inconnu", "garage -inconnu"]:
        assert corpus[11].pk not in memory_matches(index, q)
        assert memory_matches(index, q) == sql_matches(q), q


@pytest.mark.django_db
def test_a_negation_never_asks_postgresql_for_every_row_without_a_word(corpus, django_assert_num_queries):
    index = writer_index()
    index.frequent_lexemes = frozenset(["solidair"])
    for q in ["-garage", "solidaire OU -garage", "-garage -monnaie"]:
        with django_assert_num_queries(2 if q != "-garage -monnaie" else 3) as captured:
            found = memory_matches(index, q)
        assert found == sql_matches(q) != set(), q
        assert not any("!" in query["sql"] for query in captured.captured_queries[1:]), q  # the rare word's rows only


@pytest.mark.django_db
def test_random_queries_find_the_same_initiatives_either_way(corpus):
    """Words, prefixes, phrases, OR and exclusions combined at random (fixed seed), against random kept words."""
    import random

    rng = random.Random(20261124)
    words = ["solidaire", "jardin", "partagé", "atelier", "vélo", "insertion", "chantier", "association", "habitat",
             "inclusif", "recyclerie", "monnaie", "garage", "rural", "épicerie", "accompagnement", "tiers-lieu",
             "covoiturage", "inconnu", "sol", "part", "jard", "récup", "les"]
    lexemes = all_lexemes()
    index = writer_index()
    for _ in range(8):
        index.frequent_lexemes = frozenset(rng.sample(lexemes, rng.randint(0, len(lexemes))))
        index.lexemes.clear()
        index.derived.clear()
        for _ in range(25):
            parts = []
            for _ in range(rng.randint(1, 4)):
                kind = rng.random()
                if kind < 0.15:
                    parts.append(f'"{rng.choice(words)} {rng.choice(words)}"')
                elif kind < 0.3:
                    parts.append(f"-{rng.choice(words)}")
                elif kind < 0.45 and parts:
                    parts.append("OU")
                    parts.append(rng.choice(words))
                else:
                    parts.append(rng.choice(words))
            q = " ".join(parts)
            if build_tsquery(q) is not None:
                assert memory_matches(index, q) == sql_matches(q), (q, sorted(index.frequent_lexemes))


@pytest.mark.django_db
def test_once_its_words_are_read_a_query_of_frequent_words_asks_postgresql_only_its_shape(
        corpus, django_assert_num_queries):
    index = writer_index()
    index.frequent_lexemes = frozenset(all_lexemes())
    queries = ["jardin partagé", '"habitat inclusif" accompagnement', "atelier -vélo"]
    for q in queries:
        memory_matches(index, q)  # first use: each word, prefix remainder and phrase is read once
    assert {"jardin", "partag", "accompagn", "ateli", "velo"} <= set(index.lexemes)
    # The words completing a prefix that are not kept themselves, and the phrase of two words.
    derived = [key.replace("(", "").replace(")", "") for key in index.derived]
    assert "'habitat' <-> 'inclus'" in derived
    assert any(key.startswith("'partag':* & !'partag'") for key in derived)
    for q in queries:
        # The query as PostgreSQL prints it was read once (and is remembered); then only bitmaps.
        with django_assert_num_queries(0):
            found = memory_matches(index, q)
        assert found == sql_matches(q) != set(), q


@pytest.mark.django_db(transaction=True)
def test_lexeme_bitmaps_follow_changed_documents(corpus):
    facet_index_reset()
    index = facet_index_get()
    assert index.writer_xid is None  # built outside any writing transaction: the next searches patch it
    index.frequent_lexemes = frozenset(["solidair", "velo"])
    before, bikes = set(lexeme_members(index, "solidair")), set(lexeme_members(index, "velo"))
    phrase, completions = "'jardin' <-> 'partag'", "'jardin':* & !'jardin'"
    gardens, others = set(derived_members(index, phrase)), set(derived_members(index, completions))
    changed, removed = corpus[3], corpus[0]
    Initiative.objects.filter(pk=changed.pk).update(title="Atelier de réparation", description="Un vélo.")
    Initiative.objects.filter(pk=corpus[5].pk).update(summary="Des ateliers de jardinage.")  # not "jardin" itself
    Initiative.objects.filter(pk=corpus[6].pk).update(summary="Un jardin partagé.")
    Initiative.objects.filter(pk=removed.pk).delete()
    added = make_initiative(title="Vélo-école solidaire", description="Apprendre le vélo.")
    assert changed.pk in before and changed.pk in bikes
    assert facet_index_get() is index  # patched in place from the change log, not rebuilt
    assert set(index.lexemes["solidair"]) == (before - {removed.pk, changed.pk}) | {added.pk} == set(
        Initiative.objects.filter(search_vector=build_tsquery("solidaire")).values_list("pk", flat=True))
    assert set(index.lexemes["velo"]) == bikes | {added.pk}
    assert set(index.derived[phrase]) == (gardens - {removed.pk}) | {corpus[6].pk} == set(pg_matches(phrase))
    assert set(index.derived[completions]) == others | {corpus[5].pk} == set(pg_matches(completions))


@pytest.mark.django_db(transaction=True)
def test_a_document_changed_elsewhere_reaches_the_words_in_memory_before_the_next_search():
    facet_index_reset()
    made = [make_initiative(title=title, description=text) for title, text in TEXTS]
    index = facet_index_get()
    index.frequent_lexemes = frozenset(["solidair", "garag"])  # too few initiatives to be frequent by statistics
    assert initiative_search(SearchParams(q="garage solidaire")).total == 1
    assert index.writer_xid is None and {"solidair", "garag"} <= set(index.lexemes)

    def elsewhere():  # a harvest on its own connection rewrites a text, committing
        Initiative.objects.filter(pk=made[0].pk).update(title="Garage et épicerie solidaires")
        connection.close()

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    assert initiative_search(SearchParams(q="garage solidaire")).total == 2
    assert facet_index_get() is index and made[0].pk in index.lexemes["garag"]  # patched, not rebuilt


@pytest.mark.django_db(transaction=True)
def test_frequent_words_come_from_postgresql_statistics(monkeypatch):
    for number in range(40):
        make_initiative(title=f"Épicerie solidaire numéro {number}", description="Une association." if number % 2 else "")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE initiatives_initiative")
    monkeypatch.setattr(facet_index, "LEXEME_MIN_DOCS", 30)
    facet_index_reset()
    frequent = facet_index_get().frequent_lexemes  # read when an index is built outside a writing transaction
    assert {"solidair", "epicer"} <= frequent and "associ" not in frequent  # 40 initiatives against 20
    # No more words than a process keeps bitmaps for: the most frequent ones.
    monkeypatch.setattr(facet_index, "LEXEME_MIN_DOCS", 10)
    monkeypatch.setattr(facet_index, "LEXEME_MAX_KEPT", 3)
    facet_index_reset()
    frequent = facet_index_get().frequent_lexemes
    assert len(frequent) == 3 and "associ" not in frequent and {"solidair", "epicer"} <= frequent
    # Too common to tell initiatives apart (« Initiatives similaires »): its own threshold, whatever the cap.
    monkeypatch.setattr(facet_index, "COMMON_LEXEME_DOCS", 30)
    facet_index_reset()
    index = facet_index_get()
    assert {"solidair", "epicer"} <= index.common_lexemes and "associ" not in index.common_lexemes
    monkeypatch.setattr(facet_index, "COMMON_LEXEME_DOCS", 15)
    facet_index_reset()
    assert "associ" in facet_index_get().common_lexemes and len(facet_index_get().frequent_lexemes) == 3


def postgresql_text(q: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT websearch_to_tsquery(%s, %s)::text", [CONFIG, q])
        return cursor.fetchone()[0]


def same_query(left: str, right: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT %s::tsquery = %s::tsquery", [left, right])
        return cursor.fetchone()[0]


@pytest.mark.django_db
@pytest.mark.parametrize("text", [
    "'solidair'", "'epicer' & 'solidair'", "'recycleri' | 'ressourceri' & !'velo'", "'habitat' <-> 'inclus'",
    "'chanti' <2> 'insert'", "'jardin':* & 'partag':AB", "!( 'a' | 'b' ) & 'c'", "'it''s' & 'back\\\\slash'",
    "( 'a' | 'b' ) <-> 'c' & !!'d'",
])
def test_a_printed_tsquery_parses_and_prints_back_to_the_same_query(text):
    node = tsquery.parse(text)
    assert same_query(tsquery.to_text(node), text)
    assert same_query(tsquery.to_text(tsquery.parse(tsquery.to_text(node))), text)


@pytest.mark.django_db
def test_postgresql_output_parses_for_every_query_of_the_mix():
    for q in QUERIES:
        printed = postgresql_text(q)
        node = tsquery.parse(printed)
        assert (node is None) == (printed == "") and (node is None or same_query(tsquery.to_text(node), printed)), q


def test_text_that_is_not_a_tsquery_is_refused():
    for text in ["'a' &", "('a'", "'a' 'b'", "& 'a'", "'unterminated"]:
        with pytest.raises(tsquery.TsqueryParseError):
            tsquery.parse(text)


@pytest.mark.django_db
def test_a_process_keeps_a_bounded_number_of_word_bitmaps_dropping_the_least_recently_used(corpus, monkeypatch):
    monkeypatch.setattr(facet_index, "LEXEME_MAX_KEPT", 2)
    index = writer_index()
    lexeme_members(index, "jardin")
    lexeme_members(index, "solidair")
    lexeme_members(index, "jardin")  # used again: now the most recent
    members = lexeme_members(index, "velo")
    assert list(index.lexemes) == ["jardin", "velo"]
    assert set(members) == set(Initiative.objects.filter(search_vector=build_tsquery("vélo -x")).values_list("pk", flat=True))


@pytest.mark.django_db
def test_a_phrase_is_kept_as_a_bitmap_when_one_of_its_words_is_frequent(corpus, django_assert_num_queries):
    """PostgreSQL checks a phrase's positions in every row holding both words, however rare the other one is; the
    thesaurus writes multi-word synonyms as phrases, so such a phrase is read once and then kept. A phrase of two
    rare words stays PostgreSQL's (few rows to check), with the rest of its query."""
    index = writer_index()
    index.frequent_lexemes = frozenset(["jardin"])  # « partag », « habitat », « inclus » are not frequent
    q = '"jardin partagé" OR "habitat inclusif"'
    first = memory_matches(index, q)
    derived = {key.replace("(", "").replace(")", "") for key in index.derived}
    assert "'jardin' <-> 'partag'" in derived and "'habitat' <-> 'inclus'" not in derived
    with django_assert_num_queries(1):  # the rare phrase, from PostgreSQL; the other one from memory
        again = memory_matches(index, q)
    assert again == first == sql_matches(q) != set()
