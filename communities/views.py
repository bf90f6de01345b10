"""Community pages. Each view loads what it may see (selectors), checks a rules permission, calls a service."""

from __future__ import annotations

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from communities import selectors, services
from communities.community_forms import (
    CollectionForm,
    CommentForm,
    CommunityForm,
    InviteForm,
    ItemAddForm,
    JoinRequestForm,
    ReportForm,
    RoleForm,
    SavedSearchForm,
)
from communities.models import (
    Collection,
    Comment,
    Community,
    CommunityItem,
    Invitation,
    JoinRequest,
    Membership,
    SavedSearch,
    Suggestion,
)
from communities.services import CommunityError
from initiatives.models import Initiative


def _require(request: HttpRequest, perm: str, target: Community | CommunityItem) -> None:
    """The rule of communities/rules.py for ``perm`` on ``target`` (the community, or an item for change_item)."""
    if not request.user.has_perm(f"communities.{perm}", target):
        raise PermissionDenied(_("Vous n’avez pas les droits nécessaires pour cette action dans cette communauté."))


def _back(request: HttpRequest, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return default


def _permissions(request: HttpRequest, community: Community) -> dict[str, bool]:
    names = ["join_community", "request_join", "leave_community", "add_item", "comment", "report", "moderate",
             "invite", "manage_members", "edit_community", "delete_community", "transfer_ownership", "export",
             "watch_search"]
    return {name: request.user.has_perm(f"communities.{name}", community) for name in names}


# --- Listing and creation ------------------------------------------------------------------------
def community_list(request: HttpRequest) -> HttpResponse:
    q = (request.GET.get("q") or "").strip()[:100]
    page = Paginator(selectors.community_list_visible(user=request.user, q=q), 12).get_page(request.GET.get("page"))
    mine = list(selectors.communities_of(user=request.user))
    return render(request, "communities/community_list.html", {
        "page_title": _("Communautés"), "page_obj": page, "q": q, "mine": mine,
        "query_string": f"q={q}" if q else "",
        "can_create": request.user.has_perm("communities.create_community"),
    })


@login_required
def community_create(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("communities.create_community"):
        messages.warning(request, _("Confirmez d’abord votre adresse électronique pour créer une communauté."))
        return redirect("account_email")
    form = CommunityForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        community = services.community_create(
            user=request.user, name=data["name"], description=data["description"], visibility=data["visibility"],
            join_policy=data["join_policy"], themes=data["themes"], region=data["region"],
            departement=data["departement"], cover_image=data.get("cover_image"),
        )
        messages.success(request, _("La communauté « %(name)s » est créée.") % {"name": community.name})
        return redirect(community)
    return render(request, "communities/community_form.html", {"form": form, "page_title": _("Créer une communauté")})


# --- One community -------------------------------------------------------------------------------
def community_detail(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.community_get_visible(slug=slug, user=request.user)
    perms = _permissions(request, community)
    items = list(selectors.item_list(community=community, show_hidden=perms["moderate"]))
    collections = list(community.collections.all())
    by_collection: dict[int | None, list[CommunityItem]] = {}
    for item in items:
        by_collection.setdefault(item.collection_id, []).append(item)
    sections = [(collection, by_collection.get(collection.pk, [])) for collection in collections]
    context = {
        "community": community,
        "page_title": community.name,
        "perms": perms,
        "membership": selectors.membership_get(community=community, user=request.user),
        "sections": sections,
        "loose_items": by_collection.get(None, []),
        "item_count": len(items),
        "member_count": community.memberships.count(),
        "activities": selectors.activity_list(community=community),
        "pending_request": request.user.is_authenticated and JoinRequest.objects.filter(
            community=community, user=request.user, status=JoinRequest.Status.PENDING).exists(),
        "join_requests": selectors.join_requests_pending(community=community) if perms["manage_members"] else [],
        "suggestion_count": selectors.suggestion_list(community=community).count() if perms["add_item"] else 0,
        "join_form": JoinRequestForm(),
        "collection_form": CollectionForm(),
    }
    return render(request, "communities/community_detail.html", context)


@login_required
def community_edit(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.community_get_visible(slug=slug, user=request.user)
    _require(request, "edit_community", community)
    form = CommunityForm(request.POST or None, request.FILES or None, instance=community)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Modifications enregistrées."))
        return redirect(community)
    return render(request, "communities/community_form.html", {
        "form": form, "community": community, "page_title": _("Modifier « %(name)s »") % {"name": community.name},
    })


@login_required
def community_delete(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.community_get_visible(slug=slug, user=request.user)
    _require(request, "delete_community", community)
    if request.method == "POST":
        name = community.name
        community.delete()
        messages.success(request, _("La communauté « %(name)s » a été supprimée.") % {"name": name})
        return redirect("communities:list")
    return render(request, "communities/community_confirm_delete.html", {
        "community": community, "page_title": _("Supprimer « %(name)s »") % {"name": community.name},
    })


@login_required
@require_POST
def community_join(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.community_get_visible(slug=slug, user=request.user)
    if request.user.has_perm("communities.join_community", community):
        services.community_join(community=community, user=request.user)
        messages.success(request, _("Bienvenue dans la communauté « %(name)s » !") % {"name": community.name})
    elif request.user.has_perm("communities.request_join", community):
        form = JoinRequestForm(request.POST)
        message = form.cleaned_data["message"] if form.is_valid() else ""
        services.join_request_create(community=community, user=request.user, message=message)
        messages.success(request, _("Votre demande a été transmise aux modérateurs de la communauté."))
    else:
        raise PermissionDenied(_("Cette communauté n’accueille de nouveaux membres que sur invitation."))
    return redirect(community)


@login_required
@require_POST
def community_leave(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.community_get_visible(slug=slug, user=request.user)
    try:
        services.membership_leave(community=community, user=request.user)
    except CommunityError as error:
        messages.error(request, str(error))
        return redirect(community)
    messages.success(request, _("Vous avez quitté la communauté « %(name)s ».") % {"name": community.name})
    return redirect("communities:list")


# --- Members, invitations, requests --------------------------------------------------------------
@login_required
def member_list(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.community_get_visible(slug=slug, user=request.user)
    _require(request, "view_community", community)
    perms = _permissions(request, community)
    invite_form = InviteForm(request.POST or None)
    if request.method == "POST":
        _require(request, "invite", community)
        if invite_form.is_valid():
            services.invitation_create(community=community, email=invite_form.cleaned_data["email"],
                                       invited_by=request.user, base_url=request.build_absolute_uri("/"))
            messages.success(request, _("Invitation envoyée à %(email)s.") % {"email": invite_form.cleaned_data["email"]})
            return redirect("communities:members", slug=community.slug)
    return render(request, "communities/member_list.html", {
        "community": community, "perms": perms, "members": selectors.member_list(community=community),
        "invite_form": invite_form, "page_title": _("Membres de « %(name)s »") % {"name": community.name},
        "invitations": selectors.invitations_pending(community=community) if perms["invite"] else [],
        "join_requests": selectors.join_requests_pending(community=community) if perms["manage_members"] else [],
        "roles": RoleForm.base_fields["role"].choices,
    })


@login_required
@require_POST
def member_update(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    community = selectors.community_get_visible(slug=slug, user=request.user)
    membership = get_object_or_404(Membership, community=community, pk=pk)
    action = request.POST.get("action")
    try:
        if action == "remove":
            _require(request, "manage_members", community)
            services.membership_remove(membership=membership, by=request.user)
            messages.success(request, _("Membre retiré."))
        elif action == "role":
            _require(request, "transfer_ownership", community)  # only the owner appoints moderators
            form = RoleForm(request.POST)
            if form.is_valid():
                services.membership_set_role(membership=membership, role=form.cleaned_data["role"])
                messages.success(request, _("Rôle modifié."))
        elif action == "transfer":
            _require(request, "transfer_ownership", community)
            services.ownership_transfer(community=community, new_owner=membership.user)
            messages.success(request, _("La communauté a une nouvelle personne propriétaire."))
        else:
            raise Http404
    except CommunityError as error:
        messages.error(request, str(error))
    return redirect("communities:members", slug=community.slug)


@login_required
@require_POST
def join_request_decide(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    community = selectors.community_get_visible(slug=slug, user=request.user)
    _require(request, "manage_members", community)
    join_request = get_object_or_404(JoinRequest, community=community, pk=pk)
    try:
        approve = request.POST.get("decision") == "approve"
        services.join_request_decide(join_request=join_request, moderator=request.user, approve=approve)
        name = join_request.user.profile.name
        messages.success(request, (_("%(name)s est maintenant membre. Un courriel l’en informe.") if approve else
                                   _("Demande de %(name)s refusée. Un courriel l’en informe.")) % {"name": name})
    except CommunityError as error:
        messages.error(request, str(error))
    return redirect(_back(request, reverse("communities:members", kwargs={"slug": community.slug})))


@login_required
def invitation_accept(request: HttpRequest, token: str) -> HttpResponse:
    invitation = Invitation.objects.select_related("community").filter(token=token).first()
    if request.method == "POST":
        try:
            community = services.invitation_accept(token=token, user=request.user)
        except CommunityError as error:
            messages.error(request, str(error))
            return redirect("communities:list")
        messages.success(request, _("Bienvenue dans la communauté « %(name)s » !") % {"name": community.name})
        return redirect(community)
    usable = invitation if invitation and invitation.is_usable else None
    return render(request, "communities/invitation.html", {
        "invitation": usable,
        # The link was forwarded, or the person is signed in with another account: say so before they try.
        "other_address": services.email_masked(usable.email) if usable and not services.invitation_addressed_to(
            invitation=usable, user=request.user) else "",
        "page_title": _("Invitation"),
    })


@login_required
@require_POST
def invitation_revoke(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    community = selectors.community_get_visible(slug=slug, user=request.user)
    _require(request, "invite", community)
    invitation = get_object_or_404(Invitation, pk=pk, community=community)
    try:
        services.invitation_revoke(invitation=invitation, by=request.user)
        messages.success(request, _("L’invitation envoyée à %(email)s est annulée.") % {"email": invitation.email})
    except CommunityError as error:
        messages.error(request, str(error))
    return redirect("communities:members", slug=community.slug)


# --- Items ---------------------------------------------------------------------------------------
@login_required
def item_add(request: HttpRequest, initiative_slug: str) -> HttpResponse:
    initiative = get_object_or_404(Initiative, slug=initiative_slug, visibility=Initiative.Visibility.PUBLISHED)
    communities = selectors.communities_of(user=request.user)
    if not communities.exists():
        messages.info(request, _("Rejoignez ou créez d’abord une communauté pour y rassembler des initiatives."))
        return redirect("communities:list")
    initial = {"community": request.GET.get("communaute")} if request.GET.get("communaute") else None
    form = ItemAddForm(request.POST or None, communities=communities, initial=initial)
    if request.method == "POST" and form.is_valid():
        community = form.cleaned_data["community"]
        _require(request, "add_item", community)
        services.item_add(community=community, initiative=initiative, user=request.user,
                          note=form.cleaned_data["note"], tags=form.cleaned_data["tags"],
                          collection=form.cleaned_data["collection"])
        messages.success(request, _("« %(title)s » a été ajoutée à « %(name)s ».") % {
            "title": initiative.title, "name": community.name})
        return redirect(_back(request, community.get_absolute_url()))
    return render(request, "communities/item_add.html", {
        "form": form, "initiative": initiative, "next": _back(request, ""),
        "page_title": _("Ajouter « %(title)s » à une communauté") % {"title": initiative.title},
    })


def item_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    community = selectors.community_get_visible(slug=slug, user=request.user)
    perms = _permissions(request, community)
    item = get_object_or_404(
        CommunityItem.objects.select_related("initiative__commune", "initiative__departement", "added_by__profile",
                                             "collection"),
        community=community, pk=pk,
    )
    if item.hidden and not perms["moderate"]:
        raise Http404
    form = CommentForm(request.POST or None)
    if request.method == "POST":
        _require(request, "comment", community)
        if form.is_valid():
            services.comment_add(item=item, user=request.user, body=form.cleaned_data["body"])
            messages.success(request, _("Commentaire publié."))
            return redirect(item)
    return render(request, "communities/item_detail.html", {
        "community": community, "item": item, "perms": perms, "form": form,
        "comments": selectors.comment_list(item=item, show_hidden=perms["moderate"]),
        "collections": community.collections.all(), "report_form": ReportForm(),
        "can_change_item": request.user.has_perm("communities.change_item", item),
        "page_title": item.initiative.title,
    })


@login_required
@require_POST
def item_move(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    community = selectors.community_get_visible(slug=slug, user=request.user)
    item = get_object_or_404(CommunityItem.objects.select_related("community"), community=community, pk=pk)
    _require(request, "change_item", item)
    collection_id = request.POST.get("collection")
    try:
        if request.POST.get("direction") in ("up", "down"):
            services.item_move(item=item, direction=request.POST["direction"])
        else:
            collection = get_object_or_404(Collection, community=community, pk=collection_id) if collection_id else None
            services.item_move(item=item, collection=collection)
    except CommunityError as error:
        messages.error(request, str(error))
    return redirect(_back(request, community.get_absolute_url()))


@login_required
@require_POST
def item_remove(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    community = selectors.community_get_visible(slug=slug, user=request.user)
    item = get_object_or_404(CommunityItem.objects.select_related("community"), community=community, pk=pk)
    _require(request, "change_item", item)
    services.item_remove(item=item)
    messages.success(request, _("Initiative retirée de la communauté."))
    return redirect(community)


@login_required
@require_POST
def collection_create(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.community_get_visible(slug=slug, user=request.user)
    _require(request, "add_item", community)
    form = CollectionForm(request.POST)
    if form.is_valid():
        services.collection_create(community=community, user=request.user, **form.cleaned_data)
        messages.success(request, _("Collection créée."))
    else:
        messages.error(request, _("Donnez un nom à la collection."))
    return redirect(community)


# --- Moderation ----------------------------------------------------------------------------------
def _target(community: Community, kind: str, pk: str) -> CommunityItem | Comment:
    if kind == "item":
        return get_object_or_404(CommunityItem, community=community, pk=pk)
    if kind == "comment":
        return get_object_or_404(Comment, item__community=community, pk=pk)
    raise Http404


@login_required
@require_POST
def report(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.community_get_visible(slug=slug, user=request.user)
    _require(request, "report", community)
    target = _target(community, request.POST.get("kind", ""), request.POST.get("pk", ""))
    form = ReportForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    services.report_create(user=request.user, reason=reason, **{
        "item" if isinstance(target, CommunityItem) else "comment": target})
    messages.success(request, _("Merci : les modérateurs examineront votre signalement."))
    return redirect(_back(request, community.get_absolute_url()))


@login_required
def moderate(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.community_get_visible(slug=slug, user=request.user)
    _require(request, "moderate", community)
    if request.method == "POST":
        target = _target(community, request.POST.get("kind", ""), request.POST.get("pk", ""))
        services.content_set_hidden(target=target, hidden=request.POST.get("action") == "hide", by=request.user)
        messages.success(request, _("Modération enregistrée."))
        return redirect(_back(request, reverse("communities:moderate", kwargs={"slug": community.slug})))
    reports = community.reports.filter(status="open").select_related("item__initiative", "comment__item__initiative",
                                                                     "reporter__profile")
    return render(request, "communities/moderation.html", {
        "community": community, "reports": reports, "page_title": _("Modération"),
    })


# --- Exports -------------------------------------------------------------------------------------
def _export_rows(request: HttpRequest, slug: str) -> tuple[Community, list[dict]]:
    community = selectors.community_get_visible(slug=slug, user=request.user)
    _require(request, "export", community)
    return community, selectors.item_export_rows(community=community, base_url=request.build_absolute_uri("/"))


def export_csv(request: HttpRequest, slug: str) -> HttpResponse:
    community, rows = _export_rows(request, slug)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{community.slug}.csv"'
    response.write("\ufeff")  # spreadsheet software reads UTF-8 only with the BOM
    writer = csv.DictWriter(response, fieldnames=list(rows[0]) if rows else ["titre"], delimiter=";")
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "etiquettes": ", ".join(row["etiquettes"])})
    return response


def export_json(request: HttpRequest, slug: str) -> JsonResponse:
    community, rows = _export_rows(request, slug)
    response = JsonResponse({"communaute": community.name, "url": request.build_absolute_uri(
        community.get_absolute_url()), "initiatives": rows}, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="{community.slug}.json"'
    return response


# --- Watched searches and suggestions ------------------------------------------------------------
@login_required
def saved_search_list(request: HttpRequest) -> HttpResponse:
    return render(request, "communities/saved_search_list.html", {
        "page_title": _("Mes recherches suivies"), "searches": selectors.saved_search_list(user=request.user),
        "profile": services.profile_get(user=request.user),
    })


@login_required
def saved_search_create(request: HttpRequest) -> HttpResponse:
    communities = selectors.communities_of(user=request.user)
    initial = {"query": request.GET.get("query", ""), "name": request.GET.get("q", "")}
    form = SavedSearchForm(request.POST or None, communities=communities, initial=initial)
    if request.method == "POST" and form.is_valid():
        community = form.cleaned_data["community"]
        if community is not None:
            _require(request, "watch_search", community)
        services.saved_search_create(name=form.cleaned_data["name"], query=form.cleaned_data["query"] or "",
                                     created_by=request.user, community=community,
                                     user=None if community else request.user)
        messages.success(request, _("Recherche suivie : les nouvelles initiatives arriveront dans les suggestions."))
        return redirect("communities:saved-searches")
    return render(request, "communities/saved_search_form.html", {
        "form": form, "page_title": _("Suivre cette recherche"),
    })


@login_required
@require_POST
def saved_search_delete(request: HttpRequest, pk: int) -> HttpResponse:
    saved = get_object_or_404(SavedSearch.objects.filter(Q(user=request.user) | Q(community__memberships__user=request.user)).distinct(), pk=pk)
    if saved.community_id:
        _require(request, "moderate", saved.community)
    saved.delete()
    messages.success(request, _("Recherche supprimée."))
    return redirect("communities:saved-searches")


def _suggestion_page(request: HttpRequest, suggestions, **context) -> HttpResponse:
    page = Paginator(suggestions, 20).get_page(request.GET.get("page"))
    return render(request, "communities/suggestions.html", {"page_obj": page, **context})


@login_required
def suggestion_inbox(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.community_get_visible(slug=slug, user=request.user)
    _require(request, "add_item", community)
    return _suggestion_page(request, selectors.suggestion_list(community=community), community=community,
                            collections=community.collections.all(),
                            page_title=_("Suggestions pour « %(name)s »") % {"name": community.name})


@login_required
def my_suggestions(request: HttpRequest) -> HttpResponse:
    return _suggestion_page(request, selectors.suggestion_list(user=request.user),
                            page_title=_("Mes suggestions"))


@login_required
@require_POST
def suggestion_decide(request: HttpRequest, pk: int) -> HttpResponse:
    suggestion = get_object_or_404(Suggestion.objects.select_related("saved_search__community", "initiative"), pk=pk)
    community = suggestion.saved_search.community
    if community is not None:
        if not request.user.has_perm("communities.view_community", community):
            raise Http404
        _require(request, "add_item", community)
    elif suggestion.saved_search.user_id != request.user.pk:
        raise Http404
    if request.POST.get("decision") == "accept":
        collection_id = request.POST.get("collection")
        collection = get_object_or_404(Collection, community=community, pk=collection_id) if (
            collection_id and community) else None
        services.suggestion_accept(suggestion=suggestion, user=request.user, collection=collection)
        messages.success(request, _("« %(title)s » acceptée.") % {"title": suggestion.initiative.title})
    else:
        services.suggestion_dismiss(suggestion=suggestion)
    default = reverse("communities:suggestions", kwargs={"slug": community.slug}) if community else reverse(
        "communities:my-suggestions")
    return redirect(_back(request, default))

