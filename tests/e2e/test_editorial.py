"""End to end in Chromium: an editor features an initiative in the Wagtail admin and the home page shows it."""

import pytest
from django.contrib.auth.models import Group, Permission

from carrefour.editorial.models import FeaturedInitiative
from tests.factories import UserFactory, make_initiative

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "mot-de-passe-du-test"


def editor_with_publish_rights():
    # Transactional tests flush the groups created by migrations: rebuild the moderators' rights here.
    group, _ = Group.objects.get_or_create(name="Modérateurs")
    group.permissions.add(*Permission.objects.filter(
        codename__in=["access_admin", "add_featuredinitiative", "change_featuredinitiative",
                      "publish_featuredinitiative", "view_initiative"],
    ))
    user = UserFactory(username="redaction", email="redaction@example.org", is_staff=False)
    user.set_password(PASSWORD)
    user.save()
    user.groups.add(group)
    return user


def test_editor_features_an_initiative_and_the_home_page_shows_it(page, live_server):
    make_initiative(title="Jardin partagé de Brest", summary="Un jardin pour tout le quartier.")
    initiative = make_initiative(title="Garage solidaire de Rodez", summary="Réparer sa voiture à petit prix.")
    editor_with_publish_rights()

    page.goto("/")
    assert page.locator(".carrefour-featured").count() == 0

    page.goto("/admin/login/")
    page.locator("input[name=username]").fill("redaction")
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="S'identifier").click()
    page.wait_for_url("**/admin/")

    page.goto("/admin/snippets/editorial/featuredinitiative/add/")
    page.wait_for_load_state("networkidle")
    page.get_by_role("button", name="Choisir initiative").click()
    search = page.get_by_placeholder("Titre, porteur, mots…")
    search.fill("garage")
    page.get_by_role("link", name="Garage solidaire de Rodez").click()
    page.get_by_text("Garage solidaire de Rodez", exact=True).first.wait_for()
    page.get_by_role("textbox", name="Titre éditorial").fill("Le garage qui remet Rodez en route")
    page.get_by_role("textbox", name="Chapô").fill("Une réponse concrète à la mobilité des ménages modestes.")
    # Publishing lives in the action menu's dropdown, behind the "save draft" button.
    page.locator(".w-dropdown-button .w-dropdown__toggle").first.click()
    page.get_by_role("button", name="Publier").click()
    page.wait_for_url("**/admin/snippets/editorial/featuredinitiative/")

    featured = FeaturedInitiative.objects.get()
    assert featured.live and featured.initiative_id == initiative.pk

    page.goto("/")
    card = page.locator(".carrefour-featured")
    assert card.count() == 1
    assert card.get_by_role("link").inner_text() == "Le garage qui remet Rodez en route"
    card.get_by_role("link").click()
    page.wait_for_url(f"**{initiative.get_absolute_url()}")
    assert page.get_by_role("heading", level=1).inner_text() == "Le garage qui remet Rodez en route"
    assert page.get_by_text("Le choix de la rédaction").is_visible()
