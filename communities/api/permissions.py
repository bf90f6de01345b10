"""One DRF permission class over the django-rules permissions of communities/rules.py.

Views name the rules permission of each action; the community is resolved through the visibility selector
first, so a community the user may not see gives a 404 before any 403 (its existence never leaks).
"""

from __future__ import annotations

from typing import Protocol

from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from communities.models import Community, CommunityItem

ANYONE = "*"
"""Permission value of an action that needs no rules permission (e.g. the list of visible communities)."""


class CommunityScopedView(Protocol):
    action: str | None
    community_permissions: dict[str, str]

    def get_permission_community(self) -> Community | None: ...


class HasCommunityPermission(BasePermission):
    """``request.user.has_perm(view.community_permissions[view.action], community)``; unlisted actions are denied."""

    message = _("Vous n’avez pas les droits nécessaires pour cette action dans cette communauté.")

    def has_permission(self, request: Request, view: CommunityScopedView) -> bool:
        if view.action is None:  # OPTIONS or a method the route lacks: DRF answers, none of our handlers runs
            return True
        perm = view.community_permissions.get(view.action)
        if perm is None:
            return False
        community = view.get_permission_community()  # raises Http404 when not visible
        return perm == ANYONE or request.user.has_perm(perm, community)


class IsAdderOrModerator(BasePermission):
    """Editing or removing an item: the member who added it, or a moderator (as the HTML item pages)."""

    message = _("Seuls l’auteur de l’ajout et les modérateurs peuvent modifier ou retirer cet élément.")
    actions = ("update", "partial_update", "destroy")

    def has_object_permission(self, request: Request, view, obj: CommunityItem) -> bool:
        if view.action not in self.actions:
            return True
        return request.user.has_perm("communities.change_item", obj)
