"""Writes on communities. Callers check permissions (communities/rules.py); services keep the data consistent."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Max
from django.http import QueryDict
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from communities.models import (
    Activity,
    Collection,
    Comment,
    Community,
    CommunityItem,
    Invitation,
    JoinRequest,
    Membership,
    Profile,
    Report,
    SavedSearch,
    Suggestion,
)
from communities.rules import forget_roles
from communities.selectors import suggestion_list_for_user
from initiatives.models import Initiative
from search.params import search_params_parse
from search.query import matching

MAX_TAGS = 10


class CommunityError(Exception):
    """A request that cannot be honoured; the message is shown to the user as is."""


# --- Profiles and accounts -----------------------------------------------------------------------
def profile_get(*, user) -> Profile:
    profile, _ = Profile.objects.get_or_create(user=user)
    return profile


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete an account. Owned communities pass to their longest-standing moderator (or member), or go."""
    for membership in Membership.objects.filter(user=user, role=Membership.Role.OWNER).select_related("community"):
        community = membership.community
        successor = (
            Membership.objects.filter(community=community, role=Membership.Role.MODERATOR).exclude(user=user)
            .order_by("joined_at").first()
            or Membership.objects.filter(community=community).exclude(user=user).order_by("joined_at").first()
        )
        if successor is None:
            community.delete()
            continue
        membership.delete()
        successor.role = Membership.Role.OWNER
        successor.save(update_fields=["role"])
    user.delete()


# --- Communities ---------------------------------------------------------------------------------
def _unique_slug(name: str) -> str:
    base = slugify(name)[:120] or "communaute"
    slug, n = base, 1
    while Community.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _activity(community: Community, actor, verb: str, *, item: CommunityItem | None = None, label: str = "") -> None:
    Activity.objects.create(community=community, actor=actor, verb=verb, item=item, label=label[:300])


@transaction.atomic
def community_create(*, user, name: str, description: str = "", visibility: str = Community.Visibility.PUBLIC,
                     join_policy: str = Community.JoinPolicy.OPEN, themes: Iterable = (), region=None,
                     departement=None, cover_image=None) -> Community:
    community = Community.objects.create(
        name=name.strip(), slug=_unique_slug(name), description=description, visibility=visibility,
        join_policy=join_policy, region=region, departement=departement, created_by=user,
        cover_image=cover_image or "",
    )
    community.themes.set(themes)
    Membership.objects.create(community=community, user=user, role=Membership.Role.OWNER)
    forget_roles(user)
    _activity(community, user, Activity.Verb.CREATED)
    return community


def community_join(*, community: Community, user) -> Membership:
    membership, created = Membership.objects.get_or_create(community=community, user=user)
    if created:
        _activity(community, user, Activity.Verb.JOINED)
    forget_roles(user)
    return membership


def _community_mail(*, subject: str, template: str, context: dict, recipients: list[str]) -> None:
    """One e-mail about a community, sent once the transaction that caused it is committed."""
    if not recipients:
        return
    context = {**context, "link": f"{settings.SITE_URL.rstrip('/')}{context['community'].get_absolute_url()}"}
    message = render_to_string(template, context)
    transaction.on_commit(lambda: send_mail(subject=subject, message=message, from_email=settings.DEFAULT_FROM_EMAIL,
                                            recipient_list=recipients))


def join_request_create(*, community: Community, user, message: str = "") -> JoinRequest:
    """A request to join; the people who may accept it (rules.py, ``manage_members``) get an e-mail."""
    existing = JoinRequest.objects.filter(community=community, user=user, status=JoinRequest.Status.PENDING).first()
    if existing:
        return existing
    join_request = JoinRequest.objects.create(community=community, user=user, message=message)
    # The rule decides (rules.py); only the community's owner and moderators can hold it, so only they are asked
    # (one query, not one per member).
    candidates = community.memberships.filter(role__in=[Membership.Role.OWNER, Membership.Role.MODERATOR])
    deciders = [membership.user for membership in candidates.select_related("user")
                if membership.user.has_perm("communities.manage_members", community)]
    _community_mail(
        subject=_("Nouvelle demande pour rejoindre « %(name)s »") % {"name": community.name},
        template="communities/email/join_request.txt",
        context={"community": community, "requester": profile_get(user=user).name, "message": message},
        recipients=[decider.email for decider in deciders if decider.email],
    )
    return join_request


@transaction.atomic
def join_request_decide(*, join_request: JoinRequest, moderator, approve: bool) -> JoinRequest:
    """Accept or refuse a request; the person who asked is told by e-mail either way."""
    if join_request.status != JoinRequest.Status.PENDING:
        raise CommunityError(_("Cette demande a déjà été traitée."))
    join_request.status = JoinRequest.Status.APPROVED if approve else JoinRequest.Status.REJECTED
    join_request.decided_by, join_request.decided_at = moderator, timezone.now()
    join_request.save()
    community = join_request.community
    if approve:
        community_join(community=community, user=join_request.user)
    _community_mail(
        subject=(_("Bienvenue dans la communauté « %(name)s »") if approve
                 else _("Votre demande pour rejoindre « %(name)s »")) % {"name": community.name},
        template="communities/email/join_request_decided.txt",
        context={"community": community, "approved": approve},
        recipients=[join_request.user.email] if join_request.user.email else [],
    )
    return join_request


def invitation_create(*, community: Community, email: str, invited_by, base_url: str) -> Invitation:
    invitation = Invitation.objects.create(community=community, email=email.strip().lower(), invited_by=invited_by)
    link = f"{base_url.rstrip('/')}{invitation_path(invitation)}"
    inviter = profile_get(user=invited_by).name if invited_by else ""
    context = {"community": community, "link": link, "inviter": inviter, "expires_at": invitation.expires_at}
    send_mail(
        subject=_("Invitation à rejoindre la communauté « %(name)s »") % {"name": community.name},
        message=render_to_string("communities/email/invitation.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[invitation.email],
    )
    return invitation


def invitation_path(invitation: Invitation) -> str:
    from django.urls import reverse

    return reverse("communities:invitation", kwargs={"token": invitation.token})


@transaction.atomic
def invitation_accept(*, token: str, user) -> Community:
    invitation = Invitation.objects.select_for_update().select_related("community").filter(token=token).first()
    if invitation is None:
        raise CommunityError(_("Cette invitation n’existe pas."))
    if invitation.accepted_at is not None:
        raise CommunityError(_("Cette invitation a déjà été utilisée."))
    if invitation.revoked_at is not None:
        raise CommunityError(_("Cette invitation a été annulée par la communauté."))
    if invitation.expires_at <= timezone.now():
        raise CommunityError(_("Cette invitation a expiré : demandez-en une nouvelle."))
    if not invitation_addressed_to(invitation=invitation, user=user):
        # The link may have been forwarded: it admits only the person it was sent to.
        raise CommunityError(_(
            "Cette invitation a été envoyée à une autre adresse (%(email)s). Connectez-vous avec le compte de cette "
            "adresse, ou ajoutez-la à votre compte et confirmez-la, puis ouvrez de nouveau le lien."
        ) % {"email": email_masked(invitation.email)})
    invitation.accepted_at, invitation.accepted_by = timezone.now(), user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    community_join(community=invitation.community, user=user)
    return invitation.community


def invitation_addressed_to(*, invitation: Invitation, user) -> bool:
    """Whether ``user`` has confirmed (allauth) the address the invitation was sent to."""
    return EmailAddress.objects.filter(user=user, email__iexact=invitation.email, verified=True).exists()


def email_masked(email: str) -> str:
    """An address shown to someone who may not own it: its first letter and its domain ("c•••@exemple.fr")."""
    local, _at, domain = email.partition("@")
    return f"{local[:1]}•••@{domain}" if domain else "•••"


def invitation_revoke(*, invitation: Invitation, by) -> None:
    """Cancel an invitation not yet accepted: its link no longer admits anyone."""
    if invitation.accepted_at is not None:
        raise CommunityError(_("Cette invitation a déjà été acceptée."))
    if invitation.revoked_at is None:
        invitation.revoked_at, invitation.revoked_by = timezone.now(), by
        invitation.save(update_fields=["revoked_at", "revoked_by"])


def membership_leave(*, community: Community, user) -> None:
    membership = Membership.objects.filter(community=community, user=user).first()
    if membership is None:
        return
    if membership.role == Membership.Role.OWNER:
        raise CommunityError(_("Transférez d’abord la propriété de la communauté à un autre membre."))
    membership.delete()
    forget_roles(user)
    _activity(community, user, Activity.Verb.LEFT)


def membership_remove(*, membership: Membership, by) -> None:
    if membership.role == Membership.Role.OWNER:
        raise CommunityError(_("La propriétaire ou le propriétaire ne peut pas être retiré."))
    by_role = Membership.objects.filter(community=membership.community, user=by).values_list("role", flat=True).first()
    if membership.role == Membership.Role.MODERATOR and by_role != Membership.Role.OWNER and not by.is_staff:
        raise CommunityError(_("Seul le propriétaire peut retirer un modérateur."))
    membership.delete()
    forget_roles(membership.user)


def membership_set_role(*, membership: Membership, role: str) -> Membership:
    if role not in (Membership.Role.MODERATOR, Membership.Role.MEMBER):
        raise CommunityError(_("Utilisez le transfert de propriété pour changer de propriétaire."))
    if membership.role == Membership.Role.OWNER:
        raise CommunityError(_("Transférez d’abord la propriété de la communauté."))
    membership.role = role
    membership.save(update_fields=["role"])
    return membership


@transaction.atomic
def ownership_transfer(*, community: Community, new_owner) -> None:
    target = Membership.objects.select_for_update().filter(community=community, user=new_owner).first()
    if target is None:
        raise CommunityError(_("La nouvelle propriétaire ou le nouveau propriétaire doit être membre."))
    Membership.objects.filter(community=community, role=Membership.Role.OWNER).update(role=Membership.Role.MODERATOR)
    target.role = Membership.Role.OWNER
    target.save(update_fields=["role"])


# --- Items, collections, comments ----------------------------------------------------------------
def clean_tags(tags: Iterable[str] | str) -> list[str]:
    if isinstance(tags, str):
        tags = tags.split(",")
    cleaned: list[str] = []
    for tag in tags:
        tag = re.sub(r"\s+", " ", str(tag)).strip()[:50]
        if tag and tag.lower() not in {t.lower() for t in cleaned}:
            cleaned.append(tag)
    return cleaned[:MAX_TAGS]


@transaction.atomic
def item_add(*, community: Community, initiative: Initiative, user, note: str = "", tags: Iterable[str] | str = (),
             collection: Collection | None = None) -> CommunityItem:
    """Gather an initiative into a community (idempotent: a second add updates the note and tags)."""
    if collection is not None and collection.community_id != community.pk:
        raise CommunityError(_("Cette collection appartient à une autre communauté."))
    item = CommunityItem.objects.filter(community=community, initiative=initiative).first()
    if item is not None:
        item.note = note or item.note
        item.tags = clean_tags(tags) or item.tags
        item.collection = collection or item.collection
        item.save()
        return item
    position = (CommunityItem.objects.filter(community=community).aggregate(top=Max("position"))["top"] or 0) + 1
    item = CommunityItem.objects.create(
        community=community, initiative=initiative, added_by=user, note=note, tags=clean_tags(tags),
        collection=collection, position=position,
    )
    _activity(community, user, Activity.Verb.ADDED, item=item, label=initiative.title)
    Suggestion.objects.filter(saved_search__community=community, initiative=initiative,
                              status=Suggestion.Status.PENDING).update(status=Suggestion.Status.ACCEPTED)
    return item


_UNCHANGED = object()


def item_update(*, item: CommunityItem, note: str | object = _UNCHANGED, tags: Iterable[str] | str | object = _UNCHANGED
                ) -> CommunityItem:
    """Change an item's note and/or tags; an empty value clears it (unlike a second ``item_add``)."""
    fields = []
    if note is not _UNCHANGED:
        item.note = str(note).strip()[:2000]
        fields.append("note")
    if tags is not _UNCHANGED:
        item.tags = clean_tags(tags)
        fields.append("tags")
    if fields:
        item.save(update_fields=fields)
    return item


def item_remove(*, item: CommunityItem) -> None:
    item.delete()


def item_move(*, item: CommunityItem, collection: Collection | None = None, direction: str | None = None) -> None:
    """Put an item in a collection (or none), or move it one place up or down within its list."""
    if collection is not None and collection.community_id != item.community_id:
        raise CommunityError(_("Cette collection appartient à une autre communauté."))
    if direction is None:
        item.collection = collection
        item.save(update_fields=["collection"])
        return
    siblings = list(CommunityItem.objects.filter(community=item.community_id, collection=item.collection_id)
                    .order_by("position", "-created_at"))
    index = next(i for i, sibling in enumerate(siblings) if sibling.pk == item.pk)
    other = index - 1 if direction == "up" else index + 1
    if not 0 <= other < len(siblings):
        return
    siblings[index], siblings[other] = siblings[other], siblings[index]
    for position, sibling in enumerate(siblings, start=1):
        if sibling.position != position:
            CommunityItem.objects.filter(pk=sibling.pk).update(position=position)


def collection_create(*, community: Community, user, name: str, description: str = "", theme=None) -> Collection:
    position = (community.collections.aggregate(top=Max("position"))["top"] or 0) + 1
    collection = Collection.objects.create(community=community, name=name.strip(), description=description,
                                           theme=theme, position=position)
    _activity(community, user, Activity.Verb.COLLECTION, label=collection.name)
    return collection


def comment_add(*, item: CommunityItem, user, body: str) -> Comment:
    body = body.strip()
    if not body:
        raise CommunityError(_("Le commentaire est vide."))
    comment = Comment.objects.create(item=item, author=user, body=body[:5000])
    _activity(item.community, user, Activity.Verb.COMMENTED, item=item, label=item.initiative.title)
    return comment


# --- Moderation ----------------------------------------------------------------------------------
def report_create(*, user, reason: str, item: CommunityItem | None = None, comment: Comment | None = None) -> Report:
    if (item is None) == (comment is None):
        raise CommunityError(_("Signalez un élément ou un commentaire."))
    community = item.community if item is not None else comment.item.community
    return Report.objects.create(community=community, item=item, comment=comment, reporter=user,
                                 reason=reason.strip()[:1000] or _("Sans motif"))


def content_set_hidden(*, target: CommunityItem | Comment, hidden: bool, by) -> None:
    target.hidden = hidden
    target.save(update_fields=["hidden"])
    field = "item" if isinstance(target, CommunityItem) else "comment"
    Report.objects.filter(**{field: target}, status=Report.Status.OPEN).update(
        status=Report.Status.HIDDEN if hidden else Report.Status.DISMISSED, handled_by=by
    )


def report_dismiss(*, report: Report, by) -> None:
    report.status, report.handled_by = Report.Status.DISMISSED, by
    report.save(update_fields=["status", "handled_by"])


# --- Watched searches ----------------------------------------------------------------------------
def saved_search_create(*, name: str, query: str, created_by, user=None, community: Community | None = None
                        ) -> SavedSearch:
    """Watch a search. ``query`` is the query string of /recherche/ (``page`` and ``sort`` are dropped)."""
    params = QueryDict(query.lstrip("?"), mutable=True)
    for key in ("page", "sort"):
        params.pop(key, None)
    return SavedSearch.objects.create(name=name.strip()[:120] or _("Recherche suivie"), query=params.urlencode(),
                                      user=user, community=community, created_by=created_by)


@dataclass
class WatchStats:
    searches: int = 0
    suggestions: int = 0


def watched_searches_refresh(*, limit_per_search: int = 200) -> WatchStats:
    """Find initiatives that newly match each watched search and put them in its owner's inbox.

    "Newly" means changed (created, updated, merged) since the last check and neither already gathered by
    the community nor already suggested: a re-harvest never suggests the same initiative twice.
    """
    stats = WatchStats()
    for saved in SavedSearch.objects.select_related("community"):
        checked_at = timezone.now()
        params = search_params_parse(QueryDict(saved.query))
        candidates = matching(params).filter(last_updated__gt=saved.last_checked_at)
        if saved.community_id:
            candidates = candidates.exclude(community_items__community_id=saved.community_id)
        ids = list(candidates.exclude(pk__in=Suggestion.objects.filter(saved_search=saved).values("initiative_id"))
                   .values_list("pk", flat=True).distinct()[:limit_per_search])
        created = Suggestion.objects.bulk_create(
            [Suggestion(saved_search=saved, initiative_id=pk) for pk in ids], ignore_conflicts=True
        )
        if created and saved.community_id:
            _activity(saved.community, None, Activity.Verb.SUGGESTED,
                      label=_("%(count)s pour « %(name)s »") % {"count": len(created), "name": saved.name})
        saved.last_checked_at = checked_at
        saved.save(update_fields=["last_checked_at"])
        stats.searches += 1
        stats.suggestions += len(created)
    return stats


def suggestion_accept(*, suggestion: Suggestion, user, collection: Collection | None = None) -> CommunityItem | None:
    suggestion.status = Suggestion.Status.ACCEPTED
    suggestion.save(update_fields=["status"])
    community = suggestion.saved_search.community
    if community is None:
        return None
    return item_add(community=community, initiative=suggestion.initiative, user=user, collection=collection)


def suggestion_dismiss(*, suggestion: Suggestion) -> None:
    suggestion.status = Suggestion.Status.DISMISSED
    suggestion.save(update_fields=["status"])


def digest_send(*, base_url: str) -> int:
    """E-mail each opted-in user the pending suggestions that arrived since their last digest; returns mails sent."""
    sent = 0
    for profile in Profile.objects.filter(email_digest=True).select_related("user"):
        user = profile.user
        since = profile.last_digest_at
        suggestions = [s for s in suggestion_list_for_user(user=user) if since is None or s.created_at > since]
        if not suggestions:
            continue
        with translation.override(settings.LANGUAGE_CODE):
            message = render_to_string("communities/email/digest.txt", {
                "profile": profile, "suggestions": suggestions[:50], "count": len(suggestions), "base_url": base_url,
            })
            subject = _("Carrefour : %(count)s nouvelles initiatives pour vos recherches suivies") % {
                "count": len(suggestions)}
        send_mail(subject=subject, message=message, from_email=settings.DEFAULT_FROM_EMAIL,
                  recipient_list=[user.email])
        profile.last_digest_at = timezone.now()
        profile.save(update_fields=["last_digest_at"])
        sent += 1
    return sent
