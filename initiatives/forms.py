"""The one public form of the initiatives app: a visitor reports a wrong or outdated piece of information."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from initiatives.models import CorrectionReport


class CorrectionReportForm(forms.ModelForm):
    # A field people never see (hidden from screen readers too): robots that fill every field give themselves away.
    nickname = forms.CharField(required=False, label=_("Ne pas remplir ce champ"),
                               widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))

    class Meta:
        model = CorrectionReport
        fields = ["field", "correction", "email"]
        widgets = {
            "field": forms.RadioSelect,
            "correction": forms.Textarea(attrs={"rows": 5, "maxlength": 2000}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }
        labels = {
            "field": _("Quelle information est erronée ou obsolète ?"),
            "correction": _("La correction"),
            "email": _("Votre courriel (facultatif)"),
        }
        help_texts = {
            "correction": _("Ce qui est faux et ce qu’il faudrait écrire ; une source si vous en avez une (2 000 "
                            "caractères au plus)."),
            "email": _("Seulement pour vous envoyer la réponse de l’équipe éditoriale ; il n’est ni publié ni "
                       "transmis à la plateforme partenaire."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["field"].choices = CorrectionReport.Field.choices  # radio buttons: no « --------- » choice

    def is_robot(self) -> bool:
        return bool(self.cleaned_data.get("nickname"))
