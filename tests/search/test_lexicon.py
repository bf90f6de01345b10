"""« Vouliez-vous dire » in memory (search/lexicon.py): pg_trgm's similarity, over the whole COG, and a process's copy
of the lexicon kept exactly as long as no statement changes a word (the database's version, whoever writes)."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from search.lexicon import Lexicon, did_you_mean, search_terms_add, search_terms_add_for, search_terms_refresh
from search.models import SearchTerm
from tests.factories import make_initiative

pytestmark = pytest.mark.django_db

# Every commune name of the COG, as the lexicon keys its words (lower-case, accent-free); a frequency that gives
# ties between equally similar names something to decide on.
_COG_TERMS = """
INSERT INTO search_searchterm (word, key, frequency)
SELECT DISTINCT ON (key) word, key, length(key) % 5 FROM (
    SELECT lower(name) AS word, immutable_unaccent(lower(name)) AS key FROM initiatives_commune) names
ORDER BY key, word
"""


def _misspelt(word: str, rng: random.Random) -> str:
    """One typing error: a letter left out, doubled, swapped with the next, or replaced."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 3:
        return word + "e"
    position = rng.randrange(len(word) - 1)
    kind = rng.choice(["drop", "double", "swap", "replace"])
    if kind == "drop":
        return word[:position] + word[position + 1:]
    if kind == "double":
        return word[:position] + word[position] + word[position:]
    if kind == "swap":
        return word[:position] + word[position + 1] + word[position] + word[position + 2:]
    return word[:position] + rng.choice("aeiourstnl") + word[position + 1:]


def test_trigrams_are_pg_trgms_for_every_cog_name():
    from search.lexicon import trigrams

    with connection.cursor() as cursor:
        cursor.execute("SELECT key, show_trgm(key) FROM (SELECT DISTINCT immutable_unaccent(lower(name)) AS key "
                       "FROM initiatives_commune) names")
        rows = cursor.fetchall()
    assert len(rows) > 30_000
    differing = [key for key, grams in rows if trigrams(key) != set(grams)]
    assert differing == []


def test_the_nearest_word_is_pg_trgms_for_misspelt_cog_names():
    """For misspellings of random COG names, against the whole COG: the word chosen in memory is as similar (by
    PostgreSQL's own similarity()) and as used as the one PostgreSQL ranks first, and found whenever PostgreSQL finds one."""
    with connection.cursor() as cursor:
        cursor.execute(_COG_TERMS)
        cursor.execute("SELECT key FROM search_searchterm")
        keys = [row[0] for row in cursor.fetchall()]
    words = Lexicon.build(SearchTerm.objects.order_by("word").values_list("word", "key", "frequency"))
    rng = random.Random(2026)
    checked = 0
    for key in rng.sample(keys, 120):
        asked = _misspelt(key, rng)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT similarity(key, %s), frequency FROM search_searchterm WHERE similarity(key, %s) >= 0.3 "
                "ORDER BY 1 DESC, 2 DESC LIMIT 1", [asked, asked])
            expected = cursor.fetchone()
            chosen = words.nearest(asked)
            got = None
            if chosen is not None:
                cursor.execute("SELECT similarity(key, %s), frequency FROM search_searchterm WHERE word = %s",
                               [asked, chosen])
                got = cursor.fetchone()
        assert (got is None) == (expected is None), asked
        if got is not None:
            assert got[0] == pytest.approx(expected[0], abs=1e-6) and got[1] == expected[1], (asked, chosen)
            checked += 1
    assert checked >= 100


def test_a_process_reads_the_lexicon_once_per_change(django_assert_num_queries):
    make_initiative(title="Atelier de permaculture", summary="Un jardin partagé.")
    search_terms_refresh()
    assert did_you_mean("permacultur") == "permaculture"
    with django_assert_num_queries(2):  # nothing written since: the version is read, the process's copy answers
        assert did_you_mean("permaculturr") == "permaculture"
        assert did_you_mean("jardn partage") == "jardin partage"  # « partage » is known (as « partagé »)
    # Every writer makes the next correction read the words again: a harvest's new words...
    since = timezone.now() - timedelta(seconds=1)
    make_initiative(title="Recyclerie solidaire", summary="Réemploi.")
    assert search_terms_add(since=since) > 0
    assert did_you_mean("recylerie") == "recyclerie"
    # ...an editor's edit...
    edited = make_initiative(title="Atelier vélo", summary="")
    edited.summary = "Autoréparation des bicyclettes."
    edited.save()
    assert search_terms_add_for(initiative_ids=[edited.pk]) > 0
    assert did_you_mean("autoreparaton") == "autoréparation"
    # ...words written or removed through the model, one by one or in bulk...
    SearchTerm.objects.create(word="tiers-lieu", key="tiers-lieu", frequency=1)
    assert did_you_mean("tiers-lie") == "tiers-lieu"
    SearchTerm.objects.bulk_create([SearchTerm(word="ressourcerie", key="ressourcerie", frequency=3)])
    assert did_you_mean("ressourcrie") == "ressourcerie"
    SearchTerm.objects.filter(word="recyclerie").update(frequency=0)
    SearchTerm.objects.filter(word="recyclerie").delete()
    assert did_you_mean("recylerie") != "recyclerie"
    # ...and any other writer, another process or a restore, behind the code's back.
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO search_searchterm (word, key, frequency) VALUES ('covoiturage', 'covoiturage', 3)")
    assert did_you_mean("covoiturrage") == "covoiturage"
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE search_searchterm")
    assert did_you_mean("covoiturrage") is None


def test_a_statement_that_changes_no_word_keeps_the_copy(django_assert_num_queries):
    """A harvest that brought no new word: every process keeps its copy (reading 31,000 words costs ~150 ms)."""
    make_initiative(title="Atelier de permaculture", summary="Un jardin partagé.")
    search_terms_refresh()
    assert did_you_mean("permacultur") == "permaculture"
    assert search_terms_add(since=timezone.now() - timedelta(days=1)) == 0  # every word already known
    with django_assert_num_queries(1):
        assert did_you_mean("permacultur") == "permaculture"


def test_words_rolled_back_are_never_offered(django_assert_num_queries):
    """A writer's own process reads its uncommitted words; once they are rolled back, its copy is read again, and the
    versions never repeat (a sequence): a later write can not pass for the rolled-back one."""
    from django.db import transaction

    SearchTerm.objects.create(word="covoiturage", key="covoiturage", frequency=3)
    assert did_you_mean("ressourcrie") is None

    class Undo(Exception):
        pass

    with pytest.raises(Undo), transaction.atomic():
        SearchTerm.objects.create(word="ressourcerie", key="ressourcerie", frequency=3)
        assert did_you_mean("ressourcrie") == "ressourcerie"
        raise Undo
    assert did_you_mean("ressourcrie") is None
    SearchTerm.objects.create(word="recyclerie", key="recyclerie", frequency=3)
    assert did_you_mean("ressourcrie") is None and did_you_mean("recylerie") == "recyclerie"
