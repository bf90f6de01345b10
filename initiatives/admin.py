"""Django admin, for technical staff: raw source records and identifiers. Editors use the Wagtail admin."""

from django.contrib import admin

from initiatives.models import Commune, Departement, Region, SourceRecord


@admin.register(SourceRecord)
class SourceRecordAdmin(admin.ModelAdmin):
    list_display = ["external_id", "source", "initiative", "last_seen", "missing_since", "missing_count"]
    list_filter = ["source"]
    search_fields = ["external_id", "source_url"]
    raw_id_fields = ["initiative"]
    readonly_fields = ["content_hash", "first_seen", "last_seen", "last_changed"]


@admin.register(Commune)
class CommuneAdmin(admin.ModelAdmin):
    list_display = ["insee_code", "name", "departement", "kind", "population"]
    list_filter = ["region", "kind"]
    search_fields = ["insee_code", "name", "search_name"]


admin.site.register(Region)
admin.site.register(Departement)
