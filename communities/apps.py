from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunitiesConfig(AppConfig):
    name = "communities"
    verbose_name = _("Communautés")

    def ready(self) -> None:
        # Registers the permission predicates and connects the receivers, once the registry is ready.
        from communities import rules, signals  # noqa: F401
