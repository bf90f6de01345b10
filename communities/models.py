"""Community workspaces: people who gather, annotate and discuss the initiatives of one challenge."""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

INVITATION_LIFETIME = timedelta(days=14)


class Profile(models.Model):
    """What members tell about themselves; the account itself is Django's user, managed by allauth."""

    class Role(models.TextChoices):
        PORTEUR = "porteur", _("porteur·se de projet")
        ACCOMPAGNATEUR = "accompagnateur", _("accompagnateur·rice")
        FINANCEUR = "financeur", _("financeur")
        ELU = "elu", _("élu·e")
        AGENT = "agent", _("agent·e public·que")
        CHERCHEUR = "chercheur", _("chercheur·se")
        CITOYEN = "citoyen", _("citoyen·ne")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    display_name = models.CharField(_("nom affiché"), max_length=100, blank=True)
    bio = models.TextField(_("présentation"), max_length=1000, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    role = models.CharField(_("rôle"), max_length=20, choices=Role.choices, blank=True)
    email_digest = models.BooleanField(
        _("recevoir le récapitulatif des suggestions par courriel"), default=False
    )
    last_digest_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("profil")
        verbose_name_plural = _("profils")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The name shown to others, in lists and public activity feeds. Never taken from the e-mail address (its
        start was shown before, « jean.dupont » for all to read): without a chosen name, a neutral « Membre n° N »."""
        return (self.display_name or self.user.get_full_name()
                or gettext("Membre n° %(number)s") % {"number": self.user_id})


class Community(models.Model):
    class Visibility(models.TextChoices):
        PUBLIC = "public", _("publique")
        PRIVATE = "private", _("privée (visible des seuls membres)")

    class JoinPolicy(models.TextChoices):
        OPEN = "open", _("ouverte")
        REQUEST = "request", _("sur demande")
        INVITATION = "invitation", _("sur invitation")

    name = models.CharField(_("nom"), max_length=120)
    slug = models.SlugField(_("adresse"), max_length=140, unique=True)
    description = models.TextField(_("description"), max_length=5000, blank=True)
    cover_image = models.ImageField(_("image de couverture"), upload_to="communities/covers/", blank=True)
    themes = models.ManyToManyField("initiatives.Theme", blank=True, related_name="communities",
                                    verbose_name=_("thèmes"))
    region = models.ForeignKey("initiatives.Region", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="communities", verbose_name=_("région"))
    departement = models.ForeignKey("initiatives.Departement", on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="communities", verbose_name=_("département"))
    visibility = models.CharField(_("visibilité"), max_length=10, choices=Visibility.choices,
                                  default=Visibility.PUBLIC, db_index=True)
    join_policy = models.CharField(_("adhésion"), max_length=12, choices=JoinPolicy.choices, default=JoinPolicy.OPEN)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+", verbose_name=_("créée par"))
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("communauté")
        verbose_name_plural = _("communautés")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("communities:detail", kwargs={"slug": self.slug})

    @property
    def is_public(self) -> bool:
        return self.visibility == self.Visibility.PUBLIC


class Membership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", _("propriétaire")
        MODERATOR = "moderator", _("modérateur·rice")
        MEMBER = "member", _("membre")

    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("rôle"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField(_("membre depuis"), auto_now_add=True)

    class Meta:
        verbose_name = _("adhésion")
        verbose_name_plural = _("adhésions")
        constraints = [
            models.UniqueConstraint(fields=["community", "user"], name="membership_unique"),
            # Exactly one owner is kept by the services; the database forbids a second one.
            models.UniqueConstraint(fields=["community"], condition=Q(role="owner"), name="membership_one_owner"),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.community} ({self.get_role_display()})"


class JoinRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("en attente")
        APPROVED = "approved", _("acceptée")
        REJECTED = "rejected", _("refusée")

    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="join_requests")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="join_requests")
    message = models.TextField(_("message"), max_length=1000, blank=True)
    status = models.CharField(_("statut"), max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("demande d’adhésion")
        verbose_name_plural = _("demandes d’adhésion")
        constraints = [
            models.UniqueConstraint(fields=["community", "user"], condition=Q(status="pending"),
                                    name="join_request_one_pending"),
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.community} ({self.get_status_display()})"


def _invitation_token() -> str:
    return secrets.token_urlsafe(32)


def _invitation_expiry():
    return timezone.now() + INVITATION_LIFETIME


class Invitation(models.Model):
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("courriel"))
    token = models.CharField(max_length=64, unique=True, default=_invitation_token, editable=False)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=_invitation_expiry)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    revoked_at = models.DateTimeField(_("annulée le"), null=True, blank=True)
    revoked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("annulée par"))

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self) -> str:
        return f"{self.email} → {self.community}"

    @property
    def is_usable(self) -> bool:
        return self.accepted_at is None and self.revoked_at is None and self.expires_at > timezone.now()


class Collection(models.Model):
    """An ordered, themed list of a community's items."""

    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="collections")
    name = models.CharField(_("nom"), max_length=120)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    theme = models.ForeignKey("initiatives.Theme", on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="+", verbose_name=_("thème"))
    position = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("collection")
        verbose_name_plural = _("collections")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.name


class CommunityItem(models.Model):
    """An initiative gathered by a member, with the member's note and tags."""

    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="items")
    initiative = models.ForeignKey("initiatives.Initiative", on_delete=models.CASCADE, related_name="community_items")
    collection = models.ForeignKey(Collection, on_delete=models.SET_NULL, null=True, blank=True, related_name="items",
                                   verbose_name=_("collection"))
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    note = models.TextField(_("note"), max_length=2000, blank=True)
    tags = ArrayField(models.CharField(max_length=50), default=list, blank=True, verbose_name=_("étiquettes"))
    position = models.PositiveIntegerField(default=0)
    hidden = models.BooleanField(_("masqué par la modération"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("initiative de la communauté")
        verbose_name_plural = _("initiatives de la communauté")
        ordering = ["position", "-created_at"]
        constraints = [models.UniqueConstraint(fields=["community", "initiative"], name="community_item_unique")]

    def __str__(self) -> str:
        return f"{self.initiative} @ {self.community}"

    def get_absolute_url(self) -> str:
        return reverse("communities:item", kwargs={"slug": self.community.slug, "pk": self.pk})


class Comment(models.Model):
    item = models.ForeignKey(CommunityItem, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    body = models.TextField(_("commentaire"), max_length=5000)
    hidden = models.BooleanField(_("masqué par la modération"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("commentaire")
        verbose_name_plural = _("commentaires")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return self.body[:60]


class Activity(models.Model):
    """One line of a community's activity feed (written by the services, never edited)."""

    class Verb(models.TextChoices):
        CREATED = "created", _("a créé la communauté")
        JOINED = "joined", _("a rejoint la communauté")
        LEFT = "left", _("a quitté la communauté")
        ADDED = "added", _("a ajouté")
        COMMENTED = "commented", _("a commenté")
        COLLECTION = "collection", _("a créé la collection")
        SUGGESTED = "suggested", _("nouvelles suggestions")

    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="activities")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    verb = models.CharField(max_length=12, choices=Verb.choices)
    item = models.ForeignKey(CommunityItem, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    label = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("activité")
        verbose_name_plural = _("activités")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_verb_display()} {self.label}".strip()


class SavedSearch(models.Model):
    """A watched search: a query string of /recherche/, checked after each harvest for new matches."""

    name = models.CharField(_("nom"), max_length=120)
    query = models.CharField(_("recherche"), max_length=1000, help_text=_("Paramètres de la page de recherche."))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True,
                             related_name="saved_searches")
    community = models.ForeignKey(Community, on_delete=models.CASCADE, null=True, blank=True,
                                  related_name="saved_searches")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    last_checked_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("recherche suivie")
        verbose_name_plural = _("recherches suivies")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(user__isnull=True) ^ Q(community__isnull=True),
                                   name="saved_search_one_owner"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_search_url(self) -> str:
        return f"{reverse('search:search')}?{self.query}"


class Suggestion(models.Model):
    """An initiative that newly matches a watched search, waiting in an inbox to be accepted or dismissed."""

    class Status(models.TextChoices):
        PENDING = "pending", _("à examiner")
        ACCEPTED = "accepted", _("acceptée")
        DISMISSED = "dismissed", _("écartée")

    saved_search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="suggestions")
    initiative = models.ForeignKey("initiatives.Initiative", on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("suggestion")
        verbose_name_plural = _("suggestions")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["saved_search", "initiative"], name="suggestion_unique")]

    def __str__(self) -> str:
        return f"{self.initiative_id} ({self.get_status_display()})"


class Report(models.Model):
    """A member's report of a comment or an item; moderators act on it, staff see all in the admin."""

    class Status(models.TextChoices):
        OPEN = "open", _("à traiter")
        HIDDEN = "hidden", _("contenu masqué")
        DISMISSED = "dismissed", _("classé sans suite")

    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="reports")
    item = models.ForeignKey(CommunityItem, on_delete=models.CASCADE, null=True, blank=True, related_name="reports")
    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, null=True, blank=True, related_name="reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    reason = models.TextField(_("motif"), max_length=1000)
    status = models.CharField(_("statut"), max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True)
    created_at = models.DateTimeField(_("signalé le"), auto_now_add=True)
    handled_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")

    class Meta:
        verbose_name = _("signalement")
        verbose_name_plural = _("signalements")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(item__isnull=True) ^ Q(comment__isnull=True),
                                   name="report_one_target"),
        ]

    def __str__(self) -> str:
        return f"{self.get_status_display()} – {self.reason[:60]}"
