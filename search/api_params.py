"""Search parameters as the API documents and reads them (the API, its exports and its map share them)."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.utils.urls import remove_query_param, replace_query_param

from initiatives.models import Porteur
from search.params import PAGE_SIZE, SORTS, SearchParams, SearchParamsError, search_params_parse


def _many(name: str, description: str, items: dict | None = None) -> OpenApiParameter:
    return OpenApiParameter(
        name, {"type": "array", "items": items or {"type": "string"}}, OpenApiParameter.QUERY, explode=True,
        style="form",
        description=description + " Plusieurs valeurs : répéter le paramètre (OU dans la facette, ET entre facettes).",
    )


SEARCH_PARAMETERS = [
    OpenApiParameter(
        "q", OpenApiTypes.STR, OpenApiParameter.QUERY,
        description="Texte recherché (200 caractères au plus, le reste est ignoré) : mots (tous requis), "
        "\"expression exacte\", -exclusion, OU/OR. Le dernier mot vaut aussi comme préfixe.",
    ),
    _many("theme", "Code de thème ; un thème parent inclut ses sous-thèmes."),
    _many("region", "Code INSEE de région (ex. 53)."),
    _many("departement", "Code INSEE de département (ex. 29, 2A, 974)."),
    _many("epci", "SIREN d’intercommunalité : EPCI à fiscalité propre, ou territoire (EPT) du Grand Paris "
          "(ex. 200067106). Une initiative compte dans l’intercommunalité de chacune de ses implantations.",
          {"type": "string", "pattern": "^[0-9]{9}$"}),
    _many("source", "Slug de source."),
    _many("porteur_kind", "Type de porteur.", {"type": "string", "enum": list(Porteur.Kind.values)}),
    _many("year", "Année de début.", {"type": "integer", "minimum": 1801, "maximum": 2199}),
    _many("prize", "Slug de prix."),
    OpenApiParameter("sort", OpenApiTypes.STR, OpenApiParameter.QUERY, enum=list(SORTS),
                     description="Tri : pertinence (défaut), plus récentes, titre."),
    OpenApiParameter("ordering", OpenApiTypes.STR, OpenApiParameter.QUERY, enum=list(SORTS),
                     description="Synonyme de sort (sort l’emporte)."),
    OpenApiParameter("page", {"type": "integer", "minimum": 1, "maximum": 500}, OpenApiParameter.QUERY,
                     description=f"Numéro de page (1–500, {PAGE_SIZE} résultats par page) ; au-delà de la "
                     "dernière page : 404."),
    OpenApiParameter("exact", OpenApiTypes.STR, OpenApiParameter.QUERY, enum=["0", "1"],
                     description="1 : les mots tels que tapés seulement. Par défaut (0), quand ils ne trouvent rien, la "
                     "recherche corrige les fautes de frappe ou cherche les fiches contenant une partie des mots "
                     "(voir fallback dans la réponse)."),
]


def search_params_of(request: Request) -> SearchParams:
    """The API's search parameters (strict: a value that cannot be used is a 400 naming its parameter)."""
    try:
        return search_params_parse(request.query_params, strict=True)
    except SearchParamsError as error:
        raise serializers.ValidationError(error.errors) from None


def page_link(request: Request, page: int | None) -> str | None:
    if page is None:
        return None
    url = request.build_absolute_uri()
    return remove_query_param(url, "page") if page == 1 else replace_query_param(url, "page", page)


