"""« Vouliez-vous dire » in memory (search/lexicon.py): pg_trgm's similarity, over the whole COG, and a process's copy
of the lexicon kept exactly as long as nobody writes a word."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from search import lexicon as lexicon_module
from search.lexicon import Lexicon, did_you_mean, lexicon, search_terms_add, search_terms_add_for, search_terms_refresh
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


def test_a_process_reads_the_lexicon_once_per_change(django_assert_num_queries, django_capture_on_commit_callbacks):
    make_initiative(title="Atelier de permaculture", summary="Un jardin partagé.")
    search_terms_refresh()
    assert did_you_mean("permacultur") == "permaculture"
    with django_assert_num_queries(0):  # nothing written since: the process's copy
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
    # ...a word written or removed one by one...
    SearchTerm.objects.create(word="tiers-lieu", key="tiers-lieu", frequency=1)
    assert did_you_mean("tiers-lie") == "tiers-lieu"
    SearchTerm.objects.filter(word="recyclerie").delete()  # a queryset's delete sends post_delete per row
    assert did_you_mean("recylerie") != "recyclerie"
    # ...and another process's write, which this one sees only as a new token in the shared cache.
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO search_searchterm (word, key, frequency) VALUES ('ressourcerie', 'ressourcerie', 3)")
    assert did_you_mean("ressourcrie") != "ressourcerie"  # not told: the copy is kept
    lexicon_module.lexicon_changed()
    assert did_you_mean("ressourcrie") == "ressourcerie"


def test_a_cleared_cache_means_a_fresh_read(django_assert_num_queries):
    from django.core.cache import cache

    SearchTerm.objects.create(word="covoiturage", key="covoiturage", frequency=3)
    assert lexicon().nearest("covoiturrage") == "covoiturage"
    cache.clear()  # evicted, or a restart of the cache: no process may keep a copy it cannot vouch for
    with connection.cursor() as cursor:  # written behind the model's back: no signal
        cursor.execute("DELETE FROM search_searchterm")
    with django_assert_num_queries(1):
        assert lexicon().nearest("covoiturrage") is None
