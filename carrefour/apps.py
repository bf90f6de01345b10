from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CarrefourConfig(AppConfig):
    name = "carrefour"
    verbose_name = _("Carrefour")
