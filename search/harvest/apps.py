from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HarvestConfig(AppConfig):
    name = "search.harvest"
    label = "harvest"
    verbose_name = _("Moissonnage")

    def ready(self) -> None:
        # Connects the crosswalk receivers (re-normalise a source when its tag mapping changes).
        from search.harvest import receivers  # noqa: F401
