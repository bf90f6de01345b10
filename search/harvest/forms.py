"""Admin form of a source: the configuration is validated by the connectors, naming the wrong field."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from search.harvest.connectors import FORMATS, validate_source_config
from search.harvest.connectors.base import ConfigError


class SourceAdminForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        configuration = cleaned.get("configuration") or {}
        source_format = cleaned.get("format") or configuration.get("format")
        if source_format not in FORMATS:
            self.add_error("format", _("Format inconnu « %(format)s ». Formats possibles : %(formats)s.") % {
                "format": source_format, "formats": ", ".join(sorted(FORMATS))})
            return cleaned
        if not isinstance(configuration, dict):
            self.add_error("configuration", _("La configuration doit être un objet JSON."))
            return cleaned
        try:
            validate_source_config({**configuration, "format": source_format})
        except ConfigError as exc:
            self.add_error("configuration", forms.ValidationError(
                _("Champ « %(field)s » : %(message)s"), params={"field": exc.field_path, "message": str(exc)}))
        return cleaned
