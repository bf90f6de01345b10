"""What every community API view shares: error shapes for the schema, path parameters, how a community is
resolved from the URL (through the visibility selector) and how service errors become answers."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.parsers import JSONParser
from rest_framework.response import Response

from communities.api.permissions import ANYONE, HasCommunityPermission
from communities.models import Community
from communities.selectors import (
    community_get_visible,
)
from communities.services import CommunityError
from initiatives.api.views import ErrorSerializer

VIEW = "communities.view_community"
MODERATE = "communities.moderate"

NOT_FOUND = OpenApiResponse(ErrorSerializer, description="Introuvable, ou communauté privée dont vous n’êtes pas membre.")
PAGE_NOT_FOUND = OpenApiResponse(ErrorSerializer, description="Numéro de page invalide ou au-delà de la dernière page.")
FORBIDDEN = OpenApiResponse(ErrorSerializer, description="Non connecté, ou droits insuffisants dans la communauté.")
BAD_REQUEST = OpenApiResponse(
    OpenApiTypes.OBJECT,
    description="Données invalides ({champ: [messages]}) ou action refusée ({detail: message}).",
)
ERRORS = {403: FORBIDDEN, 404: NOT_FOUND}
WRITE_ERRORS = {400: BAD_REQUEST, **ERRORS}
# Community slugs in API routes, as Django's slug path converter: anything else (a NUL byte...) is a 404 before
# it can reach PostgreSQL.
SLUG_REGEX = r"[-a-zA-Z0-9_]+"
COMMUNITY_SLUG = OpenApiParameter("community_slug", {"type": "string", "pattern": f"^{SLUG_REGEX}$"},
                                  OpenApiParameter.PATH, description="Adresse (slug) de la communauté.")
ITEM_ID = OpenApiParameter("item_pk", OpenApiTypes.INT, OpenApiParameter.PATH,
                           description="Identifiant de l’élément de la communauté.")
USER_ID = OpenApiParameter("user_id", OpenApiTypes.INT, OpenApiParameter.PATH, description="Identifiant du membre.")


class CommunityRequestError(APIException):
    status_code = status.HTTP_400_BAD_REQUEST
    default_detail = _("Cette action n’est pas possible.")
    default_code = "community_error"


class CommunityErrorMixin:
    """A refusal of the services (CommunityError) is a 400 whose detail is its user-facing message.

    Bodies are JSON only: form encodings cannot say null (a région removed) nor tell an empty field from a
    missing one, so the schema would promise more than the API does with them.
    """

    parser_classes = [JSONParser]

    def handle_exception(self, exc: Exception) -> Response:
        if isinstance(exc, CommunityError):
            exc = CommunityRequestError(str(exc))
        return super().handle_exception(exc)


class CommunityAutoSchema(AutoSchema):
    """Reads that anonymous visitors may make (of public communities) list no authentication ({}) among their
    security requirements; drf-spectacular only sees that for its own AllowAny-like permission classes."""

    def get_auth(self) -> list[dict]:
        auths = super().get_auth()
        perm = self.view.community_permissions.get(self.view.action)
        if self.method == "GET" and perm in (ANYONE, VIEW) and {} not in auths:
            auths.append({})
        return auths


class CommunityScopedMixin(CommunityErrorMixin):
    """The community of the URL, resolved once per request; 404 when the user may not see it.

    ``community_permissions`` maps each action to the django-rules permission checked on that community.
    """

    schema = CommunityAutoSchema()
    permission_classes = [HasCommunityPermission]
    community_permissions: dict[str, str] = {}
    community_url_kwarg = "community_slug"

    def get_community(self) -> Community:
        if not hasattr(self, "_community"):
            self._community = community_get_visible(slug=self.kwargs[self.community_url_kwarg],
                                                    user=self.request.user)
        return self._community

    def get_permission_community(self) -> Community | None:
        return self.get_community()

    def can(self, perm: str) -> bool:
        return self.request.user.has_perm(perm, self.get_community())

    def get_serializer_context(self) -> dict:
        context = super().get_serializer_context()
        if self.community_url_kwarg in self.kwargs:  # absent while the schema is generated
            context["community"] = self.get_community()
        return context
