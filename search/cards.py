"""The initiatives of a result page, as the result cards and the search API read them, in one statement.

``Initiative.objects.filter(pk__in=ids).select_related(…).prefetch_related(…)`` took four statements and, at 20 hits,
about 14 ms of a search request, most of it building and compiling the ORM's queries (bench/profile_search.py); this
way takes about 5 ms. Here
one statement, built once per process, returns each initiative with its porteur and territory (joined) and its
themes, sources and distinctions (aggregated as JSON), and the model instances are made the way the ORM makes them
(``Model.from_db``, the related objects cached on the instance, the many-valued relations as prefetched querysets):
templates and serialisers read ``hit.themes.all``, ``hit.porteur.name``, ``hit.records.all`` as before, without a
query. Columns a card never reads (the search document, the provenance, the social links, the contact) are deferred:
reading one is a query, as with ``.only()``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache

from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.db.models import Field, Model, QuerySet
from django.db.models.expressions import Col

from initiatives.models import (
    Commune,
    Departement,
    Distinction,
    Initiative,
    Porteur,
    Prize,
    PrizeEdition,
    Region,
    Source,
    SourceRecord,
    Theme,
)

# Initiative columns no card reads.
_DEFERRED = frozenset({"search_vector", "provenance", "social_links", "contact_email"})


# What JSON gives back as the field's own value (no converter is applied to the related rows' columns).
_PLAIN = frozenset({"AutoField", "BigAutoField", "CharField", "SlugField", "URLField", "TextField", "IntegerField",
                    "PositiveIntegerField", "PositiveSmallIntegerField", "SmallIntegerField", "BigIntegerField",
                    "ForeignKey"})


def _in_field_order(model: type[Model], *columns: str) -> tuple[str, ...]:
    """``Model.from_db`` takes the values of a partial row in the model's field order; each must come back from JSON
    as itself (text, a number: a date or a decimal would come back as text)."""
    fields = {field.attname: field for field in model._meta.concrete_fields}
    for column in columns:
        if fields[column].get_internal_type() not in _PLAIN:
            raise ImproperlyConfigured(f"{model.__name__}.{column} cannot be read from JSON as is")
    order = list(fields)
    return tuple(sorted(columns, key=order.index))


# Columns of the related rows, read from JSON (so only plain text and numbers).
_THEME = _in_field_order(Theme, "id", "code", "name", "facet", "parent_id", "position")
_RECORD = _in_field_order(SourceRecord, "id", "source_url", "initiative_id", "source_id")
_SOURCE = _in_field_order(Source, "id", "name", "slug", "precedence")
_DISTINCTION = _in_field_order(Distinction, "id", "initiative_id", "edition_id", "category", "rank")
_EDITION = _in_field_order(PrizeEdition, "id", "prize_id", "year")
_PRIZE = _in_field_order(Prize, "id", "name", "slug")


class _Joined:
    """The columns of one model in the statement, and how to make an instance of a row's slice."""

    def __init__(self, model: type[Model], alias: str, *, exclude: Iterable[str] = ()):
        self.model = model
        self.fields: list[Field] = [field for field in model._meta.concrete_fields if field.name not in exclude]
        self.names = [field.attname for field in self.fields]
        self.sql = ", ".join(f'{alias}."{field.column}"' for field in self.fields)
        self.converters = [
            (position, converters) for position, field in enumerate(self.fields)
            if (converters := connection.ops.get_db_converters(Col(alias, field)) + field.get_db_converters(connection))
        ]

    def make(self, values: tuple) -> Model | None:
        if values[0] is None:  # a LEFT JOIN that found no row
            return None
        if self.converters:
            values = list(values)
            for position, converters in self.converters:
                for converter in converters:
                    values[position] = converter(values[position], self.fields[position], connection)
        return self.model.from_db(connection.alias, self.names, values)


@cache
def _statement() -> tuple[str, list[_Joined]]:
    joined = [
        _Joined(Initiative, "i", exclude=_DEFERRED),
        _Joined(Porteur, "p"),
        _Joined(Commune, "c"),
        _Joined(Departement, "d"),
        _Joined(Region, "r"),
    ]

    def array(alias: str, columns: tuple[str, ...]) -> str:
        return "json_build_array(" + ", ".join(f'{alias}."{column}"' for column in columns) + ")"

    tables = {model: model._meta.db_table for model in (
        Initiative, Porteur, Commune, Departement, Region, Theme, SourceRecord, Source, Distinction, PrizeEdition, Prize)}
    through = Initiative.themes.through._meta.db_table
    sql = (
        "SELECT " + ", ".join(part.sql for part in joined) + ", "
        # Themes in their model's order (facet, position, name).
        f"(SELECT coalesce(json_agg({array('t', _THEME)} ORDER BY t.facet, t.position, t.name), '[]')::text "
        f" FROM {through} it JOIN {tables[Theme]} t ON t.id = it.theme_id WHERE it.initiative_id = i.id), "
        # Records (their link) with their source, in their model's order (sources by precedence and name, then ids).
        f"(SELECT coalesce(json_agg(json_build_array({array('sr', _RECORD)}, {array('s', _SOURCE)}) "
        f"  ORDER BY s.precedence, s.name, sr.external_id, sr.id), '[]')::text "
        f" FROM {tables[SourceRecord]} sr JOIN {tables[Source]} s ON s.id = sr.source_id WHERE sr.initiative_id = i.id), "
        # Distinctions in their model's order (edition: prize name, newest year; category; rank).
        f"(SELECT coalesce(json_agg(json_build_array({array('x', _DISTINCTION)}, {array('e', _EDITION)}, "
        f"  {array('z', _PRIZE)}) ORDER BY z.name, e.year DESC, x.category, x.rank), '[]')::text "
        f" FROM {tables[Distinction]} x JOIN {tables[PrizeEdition]} e ON e.id = x.edition_id "
        f" JOIN {tables[Prize]} z ON z.id = e.prize_id WHERE x.initiative_id = i.id) "
        f"FROM {tables[Initiative]} i "
        f"LEFT JOIN {tables[Porteur]} p ON p.id = i.porteur_id "
        f"LEFT JOIN {tables[Commune]} c ON c.insee_code = i.commune_id "
        f"LEFT JOIN {tables[Departement]} d ON d.code = i.departement_id "
        f"LEFT JOIN {tables[Region]} r ON r.code = i.region_id "
        "WHERE i.id = ANY(%s)"
    )
    return sql, joined


class _Evaluated(QuerySet):
    """What ``prefetch_related`` leaves on an instance for a relation: its rows, already read. Iterating, slicing,
    ``len``, ``count`` and ``exists`` read them; anything that needs SQL (``filter``, ``aggregate``, ``update``,
    ``iterator``…) runs the relation's own query, as with a prefetch. That query is made only when asked: making it
    for every card up front, as ``prefetch_related`` does, cost ~3 ms at 20 hits."""

    _bound = True  # whether ``_query`` is the relation's (a clone's is)

    @property
    def query(self):
        if not self._bound:
            # The manager would return this queryset (it is the prefetch cache): build the query from the model's.
            related = getattr(self._instance, self._relation)._apply_rel_filters(self.model._default_manager.all())
            self._query, self._bound = related.query, True
        return QuerySet.query.fget(self)

    @query.setter
    def query(self, value):
        QuerySet.query.fset(self, value)
        self._bound = True


def _prefetched(instance: Model, name: str, model: type[Model], objects: list[Model]) -> None:
    queryset = _Evaluated(model=model)
    queryset._result_cache, queryset._prefetch_done = objects, True
    queryset._instance, queryset._relation, queryset._bound = instance, name, False
    if not hasattr(instance, "_prefetched_objects_cache"):
        instance._prefetched_objects_cache = {}
    instance._prefetched_objects_cache[name] = queryset


def _make(model: type[Model], columns: tuple[str, ...], values: list) -> Model:
    return model.from_db(connection.alias, list(columns), values)


def card_initiatives(ids: list[int]) -> list[Initiative]:
    """The initiatives of ``ids``, in that order (ids that are no initiative are left out), ready for a card."""
    if not ids:
        return []
    sql, joined = _statement()
    relations = [Initiative._meta.get_field(name) for name in ("porteur", "commune", "departement", "region")]
    with connection.cursor() as cursor:
        cursor.execute(sql, [list(ids)])
        rows = cursor.fetchall()
    by_id = {}
    for row in rows:
        start, parts = 0, []
        for part in joined:
            parts.append(part.make(row[start:start + len(part.fields)]))
            start += len(part.fields)
        initiative, *related = parts
        for field, obj in zip(relations, related, strict=True):
            field.set_cached_value(initiative, obj)
        themes, records, distinctions = (json.loads(text) for text in row[start:])
        _prefetched(initiative, "themes", Theme, [_make(Theme, _THEME, values) for values in themes])
        sources: dict[int, Source] = {}
        made_records = []
        for record_values, source_values in records:
            record = _make(SourceRecord, _RECORD, record_values)
            source = sources.setdefault(source_values[0], _make(Source, _SOURCE, source_values))
            SourceRecord._meta.get_field("source").set_cached_value(record, source)
            made_records.append(record)
        _prefetched(initiative, "records", SourceRecord, made_records)
        made_distinctions = []
        for distinction_values, edition_values, prize_values in distinctions:
            distinction = _make(Distinction, _DISTINCTION, distinction_values)
            edition = _make(PrizeEdition, _EDITION, edition_values)
            PrizeEdition._meta.get_field("prize").set_cached_value(edition, _make(Prize, _PRIZE, prize_values))
            Distinction._meta.get_field("edition").set_cached_value(distinction, edition)
            made_distinctions.append(distinction)
        _prefetched(initiative, "distinctions", Distinction, made_distinctions)
        by_id[initiative.pk] = initiative
    return [by_id[pk] for pk in ids if pk in by_id]
