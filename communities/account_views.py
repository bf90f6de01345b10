"""Account pages beside allauth's: the member's profile and the deletion of the account."""

from __future__ import annotations

from allauth.decorators import rate_limit
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from communities import services
from communities.forms import AccountDeleteForm, ProfileForm
from communities.models import Membership


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=services.profile_get(user=request.user))
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Votre profil a été enregistré."))
        return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
# Password guesses through this form count against allauth's "reauthenticate" limit (per user, POST only).
@rate_limit(action="reauthenticate")
def account_delete(request: HttpRequest) -> HttpResponse:
    form = AccountDeleteForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.account_delete(user=request.user)
        logout(request)
        messages.success(request, _("Votre compte a été supprimé. Merci d’avoir participé au Carrefour."))
        return redirect("/")
    owned = (
        Membership.objects.filter(user=request.user, role=Membership.Role.OWNER)
        .select_related("community")
        .order_by("community__name")
    )
    return render(request, "accounts/account_delete.html", {"form": form, "owned_memberships": owned})
