from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "carrefour.editorial"
    label = "editorial"
    verbose_name = _("Éditorial")

    def ready(self) -> None:
        from carrefour.editorial import signals  # imports models: only once the app registry is ready

        signals.connect_featured_signals()
