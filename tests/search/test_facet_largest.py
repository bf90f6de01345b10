"""A long facet (intercommunalités) lists its largest values, by count then name, plus those selected: the same list
as sorting every value, on random counts with many ties."""

from __future__ import annotations

import random

from initiatives.text import collation_key
from search.query import LONG_FACET_LIMIT, FacetValue, _largest


def reference(values, selected):
    ordered = sorted(values, key=lambda value: (-value.count, collation_key(value.label)))
    return ordered[:LONG_FACET_LIMIT] + [value for value in ordered[LONG_FACET_LIMIT:] if value.value in selected]


def test_the_largest_values_are_those_a_full_sort_gives():
    rng = random.Random(17)
    names = ["Communauté de communes du Pays de Mauriac", "CA du Grand Guéret", "Métropole de Lyon", "Île d'Yeu",
             "Est Ensemble", "CC Creuse Sud Ouest", "Brest Métropole"]
    for size in (0, 5, LONG_FACET_LIMIT, LONG_FACET_LIMIT + 1, 300, 1300):
        values = [FacetValue(f"{200000000 + index}", f"{rng.choice(names)} {index}", rng.choice((1, 1, 2, 3, 5, 40)),
                             False) for index in range(size)]
        selected = [value.value for value in rng.sample(values, min(len(values), 4))]
        expected = [value.value for value in reference(values, selected)]
        counts, labels = {value.value: value.count for value in values}, {value.value: value.label for value in values}
        assert [value.value for value in _largest(counts, labels, selected, complete=False)] == expected, size
        assert [value.value for value in _largest(counts, labels, [], complete=True)] == [
            value.value for value in reference(values, [value.value for value in values])]
