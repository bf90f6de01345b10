"""Forms of the community pages (account and profile forms live in communities/forms.py); templates draw each
field with includes/form_field.html, which adds the DSFR classes."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from communities.models import Collection, Community, Membership
from initiatives.models import Departement, Region, Theme
from initiatives.text import collation_order

MAX_COVER_BYTES = 2 * 1024 * 1024


class CommunityForm(forms.ModelForm):
    themes = forms.ModelMultipleChoiceField(
        label=_("Thèmes"), required=False, widget=forms.CheckboxSelectMultiple,
        queryset=Theme.objects.filter(parent=None).order_by("facet", "position"),
    )
    region = forms.ModelChoiceField(label=_("Région"), required=False, queryset=Region.objects.order_by(collation_order("name")))
    departement = forms.ModelChoiceField(label=_("Département"), required=False,
                                         queryset=Departement.objects.order_by("code"))

    class Meta:
        model = Community
        fields = ["name", "description", "cover_image", "themes", "region", "departement", "visibility", "join_policy"]
        widgets = {"description": forms.Textarea(attrs={"rows": 5}), "visibility": forms.RadioSelect,
                   "join_policy": forms.RadioSelect}

    def clean_cover_image(self):
        image = self.cleaned_data.get("cover_image")
        if image and getattr(image, "size", 0) > MAX_COVER_BYTES:
            raise forms.ValidationError(_("L’image ne doit pas dépasser 2 Mo."))
        return image


class ItemAddForm(forms.Form):
    community = forms.ModelChoiceField(label=_("Communauté"), queryset=Community.objects.none())
    collection = forms.ModelChoiceField(label=_("Collection (facultatif)"), required=False,
                                        queryset=Collection.objects.none())
    # "Note" alone is an English msgid in Django's own catalogues ("Remarque"): keep French labels unambiguous.
    note = forms.CharField(label=_("Votre note"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
                           help_text=_("Pourquoi cette initiative intéresse la communauté."))
    tags = forms.CharField(label=_("Étiquettes"), required=False, max_length=500,
                           help_text=_("Séparées par des virgules."))

    def __init__(self, *args, communities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["community"].queryset = communities
        if len(communities) == 1:
            self.fields["community"].initial = communities[0].pk
        self.fields["collection"].queryset = Collection.objects.filter(community__in=communities).select_related(
            "community")
        self.fields["collection"].label_from_instance = lambda c: f"{c.community.name} › {c.name}"

    def clean(self):
        data = super().clean()
        collection, community = data.get("collection"), data.get("community")
        if collection and community and collection.community_id != community.pk:
            self.add_error("collection", _("Cette collection appartient à une autre communauté."))
        return data


class CollectionForm(forms.ModelForm):
    theme = forms.ModelChoiceField(label=_("Thème"), required=False,
                                   queryset=Theme.objects.select_related("parent").order_by("facet", "position"))

    class Meta:
        model = Collection
        fields = ["name", "description", "theme"]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Votre commentaire"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Texte simple : **gras**, *italique* ; les adresses web deviennent des liens."),
    )


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("Courriel de la personne à inviter"))


class JoinRequestForm(forms.Form):
    message = forms.CharField(label=_("Message aux modérateurs (facultatif)"), required=False, max_length=1000,
                              widget=forms.Textarea(attrs={"rows": 3}))


class ReportForm(forms.Form):
    reason = forms.CharField(label=_("Motif du signalement"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3}))


class RoleForm(forms.Form):
    role = forms.ChoiceField(choices=[(Membership.Role.MODERATOR, Membership.Role.MODERATOR.label),
                                      (Membership.Role.MEMBER, Membership.Role.MEMBER.label)])


class SavedSearchForm(forms.Form):
    name = forms.CharField(label=_("Nom de la recherche suivie"), max_length=120)
    query = forms.CharField(widget=forms.HiddenInput, max_length=1000, required=False)
    community = forms.ModelChoiceField(label=_("Pour"), required=False, queryset=Community.objects.none(),
                                       empty_label=_("moi seulement"))

    def __init__(self, *args, communities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["community"].queryset = communities
