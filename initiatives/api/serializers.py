"""Serializers of the public API: thin shapes over models and search results, no queries of their own.

Every related object they read is loaded by the view (select_related / prefetch_related / search.query).
"""

from __future__ import annotations

import functools

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from initiatives.models import Commune, Departement, Distinction, Initiative, Porteur, Region, Source, Theme


# --- small nested shapes ---------------------------------------------------------------------------
class ThemeRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Theme
        fields = ["code", "name", "facet"]


class RegionRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Region
        fields = ["code", "name"]


class DepartementRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Departement
        fields = ["code", "name"]


class CommuneRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Commune
        fields = ["insee_code", "name"]


class PorteurSerializer(serializers.ModelSerializer):
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)

    class Meta:
        model = Porteur
        fields = ["name", "kind", "kind_label", "website"]


class TerritorySerializer(serializers.Serializer):
    commune = CommuneRefSerializer(allow_null=True)
    departement = DepartementRefSerializer(allow_null=True)
    region = RegionRefSerializer(allow_null=True)
    note = serializers.CharField(source="territory_note")


class DistinctionSerializer(serializers.ModelSerializer):
    prize = serializers.CharField(source="edition.prize.name")
    prize_slug = serializers.CharField(source="edition.prize.slug")
    year = serializers.IntegerField(source="edition.year")

    class Meta:
        model = Distinction
        fields = ["prize", "prize_slug", "year", "category", "rank"]


class SourceRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["name", "slug"]


class SourceRecordSerializer(serializers.Serializer):
    """One source describing the initiative: who, under which licence, and where the original record is."""

    name = serializers.CharField(source="source.name")
    slug = serializers.CharField(source="source.slug")
    licence = serializers.CharField(source="source.licence")
    licence_url = serializers.CharField(source="source.licence_url")
    record_url = serializers.CharField(source="source_url")
    external_id = serializers.CharField()
    last_seen = serializers.DateTimeField(allow_null=True)


class ProvenanceSerializer(serializers.Serializer):
    field = serializers.CharField()
    source_name = serializers.CharField(allow_null=True)
    source_slug = serializers.CharField(allow_null=True)
    record_url = serializers.CharField(allow_null=True)


# --- initiatives -----------------------------------------------------------------------------------
class InitiativeListSerializer(serializers.ModelSerializer):
    """A search hit: what a result card shows."""

    url = serializers.CharField(source="get_absolute_url", read_only=True)
    snippet = serializers.SerializerMethodField(help_text="Extrait HTML (échappé, termes trouvés dans <mark>).")
    themes = ThemeRefSerializer(many=True, read_only=True)
    territory = serializers.SerializerMethodField()
    porteur = PorteurSerializer(allow_null=True, read_only=True)
    sources = serializers.SerializerMethodField()
    distinctions = DistinctionSerializer(many=True, read_only=True)

    class Meta:
        model = Initiative
        fields = [
            "id", "slug", "title", "url", "summary", "snippet", "website", "image_url", "start_year", "status",
            "content_type", "themes", "territory", "porteur", "sources", "distinctions", "last_updated",
        ]

    def get_snippet(self, initiative: Initiative) -> str:
        return getattr(initiative, "snippet", "") or ""

    # One instance of each nested shape, reused for every hit: a new ModelSerializer builds its fields again
    # (field mapping, translated labels), which cost more than the rest of a hit's serialization.
    @functools.cached_property
    def _territory(self) -> TerritorySerializer:
        return TerritorySerializer()

    @functools.cached_property
    def _source_ref(self) -> SourceRefSerializer:
        return SourceRefSerializer()

    @extend_schema_field(TerritorySerializer)
    def get_territory(self, initiative: Initiative) -> dict:
        return self._territory.to_representation(initiative)

    @extend_schema_field(SourceRefSerializer(many=True))
    def get_sources(self, initiative: Initiative) -> list[dict]:
        sources = getattr(initiative, "sources", None)
        if sources is None:  # not a search hit: derive from the prefetched records
            sources = list({record.source_id: record.source for record in initiative.records.all()}.values())
        return [self._source_ref.to_representation(source) for source in sources]


_DATETIME = serializers.DateTimeField()
# A porteur's kind and its label (translated when read). ``get_kind_display`` hashes every label of the choices on each
# call, translating them all: 20 hits cost a request ~3 ms (bench/profile_search.py).
_KIND_LABELS = dict(Porteur.Kind.choices)


def search_hits_data(initiatives) -> list[dict]:
    """What ``InitiativeListSerializer(initiatives, many=True).data`` gives (a test compares them on every shape of
    hit), without DRF's per-field machinery: the search API returns 20 hits on every request, and DRF's nested
    serializers cost about as much as finding them (bench/profile_search.py)."""
    def ref(obj, key: str) -> dict | None:
        return None if obj is None else {key: getattr(obj, key), "name": obj.name}

    data = []
    for initiative in initiatives:
        porteur = initiative.porteur
        sources = getattr(initiative, "sources", None)
        if sources is None:
            sources = list({record.source_id: record.source for record in initiative.records.all()}.values())
        data.append({
            "id": initiative.pk, "slug": initiative.slug, "title": initiative.title,
            "url": initiative.get_absolute_url(), "summary": initiative.summary,
            "snippet": getattr(initiative, "snippet", "") or "", "website": initiative.website,
            "image_url": initiative.image_url, "start_year": initiative.start_year, "status": initiative.status,
            "content_type": initiative.content_type,
            "themes": [{"code": theme.code, "name": theme.name, "facet": theme.facet} for theme in initiative.themes.all()],
            "territory": {"commune": ref(initiative.commune, "insee_code"), "departement": ref(initiative.departement, "code"),
                          "region": ref(initiative.region, "code"), "note": initiative.territory_note},
            "porteur": None if porteur is None else {
                "name": porteur.name, "kind": porteur.kind, "kind_label": str(_KIND_LABELS.get(porteur.kind, porteur.kind)),
                "website": porteur.website},
            "sources": [{"name": source.name, "slug": source.slug} for source in sources],
            "distinctions": [{"prize": d.edition.prize.name, "prize_slug": d.edition.prize.slug, "year": d.edition.year,
                              "category": d.category, "rank": d.rank} for d in initiative.distinctions.all()],
            "last_updated": _DATETIME.to_representation(initiative.last_updated),
        })
    return data


class InitiativeDetailSerializer(InitiativeListSerializer):
    """One initiative with its full description, every source record (licence, link) and field provenance."""

    sources = serializers.SerializerMethodField()
    provenance = serializers.SerializerMethodField()

    class Meta(InitiativeListSerializer.Meta):
        fields = [
            field for field in InitiativeListSerializer.Meta.fields if field != "snippet"
        ] + [
            "description", "social_links", "start_date", "address", "postcode", "latitude", "longitude", "language",
            "first_seen", "provenance",
        ]

    @extend_schema_field(SourceRecordSerializer(many=True))
    def get_sources(self, initiative: Initiative) -> list[dict]:
        return SourceRecordSerializer(initiative.records.all(), many=True).data

    @extend_schema_field(ProvenanceSerializer(many=True))
    def get_provenance(self, initiative: Initiative) -> list[dict]:
        records = {record.pk: record for record in initiative.records.all()}
        rows = []
        for name, record_id in sorted((initiative.provenance or {}).items()):
            record = records.get(record_id) if isinstance(record_id, int) else None
            rows.append({
                "field": name,
                "source_name": record.source.name if record else None,
                "source_slug": record.source.slug if record else None,
                "record_url": (record.source_url or None) if record else None,
            })
        return ProvenanceSerializer(rows, many=True).data


class QueryParametersSerializer(serializers.Serializer):
    """Validation of query-string parameters. One that takes a single value but is given several times is
    refused, as the schema has it (QueryDict would silently keep the last one)."""

    def to_internal_value(self, data):
        if hasattr(data, "getlist"):
            message = serializers.CharField.default_error_messages["invalid"]
            repeated = {
                name: [message] for name, field in self.fields.items()
                if not isinstance(field, serializers.ListField) and len(data.getlist(name)) > 1
            }
            if repeated:
                raise serializers.ValidationError(repeated)
        return super().to_internal_value(data)


# --- reference data --------------------------------------------------------------------------------
class ThemeChildSerializer(serializers.ModelSerializer):
    class Meta:
        model = Theme
        fields = ["id", "code", "name", "description"]


class ThemeTreeSerializer(serializers.ModelSerializer):
    facet_label = serializers.CharField(source="get_facet_display", read_only=True)
    children = ThemeChildSerializer(many=True, read_only=True)

    class Meta:
        model = Theme
        fields = ["id", "code", "name", "facet", "facet_label", "description", "children"]


class DepartementSerializer(serializers.ModelSerializer):
    class Meta:
        model = Departement
        fields = ["code", "name", "slug"]


class RegionSerializer(serializers.ModelSerializer):
    departements = DepartementSerializer(many=True, read_only=True)

    class Meta:
        model = Region
        fields = ["code", "name", "slug", "departements"]


class CommuneSerializer(serializers.ModelSerializer):
    departement = DepartementRefSerializer(read_only=True)
    region = RegionRefSerializer(read_only=True)

    class Meta:
        model = Commune
        fields = ["insee_code", "name", "kind", "postcodes", "population", "departement", "region"]


class TerritoriesSerializer(serializers.Serializer):
    regions = RegionSerializer(many=True)
    communes = CommuneSerializer(many=True, help_text="Communes dont le nom correspond à q (vide sans q).")

