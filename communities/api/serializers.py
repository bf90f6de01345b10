"""Serializers of the communities API: thin shapes and input validation, no writes and no queries of their own.

Writes go through communities.services; every related object read here is loaded by the selectors.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import models
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field, inline_serializer
from rest_framework import serializers

from communities.models import (
    Collection,
    Comment,
    Community,
    CommunityItem,
    Invitation,
    JoinRequest,
    Membership,
    Report,
)
from communities.selectors import membership_get
from communities.services import MAX_TAGS
from initiatives.api.serializers import (
    CommuneRefSerializer,
    DepartementRefSerializer,
    QueryParametersSerializer,
    RegionRefSerializer,
)
from initiatives.models import Departement, Initiative, Region, Theme

# Permissions a client may want to know to show or hide its buttons (see communities/rules.py).
COMMUNITY_PERMISSIONS = (
    "join_community", "request_join", "leave_community", "add_item", "comment", "report", "moderate", "invite",
    "manage_members", "edit_community", "delete_community", "transfer_ownership",
)


def display_name(user) -> str:
    """Profile.name without a query when the profile was selected with the user (or is missing)."""
    profile = getattr(user, "profile", None)
    if profile is not None:
        return profile.name
    return user.get_full_name() or user.email.split("@")[0]


# --- input fields ----------------------------------------------------------------------------------
class StrictCharField(serializers.CharField):
    """A string and only a string: DRF's CharField also takes 0 or 1.5 (and stores "0", "1.5"), which the schema
    of the API does not allow."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class CodeField(serializers.SlugRelatedField):
    """A related object by its code: a string, without the NUL character that PostgreSQL cannot compare."""

    def to_internal_value(self, data):
        if not isinstance(data, str) or "\x00" in data:
            self.fail("invalid")
        return super().to_internal_value(data)


STRICT_FIELD_MAPPING = {
    **serializers.ModelSerializer.serializer_field_mapping,
    models.CharField: StrictCharField,
    models.TextField: StrictCharField,
}


# --- small nested shapes ---------------------------------------------------------------------------
class UserRefSerializer(serializers.Serializer):
    """A member as others see them: no e-mail address."""

    id = serializers.IntegerField(source="pk", read_only=True)
    name = serializers.SerializerMethodField()

    def get_name(self, user) -> str:
        return display_name(user)


class ThemeCodeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Theme
        fields = ["code", "name"]


class CollectionRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Collection
        fields = ["id", "name"]


class InitiativeRefSerializer(serializers.ModelSerializer):
    url = serializers.CharField(source="get_absolute_url", read_only=True)
    commune = CommuneRefSerializer(allow_null=True, read_only=True)
    departement = DepartementRefSerializer(allow_null=True, read_only=True)
    porteur = serializers.CharField(source="porteur.name", allow_null=True, read_only=True, default=None)

    class Meta:
        model = Initiative
        fields = ["id", "slug", "title", "url", "summary", "image_url", "commune", "departement", "porteur"]


# --- communities -----------------------------------------------------------------------------------
class CommunityQuerySerializer(QueryParametersSerializer):
    q = StrictCharField(required=False, allow_blank=True)


class CommunitySerializer(serializers.ModelSerializer):
    url = serializers.CharField(source="get_absolute_url", read_only=True)
    themes = ThemeCodeSerializer(many=True, read_only=True)
    region = RegionRefSerializer(allow_null=True, read_only=True)
    departement = DepartementRefSerializer(allow_null=True, read_only=True)
    member_count = serializers.SerializerMethodField()
    item_count = serializers.SerializerMethodField()

    class Meta:
        model = Community
        fields = [
            "slug", "name", "url", "description", "cover_image", "themes", "region", "departement", "visibility",
            "join_policy", "member_count", "item_count", "created_at",
        ]
        read_only_fields = fields

    def get_member_count(self, community: Community) -> int:
        count = getattr(community, "member_count", None)  # annotated by community_list_visible
        return community.memberships.count() if count is None else count

    def get_item_count(self, community: Community) -> int:
        count = getattr(community, "item_count", None)
        return community.items.filter(hidden=False).count() if count is None else count  # as the selector


# What the current user may do in this community (the django-rules permissions), for the schema.
CommunityPermissionsSerializer = inline_serializer(
    "CommunityPermissions", {name: serializers.BooleanField() for name in COMMUNITY_PERMISSIONS}
)


class CommunityDetailSerializer(CommunitySerializer):
    role = serializers.SerializerMethodField(help_text=_("Rôle de l’utilisateur courant, null s’il n’est pas membre."))
    permissions = serializers.SerializerMethodField()

    class Meta(CommunitySerializer.Meta):
        fields = [*CommunitySerializer.Meta.fields, "role", "permissions"]
        read_only_fields = fields

    @extend_schema_field(serializers.ChoiceField(choices=Membership.Role.choices, allow_null=True))
    def get_role(self, community: Community) -> str | None:
        membership = membership_get(community=community, user=self.context["request"].user)
        return membership.role if membership else None

    @extend_schema_field(CommunityPermissionsSerializer)
    def get_permissions(self, community: Community) -> dict[str, bool]:
        user = self.context["request"].user
        return {name: user.has_perm(f"communities.{name}", community) for name in COMMUNITY_PERMISSIONS}


class CommunityWriteSerializer(serializers.ModelSerializer):
    """Creation and edition of a community (the cover image is managed from the web pages)."""

    serializer_field_mapping = STRICT_FIELD_MAPPING

    themes = CodeField(
        slug_field="code", many=True, required=False, queryset=Theme.objects.filter(parent=None),
        help_text=_("Codes de thèmes de premier niveau."),
    )
    region = CodeField(slug_field="code", queryset=Region.objects.all(), required=False, allow_null=True,
                       help_text=_("Code INSEE de la région."))
    departement = CodeField(slug_field="code", queryset=Departement.objects.all(), required=False, allow_null=True,
                            help_text=_("Code INSEE du département."))

    class Meta:
        model = Community
        fields = ["name", "description", "themes", "region", "departement", "visibility", "join_policy"]


# --- members, requests, invitations ----------------------------------------------------------------
class MembershipSerializer(serializers.ModelSerializer):
    user = UserRefSerializer(read_only=True)
    role_label = serializers.CharField(source="get_role_display", read_only=True)

    class Meta:
        model = Membership
        fields = ["user", "role", "role_label", "joined_at"]
        read_only_fields = fields


class RoleSerializer(serializers.Serializer):
    role = serializers.ChoiceField(choices=Membership.Role.choices,
                                   help_text=_("moderator ou member ; la propriété se transfère à part."))


class TransferOwnershipSerializer(serializers.Serializer):
    user = serializers.PrimaryKeyRelatedField(queryset=get_user_model().objects.all(),
                                              help_text=_("Identifiant du membre qui devient propriétaire."))


class JoinRequestCreateSerializer(serializers.Serializer):
    message = StrictCharField(max_length=1000, required=False, allow_blank=True, default="")


class JoinRequestSerializer(serializers.ModelSerializer):
    user = UserRefSerializer(read_only=True)

    class Meta:
        model = JoinRequest
        fields = ["id", "user", "message", "status", "created_at", "decided_at"]
        read_only_fields = fields


class InvitationCreateSerializer(serializers.Serializer):
    email = serializers.EmailField()


class InvitationSerializer(serializers.ModelSerializer):
    """An invitation as its sender sees it: the token travels only in the e-mail."""

    class Meta:
        model = Invitation
        fields = ["id", "email", "created_at", "expires_at"]
        read_only_fields = fields


# --- items, collections, comments ------------------------------------------------------------------
class CommunityItemSerializer(serializers.ModelSerializer):
    url = serializers.CharField(source="get_absolute_url", read_only=True)
    initiative = InitiativeRefSerializer(read_only=True)
    collection = CollectionRefSerializer(allow_null=True, read_only=True)
    added_by = UserRefSerializer(allow_null=True, read_only=True)
    comment_count = serializers.IntegerField(read_only=True, default=0)

    class Meta:
        model = CommunityItem
        fields = ["id", "url", "initiative", "note", "tags", "collection", "added_by", "position", "hidden",
                  "comment_count", "created_at"]
        read_only_fields = fields


@extend_schema_field(OpenApiTypes.INT)
class _CollectionInCommunityField(serializers.PrimaryKeyRelatedField):
    """A collection id, only among the collections of the community of the request."""

    def get_queryset(self):
        return Collection.objects.filter(community=self.context["community"])


class _ItemFieldsSerializer(serializers.Serializer):
    note = StrictCharField(max_length=2000, required=False, allow_blank=True, default="")
    tags = serializers.ListField(child=StrictCharField(max_length=50), max_length=MAX_TAGS, required=False,
                                 default=list)
    collection = _CollectionInCommunityField(required=False, allow_null=True, default=None)


class ItemCreateSerializer(_ItemFieldsSerializer):
    initiative = StrictCharField(help_text=_("Identifiant ou slug d’une initiative publiée."))

    def validate_initiative(self, value: str) -> Initiative:
        value = value.strip()
        initiatives = Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED)
        lookup = {"pk": int(value)} if value.isdigit() and int(value) < 2**63 else {"slug": value}
        initiative = initiatives.filter(**lookup).first()
        if initiative is None:
            raise serializers.ValidationError(_("Aucune initiative publiée ne correspond."))
        return initiative


class ItemUpdateSerializer(serializers.Serializer):
    """Fields left out are unchanged; an empty note or tag list also keeps the current value (see item_add)."""

    note = StrictCharField(max_length=2000, required=False, allow_blank=True)
    tags = serializers.ListField(child=StrictCharField(max_length=50), max_length=MAX_TAGS, required=False)
    collection = _CollectionInCommunityField(required=False, allow_null=True,
                                             help_text=_("null retire l’élément de sa collection."))


class CollectionSerializer(serializers.ModelSerializer):
    serializer_field_mapping = STRICT_FIELD_MAPPING

    theme = CodeField(slug_field="code", queryset=Theme.objects.all(), required=False, allow_null=True,
                      help_text=_("Code de thème."))

    class Meta:
        model = Collection
        fields = ["id", "name", "description", "theme", "position"]
        read_only_fields = ["id", "position"]


class CommentSerializer(serializers.ModelSerializer):
    serializer_field_mapping = STRICT_FIELD_MAPPING

    author = UserRefSerializer(allow_null=True, read_only=True)
    body = StrictCharField(max_length=5000, help_text=_("Texte brut."))

    class Meta:
        model = Comment
        fields = ["id", "author", "body", "hidden", "created_at"]
        read_only_fields = ["id", "author", "hidden", "created_at"]


class ReportCreateSerializer(serializers.Serializer):
    reason = StrictCharField(max_length=1000, required=False, allow_blank=True, default="")


class ReportSerializer(serializers.ModelSerializer):
    class Meta:
        model = Report
        fields = ["id", "status", "created_at"]
        read_only_fields = fields
