"""Load the demo content. Idempotent: running it twice changes nothing the second time."""

from __future__ import annotations

import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from carrefour.demo.install import demo_sources_install
from carrefour.editorial.demo import editorial_demo_install
from carrefour.editorial.services import site_tree_ensure
from communities.demo import communities_demo_install

DEMO_SOURCES_URL = os.environ.get("CARREFOUR_DEMO_SOURCES_URL", "http://127.0.0.1:8765")
DEMO_ADMIN_EMAIL = os.environ.get("CARREFOUR_DEMO_ADMIN_EMAIL", "admin@carrefour.localhost")
DEMO_ADMIN_PASSWORD = os.environ.get("CARREFOUR_DEMO_ADMIN_PASSWORD", "carrefour-demo")


class Command(BaseCommand):
    help = (
        "Charge le contenu de démonstration : arborescence éditoriale (accueil, articles, prix TERRITORIA, pages), "
        "compte administrateur, plateformes partenaires de démonstration (servies par « python -m "
        "carrefour.demo.server »). Les innovations à la une sont choisies dès que des initiatives ont été "
        "moissonnées : relancer la commande après un premier moissonnage les ajoute. Idempotent."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--sources-url", default=DEMO_SOURCES_URL,
                            help=f"adresse du serveur des plateformes de démonstration (défaut : {DEMO_SOURCES_URL})")

    def handle(self, *args, sources_url: str, **options) -> None:
        with transaction.atomic():
            site_tree_ensure()
            self._ensure_admin()
            sources = demo_sources_install(sources_url)
            created = editorial_demo_install()
            created["community_items"] = communities_demo_install()
        self.stdout.write(self.style.SUCCESS(
            f"Contenu de démonstration prêt ({len(sources)} plateformes partenaires, {created['pages']} pages "
            f"créées, {created['featured']} innovations mises à la une, {created['community_items']} initiatives "
            f"rassemblées dans les communautés de démonstration)."
        ))

    def _ensure_admin(self) -> None:
        from allauth.account.models import EmailAddress

        User = get_user_model()
        user, created = User.objects.get_or_create(
            username="admin",
            defaults={"email": DEMO_ADMIN_EMAIL, "is_staff": True, "is_superuser": True, "first_name": "Admin"},
        )
        if created:
            user.set_password(DEMO_ADMIN_PASSWORD)
            user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
