"""Shapes of the search API's answers (documented in the OpenAPI schema; the hot path builds plain data)."""

from __future__ import annotations

from rest_framework import serializers

from initiatives.api.serializers import InitiativeListSerializer


class FacetChildSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()
    count = serializers.IntegerField()
    selected = serializers.BooleanField()


class FacetValueSerializer(FacetChildSerializer):
    children = FacetChildSerializer(many=True, help_text="Sous-thèmes (facette theme seulement).")


def facet_values_data(values) -> list[dict]:
    """What ``FacetValueSerializer(values, many=True).data`` gives (a test compares them), without DRF's per-field
    machinery: a search returns a few hundred facet values, and this runs on every search."""
    def child(value) -> dict:
        return {"value": str(value.value), "label": str(value.label), "count": int(value.count),
                "selected": bool(value.selected)}

    return [{**child(value), "children": [child(sub) for sub in value.children]} for value in values]


class FacetsSerializer(serializers.Serializer):
    """Disjunctive facet counts: each facet counted with every filter except its own."""

    theme = FacetValueSerializer(many=True)
    region = FacetValueSerializer(many=True)
    departement = FacetValueSerializer(many=True)
    epci = FacetValueSerializer(
        many=True, help_text="Intercommunalités (SIREN) : les 100 plus nombreuses et celles choisies ; toutes par "
        "/api/map/?level=epci.")
    source = FacetValueSerializer(many=True)
    porteur_kind = FacetValueSerializer(many=True)
    year = FacetValueSerializer(many=True)
    prize = FacetValueSerializer(many=True)


class InitiativeSearchPageSerializer(serializers.Serializer):
    """Response of /api/initiatives/: DRF page-number pagination plus facets and a spelling suggestion."""

    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = InitiativeListSerializer(many=True)
    facets = FacetsSerializer()
    suggestion = serializers.CharField(allow_null=True, help_text="« Vouliez-vous dire… » quand peu de résultats.")
    fallback = serializers.ChoiceField(
        choices=["", "corrected", "relaxed"], allow_blank=True,
        help_text="Vide quand les résultats contiennent tous les mots tapés. Quand ceux-ci ne trouvaient rien : "
        "« corrected » (résultats de query_used, la requête aux fautes de frappe corrigées) ou « relaxed » (fiches "
        "contenant une partie des mots, les plus proches d’abord). exact=1 désactive ce repli.")
    query_used = serializers.CharField(allow_blank=True, help_text="La requête cherchée quand fallback n’est pas vide.")
    ranked = serializers.BooleanField(
        help_text="Vrai quand toutes les fiches trouvées sont classées par pertinence. Faux pour un tri par date ou par "
        "titre, et pour un terme très fréquent : seules les 2 000 fiches ajoutées le plus récemment sont alors "
        "classées par pertinence, les autres suivent de la plus récente à la plus ancienne."
    )


class SuggestionSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["term", "initiative"])
    label = serializers.CharField()
    url = serializers.CharField(required=False, help_text="Pour kind=initiative : la page de l’initiative.")


class SuggestResponseSerializer(serializers.Serializer):
    suggestions = SuggestionSerializer(many=True)
