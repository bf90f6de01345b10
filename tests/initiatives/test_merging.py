"""Merges applied by lists (initiatives_merge, as the dedup pass does per chunk) leave what one-by-one merges leave."""

import pytest

from initiatives.merging import MergeOrder, initiative_merge, initiatives_merge
from initiatives.models import Initiative
from initiatives.services import DistinctionData, InitiativeData, PorteurData, initiative_upsert_from_record
from search.dedup.models import DuplicateCandidate
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

# Five records of one network, told by three sources: titles of unequal quality, places, porteurs, themes, and a
# prize given twice (ranks differ) so that distinctions both move and fold.
RECORDS = [
    ("first", dict(title="REPAIR CAFÉ DU PLATEAU", commune="12202", departement="12", theme_codes=["alimentation"],
                   distinctions=[DistinctionData(prize="Prix TERRITORIA", year=2021, rank="mention")])),
    ("second", dict(title="Repair Café du Plateau", summary="Réparer ensemble.", commune="12145", departement="12",
                    porteur=PorteurData(name="Association Plateau"),
                    distinctions=[DistinctionData(prize="Trophées de l’ESS", year=2022)])),
    ("third", dict(title="Repair café du plateau…", commune="81004", departement="81", latitude=43.9, longitude=2.1,
                   address="1 place du Marché", theme_codes=["precarite"],
                   distinctions=[DistinctionData(prize="Prix TERRITORIA", year=2021, rank="or")])),
    ("first", dict(title="Le Repair Café du Plateau", departement="46", porteur=PorteurData(name="Plateau réparé"),
                   distinctions=[DistinctionData(prize="Prix TERRITORIA", year=2021, rank="argent")])),
    ("second", dict(title="Café réparation", commune="46042", departement="46")),
]


def build(family: str) -> list[Initiative]:
    sources = {name: SourceFactory(slug=f"{family}-{name}", precedence=precedence)
               for name, precedence in (("first", 10), ("second", 20), ("third", 30))}
    initiatives = []
    for number, (source, fields) in enumerate(RECORDS):
        data = InitiativeData(**fields)
        initiatives.append(initiative_upsert_from_record(source=sources[source], external_id=str(number),
                                                         raw=data.to_json(), data=data).initiative)
    return initiatives


def snapshot(initiatives: list[Initiative]) -> list[tuple]:
    """What merges decide, in terms of positions in ``initiatives`` and record numbers (not primary keys)."""
    position = {initiative.pk: number for number, initiative in enumerate(initiatives)}
    rows = []
    for initiative in Initiative.objects.filter(pk__in=position).order_by("pk"):
        record_number = {record.pk: record.external_id for record in initiative.records.all()}
        rows.append((
            position[initiative.pk], initiative.visibility, position.get(initiative.merged_into_id), initiative.title,
            initiative.summary, initiative.commune_id, initiative.departement_id, initiative.address,
            initiative.latitude, initiative.porteur.name if initiative.porteur else None,
            {name: record_number.get(pk) for name, pk in initiative.provenance.items()},
            sorted(record_number.values()), str(initiative.search_vector),
            [(site.commune_id, site.departement_id, site.main, record_number.get(site.record_id), site.position)
             for site in initiative.sites.order_by("-main", "pk")],
            sorted(theme.code for theme in initiative.themes.all()),
            sorted((item.edition.prize.slug, item.edition.year, item.category, item.rank)
                   for item in initiative.distinctions.select_related("edition__prize")),
        ))
    decisions = sorted((position[row.initiative_a_id], position[row.initiative_b_id], row.status, row.score)
                       for row in DuplicateCandidate.objects.filter(initiative_a__in=position))
    return [*rows, decisions]


# Indices into RECORDS: 0←1 and 0←2 (one kept initiative, two merged), 3←4 elsewhere, then 3←0 (an initiative kept
# earlier in the list is merged in turn: the list is applied in two runs).
MERGES = [(0, 1), (0, 2), (3, 4), (3, 0)]


def test_a_list_of_merges_leaves_what_one_by_one_merges_leave():
    one_by_one = build("a")
    for keep, other in MERGES:
        initiative_merge(keep=one_by_one[keep], other=one_by_one[other], score=0.9, components={"title": 1.0})
    listed = build("b")
    kept = initiatives_merge(merges=[MergeOrder(listed[keep].pk, listed[other].pk, 0.9, {"title": 1.0})
                                     for keep, other in MERGES])

    assert set(kept) == {listed[0].pk, listed[3].pk}
    assert snapshot(listed) == snapshot(one_by_one)
    assert [row[1] for row in snapshot(listed)[:-1]] == ["merged", "merged", "merged", "published", "merged"]


def test_a_list_cannot_merge_an_initiative_twice():
    initiatives = build("c")
    with pytest.raises(ValueError):
        initiatives_merge(merges=[MergeOrder(initiatives[0].pk, initiatives[1].pk),
                                  MergeOrder(initiatives[2].pk, initiatives[1].pk)])
