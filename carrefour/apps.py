from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CarrefourConfig(AppConfig):
    name = "carrefour"
    verbose_name = _("Carrefour")

    def ready(self) -> None:
        from carrefour import admin_login  # noqa: F401 - connects the staff sign-in failure counter
