"""Account forms: the member's profile and the account deletion confirmation.

Community forms live in communities/community_forms.py. Fields are drawn by templates/includes/form_field.html.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from communities.models import Profile


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name", "bio", "organisation", "role", "email_digest"]
        widgets = {"bio": forms.Textarea(attrs={"rows": 5})}
        help_texts = {
            "display_name": _(
                "Le nom que les autres voient, y compris dans l’activité publique des communautés. Sans nom choisi, "
                "vous apparaissez comme « Membre n° » suivi d’un numéro ; votre adresse n’est jamais montrée."
            ),
            "bio": _("Quelques lignes sur vous et vos sujets (1 000 caractères au plus)."),
        }


class AccountDeleteForm(forms.Form):
    """Asks for the password again, so that an unattended open session is not enough to delete an account."""

    password = forms.CharField(
        label=_("Mot de passe"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Le mot de passe est incorrect."), code="password_mismatch")
        return password
