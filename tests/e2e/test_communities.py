"""End to end in Chromium: sign up, verify the e-mail, create a community, gather from the search page,
invite a second person who accepts and comments."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from communities.models import Comment, CommunityItem, Membership
from tests.factories import UserFactory, make_initiative

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "Un-mot-de-passe-solide-42"


def log_in(page, email: str, password: str) -> None:
    page.goto("/comptes/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()


def test_community_life_in_the_browser(page, browser, live_server):
    initiative = make_initiative(title="Garage solidaire de Rodez", summary="Réparer sa voiture à petit prix.")

    # 1. Sign up, then verify the address with the link from the outbox.
    page.goto("/comptes/signup/")
    page.locator("input[name=email]").fill("claire@example.org")
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/comptes/confirm-email/\S+", mail.outbox[0].body).group(0)
    page.goto(link)  # built from the request, so it points at the live server
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()
    assert EmailAddress.objects.get(email="claire@example.org").verified

    # 2. Log in and create a community.
    log_in(page, "claire@example.org", PASSWORD)
    page.goto("/communautes/nouvelle/")
    page.locator("#id_name").fill("Mobilité rurale en Aveyron")
    page.locator("#id_description").fill("Garages solidaires et transport à la demande.")
    page.get_by_role("button", name="Créer la communauté").click()
    page.wait_for_url("**/communautes/mobilite-rurale-en-aveyron/")
    assert page.get_by_role("heading", level=1).inner_text() == "Mobilité rurale en Aveyron"

    # 3. Gather an initiative from the search page.
    page.goto("/recherche/?q=garage")
    page.get_by_role("link", name="Ajouter « Garage solidaire de Rodez » à une communauté").click()
    page.get_by_label("Votre note").fill("À proposer au conseil communautaire.")
    page.get_by_role("button", name="Ajouter", exact=True).click()
    page.wait_for_url("**/recherche/?q=garage")
    item = CommunityItem.objects.get(initiative=initiative)
    assert item.note == "À proposer au conseil communautaire."

    # 4. Invite a second person, who accepts and comments.
    page.goto("/communautes/mobilite-rurale-en-aveyron/membres/")
    page.get_by_label("Courriel de la personne à inviter").fill("paul@example.org")
    page.get_by_role("button", name="Envoyer l’invitation").click()
    page.wait_for_load_state()
    invitation_mail = mail.outbox[-1]
    assert invitation_mail.to == ["paul@example.org"]
    invitation_path = re.search(r"/communautes/invitation/[\w-]+/", invitation_mail.body).group(0)

    paul = UserFactory(username="paul", email="paul@example.org")
    paul.set_password(PASSWORD)
    paul.save()
    EmailAddress.objects.create(user=paul, email=paul.email, verified=True, primary=True)
    second = browser.new_context(locale="fr-FR", base_url=live_server.url)
    other = second.new_page()
    try:
        log_in(other, "paul@example.org", PASSWORD)
        other.goto(invitation_path)
        other.get_by_role("button", name="Accepter l’invitation").click()
        other.wait_for_url("**/communautes/mobilite-rurale-en-aveyron/")
        assert Membership.objects.filter(user=paul, community=item.community).exists()
        other.get_by_role("link", name="Garage solidaire de Rodez").first.click()
        other.get_by_label("Votre commentaire").fill("**Très** bonne idée, on l’a fait à Millau.")
        other.get_by_role("button", name="Publier le commentaire").click()
        other.wait_for_load_state()
        assert other.locator(".carrefour-comment__body strong").inner_text() == "Très"
    finally:
        second.close()
    assert Comment.objects.get().author == paul
    page.goto(item.get_absolute_url())
    assert "on l’a fait à Millau" in page.locator(".carrefour-comment").inner_text()
