"""API views of the communities: resolve the community through the visibility selector, check the rules
permission of the action, validate, call a service, shape the answer.

Routes (all under /api/, registered in carrefour/api.py):
  communities/                                   list, create
  communities/{slug}/                            retrieve, update, partial_update, destroy
  communities/{slug}/join|request-join|leave|invite|transfer-ownership/   (POST)
  communities/{slug}/members/                    (GET), members/{user_id}/ (DELETE), members/{user_id}/role/ (POST)
  communities/{slug}/items/                      items, with hide|unhide|report/ (POST)
  communities/{slug}/items/{id}/comments/        comments, with hide|unhide|report/ (POST)
  communities/{slug}/collections/                collections
  communities/{slug}/join-requests/              pending requests, with approve|reject/ (POST)
  communities/{slug}/invitations/                pending invitations (GET), {id}/ (DELETE: revoke)
  invitations/{token}/accept/                    (POST)
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from communities import services
from communities.api.base import (
    BAD_REQUEST,
    COMMUNITY_SLUG,
    ERRORS,
    FORBIDDEN,
    ITEM_ID,
    MODERATE,
    NOT_FOUND,
    PAGE_NOT_FOUND,
    SLUG_REGEX,
    USER_ID,
    VIEW,
    WRITE_ERRORS,
    CommunityErrorMixin,
    CommunityScopedMixin,
)
from communities.api.permissions import ANYONE, HasCommunityPermission, IsAdderOrModerator
from communities.api.serializers import (
    CollectionSerializer,
    CommentSerializer,
    CommunityDetailSerializer,
    CommunityItemSerializer,
    CommunityQuerySerializer,
    CommunitySerializer,
    CommunityWriteSerializer,
    InvitationCreateSerializer,
    InvitationSerializer,
    ItemCreateSerializer,
    ItemUpdateSerializer,
    JoinRequestCreateSerializer,
    JoinRequestSerializer,
    MembershipSerializer,
    ReportCreateSerializer,
    ReportSerializer,
    RoleSerializer,
    TransferOwnershipSerializer,
)
from communities.models import Collection, Comment, Community, CommunityItem, Invitation, JoinRequest, Membership
from communities.selectors import (
    comment_list,
    community_list_visible,
    invitations_pending,
    item_list,
    member_list,
)
from initiatives.api.views import VALIDATION_ERROR, ErrorSerializer


# --- communities -----------------------------------------------------------------------------------
@extend_schema(tags=["communautés"])
@extend_schema_view(
    list=extend_schema(
        summary="Communautés visibles",
        description="Les communautés publiques, et les privées dont vous êtes membre ; les plus actives d’abord.",
        parameters=[OpenApiParameter("q", OpenApiTypes.STR, OpenApiParameter.QUERY,
                                     description="Texte cherché dans le nom et la description.")],
        responses={200: CommunitySerializer(many=True), 400: VALIDATION_ERROR, 404: PAGE_NOT_FOUND},
    ),
    retrieve=extend_schema(summary="Une communauté", responses={200: CommunityDetailSerializer, 404: NOT_FOUND}),
    create=extend_schema(
        summary="Créer une communauté",
        description="Réservé aux comptes dont l’adresse électronique est vérifiée ; le créateur en devient propriétaire.",
        request=CommunityWriteSerializer, responses={201: CommunityDetailSerializer, 400: BAD_REQUEST, 403: FORBIDDEN},
    ),
    update=extend_schema(summary="Modifier une communauté (propriétaire)", request=CommunityWriteSerializer,
                         responses={200: CommunityDetailSerializer, **WRITE_ERRORS}),
    partial_update=extend_schema(summary="Modifier une communauté (propriétaire)", request=CommunityWriteSerializer,
                                 responses={200: CommunityDetailSerializer, **WRITE_ERRORS}),
    destroy=extend_schema(summary="Supprimer une communauté (propriétaire)", responses={204: None, **ERRORS}),
)
class CommunityViewSet(CommunityScopedMixin, viewsets.GenericViewSet):
    """Communities, their membership and their members."""

    queryset = Community.objects.none()  # the real one depends on the user: get_queryset()
    serializer_class = CommunitySerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG_REGEX
    community_url_kwarg = "slug"
    community_permissions = {
        "list": ANYONE,
        "create": "communities.create_community",
        "retrieve": VIEW,
        "update": "communities.edit_community",
        "partial_update": "communities.edit_community",
        "destroy": "communities.delete_community",
        "join": "communities.join_community",
        "request_join": "communities.request_join",
        "leave": "communities.leave_community",
        "invite": "communities.invite",
        "transfer_ownership": "communities.transfer_ownership",
        "members": VIEW,
        # Only the owner appoints moderators, as on the members page.
        "member_role": "communities.transfer_ownership",
        "member_remove": "communities.manage_members",
    }

    def get_permission_community(self) -> Community | None:
        return None if self.action in ("list", "create") else self.get_community()

    def get_queryset(self) -> QuerySet[Community]:
        query = CommunityQuerySerializer(data=self.request.query_params)
        query.is_valid(raise_exception=True)
        return community_list_visible(user=self.request.user, q=query.validated_data.get("q", "")[:200])

    def get_object(self) -> Community:
        community = self.get_community()
        self.check_object_permissions(self.request, community)
        return community

    def _detail(self, community: Community, status_code: int = status.HTTP_200_OK) -> Response:
        return Response(CommunityDetailSerializer(community, context=self.get_serializer_context()).data,
                        status=status_code)

    def list(self, request: Request) -> Response:
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(CommunitySerializer(page, many=True).data)

    def retrieve(self, request: Request, slug: str) -> Response:
        return self._detail(self.get_object())

    def create(self, request: Request) -> Response:
        serializer = CommunityWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        community = services.community_create(user=request.user, **serializer.validated_data)
        return self._detail(community, status.HTTP_201_CREATED)

    def update(self, request: Request, slug: str, partial: bool = False) -> Response:
        community = self.get_object()
        serializer = CommunityWriteSerializer(community, data=request.data, partial=partial)
        serializer.is_valid(raise_exception=True)
        serializer.save()  # plain field edition; there is no community_update service (as the HTML edit form)
        return self._detail(community)

    def partial_update(self, request: Request, slug: str) -> Response:
        return self.update(request, slug, partial=True)

    def destroy(self, request: Request, slug: str) -> Response:
        self.get_object().delete()
        return Response(status=status.HTTP_204_NO_CONTENT)

    # --- membership of the current user ---
    @extend_schema(summary="Rejoindre une communauté ouverte", request=None,
                   responses={201: MembershipSerializer, **ERRORS})
    @action(detail=True, methods=["post"])
    def join(self, request: Request, slug: str) -> Response:
        membership = services.community_join(community=self.get_community(), user=request.user)
        return Response(MembershipSerializer(membership).data, status=status.HTTP_201_CREATED)

    @extend_schema(summary="Demander à rejoindre une communauté « sur demande »", request=JoinRequestCreateSerializer,
                   responses={201: JoinRequestSerializer, **WRITE_ERRORS})
    @action(detail=True, methods=["post"], url_path="request-join")
    def request_join(self, request: Request, slug: str) -> Response:
        serializer = JoinRequestCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        join_request = services.join_request_create(community=self.get_community(), user=request.user,
                                                    message=serializer.validated_data["message"])
        return Response(JoinRequestSerializer(join_request).data, status=status.HTTP_201_CREATED)

    @extend_schema(summary="Quitter une communauté", description="Le propriétaire doit d’abord transférer la propriété.",
                   request=None, responses={204: None, **WRITE_ERRORS})
    @action(detail=True, methods=["post"])
    def leave(self, request: Request, slug: str) -> Response:
        services.membership_leave(community=self.get_community(), user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(summary="Inviter par courriel (modérateurs)", request=InvitationCreateSerializer,
                   responses={201: InvitationSerializer, **WRITE_ERRORS})
    @action(detail=True, methods=["post"])
    def invite(self, request: Request, slug: str) -> Response:
        serializer = InvitationCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        invitation = services.invitation_create(
            community=self.get_community(), email=serializer.validated_data["email"], invited_by=request.user,
            base_url=request.build_absolute_uri("/"),
        )
        return Response(InvitationSerializer(invitation).data, status=status.HTTP_201_CREATED)

    @extend_schema(summary="Transférer la propriété à un membre (propriétaire)",
                   description="L’ancien propriétaire devient modérateur.",
                   request=TransferOwnershipSerializer, responses={204: None, **WRITE_ERRORS})
    @action(detail=True, methods=["post"], url_path="transfer-ownership")
    def transfer_ownership(self, request: Request, slug: str) -> Response:
        serializer = TransferOwnershipSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.ownership_transfer(community=self.get_community(), new_owner=serializer.validated_data["user"])
        return Response(status=status.HTTP_204_NO_CONTENT)

    # --- members ---
    @extend_schema(summary="Membres", responses={200: MembershipSerializer(many=True), **ERRORS})
    @action(detail=True, methods=["get"])
    def members(self, request: Request, slug: str) -> Response:
        page = self.paginate_queryset(member_list(community=self.get_community()))
        return self.get_paginated_response(MembershipSerializer(page, many=True).data)

    def _membership(self, user_id: str) -> Membership:
        return get_object_or_404(Membership.objects.select_related("user__profile"),
                                 community=self.get_community(), user_id=user_id)

    @extend_schema(summary="Changer le rôle d’un membre (propriétaire)", parameters=[USER_ID],
                   request=RoleSerializer, responses={200: MembershipSerializer, **WRITE_ERRORS})
    @action(detail=True, methods=["post"], url_path=r"members/(?P<user_id>[0-9]+)/role", url_name="member-role")
    def member_role(self, request: Request, slug: str, user_id: str) -> Response:
        serializer = RoleSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        membership = services.membership_set_role(membership=self._membership(user_id),
                                                  role=serializer.validated_data["role"])
        return Response(MembershipSerializer(membership).data)

    @extend_schema(summary="Retirer un membre (modérateurs)", parameters=[USER_ID],
                   responses={204: None, **WRITE_ERRORS})
    @action(detail=True, methods=["delete"], url_path=r"members/(?P<user_id>[0-9]+)", url_name="member-remove")
    def member_remove(self, request: Request, slug: str, user_id: str) -> Response:
        services.membership_remove(membership=self._membership(user_id), by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


# --- items -----------------------------------------------------------------------------------------
@extend_schema(tags=["communautés"], parameters=[COMMUNITY_SLUG])
@extend_schema_view(
    list=extend_schema(summary="Initiatives de la communauté",
                       description="Les éléments masqués n’apparaissent qu’aux modérateurs.",
                       responses={200: CommunityItemSerializer(many=True), **ERRORS}),
    retrieve=extend_schema(summary="Un élément de la communauté", responses={200: CommunityItemSerializer, **ERRORS}),
    create=extend_schema(
        summary="Ajouter une initiative (membres)",
        description="Ajouter une initiative déjà présente met à jour sa note, ses étiquettes et sa collection.",
        request=ItemCreateSerializer, responses={201: CommunityItemSerializer, **WRITE_ERRORS},
    ),
    partial_update=extend_schema(summary="Modifier note, étiquettes ou collection (auteur de l’ajout, modérateurs)",
                                 request=ItemUpdateSerializer, responses={200: CommunityItemSerializer, **WRITE_ERRORS}),
    destroy=extend_schema(summary="Retirer un élément (auteur de l’ajout, modérateurs)",
                          responses={204: None, **ERRORS}),
)
class CommunityItemViewSet(CommunityScopedMixin, viewsets.GenericViewSet):
    """Initiatives gathered by a community, with the members' notes and tags."""

    queryset = CommunityItem.objects.none()
    serializer_class = CommunityItemSerializer
    permission_classes = [HasCommunityPermission, IsAdderOrModerator]
    community_permissions = {
        "list": VIEW,
        "retrieve": VIEW,
        "create": "communities.add_item",
        "partial_update": VIEW,  # IsAdderOrModerator decides on the item
        "destroy": VIEW,
        "hide": MODERATE,
        "unhide": MODERATE,
        "report": "communities.report",
    }

    def get_queryset(self) -> QuerySet[CommunityItem]:
        return item_list(community=self.get_community(), show_hidden=self.can(MODERATE))

    def _item_data(self, item_id: int) -> dict:
        item = item_list(community=self.get_community(), show_hidden=True).get(pk=item_id)
        return CommunityItemSerializer(item).data

    def list(self, request: Request, community_slug: str) -> Response:
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(CommunityItemSerializer(page, many=True).data)

    def retrieve(self, request: Request, community_slug: str, pk: str) -> Response:
        return Response(CommunityItemSerializer(self.get_object()).data)

    def create(self, request: Request, community_slug: str) -> Response:
        serializer = ItemCreateSerializer(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        item = services.item_add(community=self.get_community(), user=request.user, **serializer.validated_data)
        return Response(self._item_data(item.pk), status=status.HTTP_201_CREATED)

    def partial_update(self, request: Request, community_slug: str, pk: str) -> Response:
        item = self.get_object()
        serializer = ItemUpdateSerializer(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        changes = {name: data[name] for name in ("note", "tags") if name in request.data}
        if changes:
            services.item_update(item=item, **changes)
        if "collection" in data:
            services.item_move(item=item, collection=data["collection"])
        return Response(self._item_data(item.pk))

    def destroy(self, request: Request, community_slug: str, pk: str) -> Response:
        services.item_remove(item=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _set_hidden(self, hidden: bool) -> Response:
        item = self.get_object()
        services.content_set_hidden(target=item, hidden=hidden, by=self.request.user)
        return Response(CommunityItemSerializer(item).data)

    @extend_schema(summary="Masquer un élément (modérateurs)", request=None,
                   responses={200: CommunityItemSerializer, **ERRORS})
    @action(detail=True, methods=["post"])
    def hide(self, request: Request, community_slug: str, pk: str) -> Response:
        return self._set_hidden(True)

    @extend_schema(summary="Rendre visible un élément masqué (modérateurs)", request=None,
                   responses={200: CommunityItemSerializer, **ERRORS})
    @action(detail=True, methods=["post"])
    def unhide(self, request: Request, community_slug: str, pk: str) -> Response:
        return self._set_hidden(False)

    @extend_schema(summary="Signaler un élément aux modérateurs (membres)", request=ReportCreateSerializer,
                   responses={201: ReportSerializer, **WRITE_ERRORS})
    @action(detail=True, methods=["post"])
    def report(self, request: Request, community_slug: str, pk: str) -> Response:
        serializer = ReportCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        report = services.report_create(user=request.user, reason=serializer.validated_data["reason"],
                                        item=self.get_object())
        return Response(ReportSerializer(report).data, status=status.HTTP_201_CREATED)


# --- collections -----------------------------------------------------------------------------------
@extend_schema(tags=["communautés"], parameters=[COMMUNITY_SLUG])
@extend_schema_view(
    list=extend_schema(summary="Collections de la communauté", responses={200: CollectionSerializer(many=True),
                                                                           **ERRORS}),
    create=extend_schema(summary="Créer une collection (membres)", responses={201: CollectionSerializer,
                                                                              **WRITE_ERRORS}),
    partial_update=extend_schema(summary="Modifier une collection (modérateurs)",
                                 responses={200: CollectionSerializer, **WRITE_ERRORS}),
    destroy=extend_schema(summary="Supprimer une collection (modérateurs)",
                          description="Ses éléments restent dans la communauté, hors collection.",
                          responses={204: None, **ERRORS}),
)
class CollectionViewSet(CommunityScopedMixin, viewsets.GenericViewSet):
    """Ordered, themed lists of a community's items."""

    queryset = Collection.objects.none()
    serializer_class = CollectionSerializer
    pagination_class = None
    community_permissions = {
        "list": VIEW,
        "create": "communities.add_item",
        "partial_update": MODERATE,
        "destroy": MODERATE,
    }

    def get_queryset(self) -> QuerySet[Collection]:
        return self.get_community().collections.select_related("theme")

    def list(self, request: Request, community_slug: str) -> Response:
        return Response(CollectionSerializer(self.get_queryset(), many=True).data)

    def create(self, request: Request, community_slug: str) -> Response:
        serializer = CollectionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        collection = services.collection_create(community=self.get_community(), user=request.user,
                                                **serializer.validated_data)
        return Response(CollectionSerializer(collection).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request: Request, community_slug: str, pk: str) -> Response:
        serializer = CollectionSerializer(self.get_object(), data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        serializer.save()  # plain field edition: there is no collection_update service
        return Response(serializer.data)

    def destroy(self, request: Request, community_slug: str, pk: str) -> Response:
        self.get_object().delete()
        return Response(status=status.HTTP_204_NO_CONTENT)


# --- comments --------------------------------------------------------------------------------------
@extend_schema(tags=["communautés"], parameters=[COMMUNITY_SLUG, ITEM_ID])
@extend_schema_view(
    list=extend_schema(summary="Commentaires d’un élément",
                       description="Les commentaires masqués n’apparaissent qu’aux modérateurs.",
                       responses={200: CommentSerializer(many=True), **ERRORS}),
    create=extend_schema(summary="Commenter (membres)", responses={201: CommentSerializer, **WRITE_ERRORS}),
)
class CommentViewSet(CommunityScopedMixin, viewsets.GenericViewSet):
    """The discussion under one item of a community."""

    queryset = Comment.objects.none()
    serializer_class = CommentSerializer
    community_permissions = {
        "list": VIEW,
        "create": "communities.comment",
        "hide": MODERATE,
        "unhide": MODERATE,
        "report": "communities.report",
    }

    def get_item(self) -> CommunityItem:
        if not hasattr(self, "_item"):
            community = self.get_community()
            items = item_list(community=community, show_hidden=self.can(MODERATE))
            self._item = get_object_or_404(items, pk=self.kwargs["item_pk"])
            self._item.community = community  # already loaded: spares a query in the services
        return self._item

    def get_queryset(self) -> QuerySet[Comment]:
        return comment_list(item=self.get_item(), show_hidden=self.can(MODERATE))

    def list(self, request: Request, community_slug: str, item_pk: str) -> Response:
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(CommentSerializer(page, many=True).data)

    def create(self, request: Request, community_slug: str, item_pk: str) -> Response:
        serializer = CommentSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        comment = services.comment_add(item=self.get_item(), user=request.user, body=serializer.validated_data["body"])
        return Response(CommentSerializer(comment).data, status=status.HTTP_201_CREATED)

    def _set_hidden(self, hidden: bool) -> Response:
        comment = self.get_object()
        services.content_set_hidden(target=comment, hidden=hidden, by=self.request.user)
        return Response(CommentSerializer(comment).data)

    @extend_schema(summary="Masquer un commentaire (modérateurs)", request=None,
                   responses={200: CommentSerializer, **ERRORS})
    @action(detail=True, methods=["post"])
    def hide(self, request: Request, community_slug: str, item_pk: str, pk: str) -> Response:
        return self._set_hidden(True)

    @extend_schema(summary="Rendre visible un commentaire masqué (modérateurs)", request=None,
                   responses={200: CommentSerializer, **ERRORS})
    @action(detail=True, methods=["post"])
    def unhide(self, request: Request, community_slug: str, item_pk: str, pk: str) -> Response:
        return self._set_hidden(False)

    @extend_schema(summary="Signaler un commentaire aux modérateurs (membres)", request=ReportCreateSerializer,
                   responses={201: ReportSerializer, **WRITE_ERRORS})
    @action(detail=True, methods=["post"])
    def report(self, request: Request, community_slug: str, item_pk: str, pk: str) -> Response:
        serializer = ReportCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        report = services.report_create(user=request.user, reason=serializer.validated_data["reason"],
                                        comment=self.get_object())
        return Response(ReportSerializer(report).data, status=status.HTTP_201_CREATED)


# --- join requests ---------------------------------------------------------------------------------
@extend_schema(tags=["communautés"], parameters=[COMMUNITY_SLUG])
@extend_schema_view(list=extend_schema(summary="Demandes d’adhésion en attente (modérateurs)",
                                       responses={200: JoinRequestSerializer(many=True), **ERRORS}))
class JoinRequestViewSet(CommunityScopedMixin, viewsets.GenericViewSet):
    """Pending requests to join a community "on request", and the moderators' decision."""

    queryset = JoinRequest.objects.none()
    serializer_class = JoinRequestSerializer
    community_permissions = {
        "list": "communities.manage_members",
        "approve": "communities.manage_members",
        "reject": "communities.manage_members",
    }

    def get_queryset(self) -> QuerySet[JoinRequest]:
        return (
            self.get_community().join_requests.filter(status=JoinRequest.Status.PENDING)
            .select_related("user__profile").order_by("created_at")
        )

    def list(self, request: Request, community_slug: str) -> Response:
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(JoinRequestSerializer(page, many=True).data)

    def _decide(self, approve: bool) -> Response:
        join_request = services.join_request_decide(join_request=self.get_object(), moderator=self.request.user,
                                                    approve=approve)
        return Response(JoinRequestSerializer(join_request).data)

    @extend_schema(summary="Accepter une demande (modérateurs)", request=None,
                   responses={200: JoinRequestSerializer, **WRITE_ERRORS})
    @action(detail=True, methods=["post"])
    def approve(self, request: Request, community_slug: str, pk: str) -> Response:
        return self._decide(True)

    @extend_schema(summary="Refuser une demande (modérateurs)", request=None,
                   responses={200: JoinRequestSerializer, **WRITE_ERRORS})
    @action(detail=True, methods=["post"])
    def reject(self, request: Request, community_slug: str, pk: str) -> Response:
        return self._decide(False)


@extend_schema(tags=["communautés"])
@extend_schema_view(
    list=extend_schema(summary="Invitations en attente (modérateurs)",
                       description="Envoyées, ni acceptées, ni annulées, ni expirées ; les plus récentes d’abord.",
                       responses={200: InvitationSerializer(many=True), **ERRORS}),
    destroy=extend_schema(summary="Annuler une invitation (modérateurs)",
                          description="Le lien envoyé n’admet plus personne. Une invitation acceptée ne s’annule pas.",
                          responses={204: None, **WRITE_ERRORS}),
)
class CommunityInvitationViewSet(CommunityScopedMixin, viewsets.GenericViewSet):
    """The invitations a community has sent and that are still pending, and their revocation (as on the members
    page: the same rule, communities.invite)."""

    queryset = Invitation.objects.none()
    serializer_class = InvitationSerializer
    community_permissions = {"list": "communities.invite", "destroy": "communities.invite"}

    def get_queryset(self) -> QuerySet[Invitation]:
        # Any of the community's invitations can be named (revoking an accepted one is a clear 400).
        return self.get_community().invitations.order_by("-created_at")

    def list(self, request: Request, community_slug: str) -> Response:
        page = self.paginate_queryset(invitations_pending(community=self.get_community()))
        return self.get_paginated_response(InvitationSerializer(page, many=True).data)

    def destroy(self, request: Request, community_slug: str, pk: str) -> Response:
        services.invitation_revoke(invitation=self.get_object(), by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


# --- invitations -----------------------------------------------------------------------------------
@extend_schema(tags=["communautés"])
class InvitationViewSet(CommunityErrorMixin, viewsets.GenericViewSet):
    """Accepting an invitation received by e-mail (the token is the last part of the link)."""

    queryset = Invitation.objects.none()
    # accept takes no input: OPTIONS describes an empty form (without a serializer class it was a 500).
    serializer_class = serializers.Serializer
    permission_classes = [IsAuthenticated]
    lookup_field = "token"
    lookup_value_regex = r"[A-Za-z0-9_-]+"

    @extend_schema(
        summary="Accepter une invitation",
        parameters=[OpenApiParameter("token", {"type": "string", "pattern": "^[A-Za-z0-9_-]+$"},
                                     OpenApiParameter.PATH, description="Jeton reçu dans le lien d’invitation.")],
        request=None,
        responses={200: CommunityDetailSerializer, 400: BAD_REQUEST, 403: FORBIDDEN,
                   404: OpenApiResponse(ErrorSerializer, description="Jeton de forme invalide.")},
    )
    @action(detail=True, methods=["post"])
    def accept(self, request: Request, token: str) -> Response:
        community = services.invitation_accept(token=token, user=request.user)
        return Response(CommunityDetailSerializer(community, context=self.get_serializer_context()).data)
