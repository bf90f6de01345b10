from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DedupConfig(AppConfig):
    name = "search.dedup"
    label = "dedup"
    verbose_name = _("Dédoublonnage")

    def ready(self) -> None:
        # Connects the receivers: the pass after each harvest, decisions on merges and splits.
        from search.dedup import signals  # noqa: F401
