"""Member accounts: allauth's pages in French and DSFR, sign-up with e-mail verification, the profile page,
account deletion and the rate limits on sign-in."""

from __future__ import annotations

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse

from communities.models import Membership, Profile
from communities.services import community_create, community_join
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "mot-de-passe-solide-42"
CONFIRM_LINK = re.compile(r"http://testserver(/comptes/confirm-email/[^/\s]+/)")


def verified_user(**fields):
    user = UserFactory(**fields)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def sign_in(client, email: str, password: str = PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


# --- allauth pages -------------------------------------------------------------------------------
@pytest.mark.parametrize("url_name", ["account_login", "account_signup", "account_reset_password"])
def test_entrance_pages_are_french_and_dsfr(client, url_name):
    response = client.get(reverse(url_name))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr"' in html
    assert "fr-header" in html and "fr-footer" in html  # the site frame, not allauth's bare layout
    assert 'class="fr-container' in html and "fr-input-group" in html and 'class="fr-input"' in html
    assert 'class="fr-label"' in html and 'class="fr-btn' in html
    assert "Menu:" not in html  # allauth's default layout is gone
    assert '<meta name="robots" content="noindex">' in html


def test_login_page_texts(client):
    html = client.get(reverse("account_login")).content.decode()
    assert "<title>Connexion — Carrefour des innovations sociales</title>" in html
    assert "Mot de passe oublié ?" in html and reverse("account_signup") in html
    assert 'class="fr-checkbox-group' in html  # "Se souvenir de moi"


def test_signup_errors_are_dsfr_errors(client):
    response = client.post(reverse("account_signup"), {"email": "pas-une-adresse", "password1": "a", "password2": "b"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "fr-input-group--error" in html and "fr-error-text" in html
    assert 'aria-invalid="true"' in html


def test_wrong_credentials_show_a_dsfr_alert(client):
    verified_user(email="alice@example.fr")
    html = sign_in(client, "alice@example.fr", "mauvais").content.decode()
    assert "fr-alert--error" in html and "mot de passe" in html


def test_signup_verify_email_then_login(client, mailoutbox):
    response = client.post(
        reverse("account_signup"), {"email": "Camille@Example.fr", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    html = client.get(response["Location"]).content.decode()
    assert "fr-container" in html and "Vérifiez votre adresse" in html
    user = get_user_model().objects.get(email__iexact="camille@example.fr")
    assert Profile.objects.filter(user=user).exists()
    assert not EmailAddress.objects.get(user=user).verified

    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["camille@example.fr"]
    assert message.subject.startswith("[Carrefour] ")
    assert "Carrefour des innovations sociales" in message.body  # the service's name, not the host name
    confirm_path = CONFIRM_LINK.search(message.body).group(1)

    # Not verified yet: signing in leads back to the verification page, not into the site.
    client.logout()
    response = sign_in(client, "camille@example.fr")
    assert response["Location"] == reverse("account_email_verification_sent")
    client.logout()

    page = client.get(confirm_path)
    assert page.status_code == 200
    assert "fr-btn" in page.content.decode() and "Confirmer" in page.content.decode()
    response = client.post(confirm_path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified

    response = sign_in(client, "camille@example.fr")
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_password_reset_sends_a_french_email(client, mailoutbox):
    verified_user(email="alice@example.fr")
    response = client.post(reverse("account_reset_password"), {"email": "alice@example.fr"})
    assert response.status_code == 302
    assert "fr-container" in client.get(response["Location"]).content.decode()
    assert len(mailoutbox) == 1 and mailoutbox[0].subject.startswith("[Carrefour] ")
    key_path = re.search(r"http://testserver(/comptes/password/reset/key/\S+/)", mailoutbox[0].body).group(1)
    response = client.get(key_path, follow=True)
    html = response.content.decode()
    assert "Modifier le mot de passe" in html and 'class="fr-input"' in html


@pytest.mark.parametrize("url_name", ["account_email", "account_change_password", "account_logout"])
def test_manage_pages_have_the_account_menu(client, url_name):
    client.force_login(verified_user(email="alice@example.fr"))
    response = client.get(reverse(url_name))
    assert response.status_code == 200
    html = response.content.decode()
    assert "fr-sidemenu" in html and reverse("accounts:profile") in html and reverse("accounts:delete") in html
    assert 'class="fr-btn' in html


def test_email_page_lists_addresses_with_dsfr_radios_and_badges(client):
    client.force_login(verified_user(email="alice@example.fr"))
    html = client.get(reverse("account_email")).content.decode()
    assert "fr-radio-group" in html and "alice@example.fr" in html
    assert "fr-badge--success" in html and "Vérifiée" in html


# --- profile -------------------------------------------------------------------------------------
def test_profile_requires_login(client):
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


def test_profile_page_shows_email_and_account_links(client):
    user = verified_user(email="alice@example.fr")
    client.force_login(user)
    html = client.get(reverse("accounts:profile")).content.decode()
    assert "alice@example.fr" in html
    assert reverse("account_email") in html and reverse("account_change_password") in html
    assert 'class="fr-select"' in html and 'class="fr-input"' in html and "fr-checkbox-group" in html
    # The header's account button leads to the profile.
    assert f'href="{reverse("accounts:profile")}">' in html


def test_profile_edit_saves(client):
    user = verified_user(email="alice@example.fr")
    client.force_login(user)
    response = client.post(
        reverse("accounts:profile"),
        {
            "display_name": "Alice Martin",
            "bio": "Mobilité en zone rurale.",
            "organisation": "Commune de Saint-Flour",
            "role": Profile.Role.ELU,
            "email_digest": "on",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert "Votre profil a été enregistré." in response.content.decode()
    profile = Profile.objects.get(user=user)
    assert (profile.display_name, profile.organisation, profile.role, profile.email_digest) == (
        "Alice Martin",
        "Commune de Saint-Flour",
        "elu",
        True,
    )


def test_profile_rejects_an_unknown_role(client):
    user = verified_user(email="alice@example.fr")
    client.force_login(user)
    response = client.post(reverse("accounts:profile"), {"role": "roi"})
    assert response.status_code == 200
    assert "fr-select-group--error" in response.content.decode()
    assert Profile.objects.get(user=user).role == ""


# --- account deletion ----------------------------------------------------------------------------
def test_delete_page_requires_login(client):
    response = client.get(reverse("accounts:delete"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


def test_delete_page_names_the_owned_communities(client):
    owner = verified_user(email="owner@example.fr")
    community_create(user=owner, name="Mobilité rurale")
    client.force_login(owner)
    html = client.get(reverse("accounts:delete")).content.decode()
    assert "Mobilité rurale" in html and 'type="password"' in html and "fr-alert--warning" in html


def test_account_deletion_hands_communities_over(client):
    owner = verified_user(email="owner@example.fr")
    member = verified_user(email="member@example.fr")
    community = community_create(user=owner, name="Mobilité rurale")
    community_join(community=community, user=member)
    client.force_login(owner)

    response = client.post(reverse("accounts:delete"), {"password": PASSWORD})

    assert response.status_code == 302 and response["Location"] == "/"
    assert not get_user_model().objects.filter(pk=owner.pk).exists()
    assert Membership.objects.get(community=community, user=member).role == Membership.Role.OWNER
    assert "_auth_user_id" not in client.session
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Votre compte a été supprimé. Merci d’avoir participé au Carrefour."
    ]


def test_wrong_password_keeps_the_account(client):
    owner = verified_user(email="owner@example.fr")
    client.force_login(owner)
    response = client.post(reverse("accounts:delete"), {"password": "pas-le-bon"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Le mot de passe est incorrect." in html and "fr-input-group--error" in html
    assert get_user_model().objects.filter(pk=owner.pk).exists()
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_deletion_password_guesses_are_rate_limited(client):
    client.force_login(verified_user(email="owner@example.fr"))
    for _ in range(10):  # ACCOUNT_RATE_LIMITS["reauthenticate"]
        assert client.post(reverse("accounts:delete"), {"password": "pas-le-bon"}).status_code == 200
    response = client.post(reverse("accounts:delete"), {"password": PASSWORD})
    assert response.status_code == 429
    assert get_user_model().objects.filter(email="owner@example.fr").exists()


# --- rate limits ---------------------------------------------------------------------------------
def test_repeated_failed_logins_block_the_account_even_with_the_right_password(client):
    verified_user(email="alice@example.fr")
    for _ in range(5):  # ACCOUNT_RATE_LIMITS["login_failed"]: 5 per 5 minutes per address
        html = sign_in(client, "alice@example.fr", "devinette").content.decode()
        assert "Trop de tentatives" not in html
    response = sign_in(client, "alice@example.fr")
    assert response.status_code == 200  # refused: the form comes back
    html = response.content.decode()
    assert "Trop de tentatives de connexion échouées" in html and "fr-alert--error" in html
    assert "_auth_user_id" not in client.session


def test_too_many_sign_in_attempts_from_one_ip_get_a_429_page(client):
    for _ in range(30):  # ACCOUNT_RATE_LIMITS["login"]: 30 a minute per IP
        assert sign_in(client, "quelquun@example.fr", "devinette").status_code == 200
    response = sign_in(client, "quelquun@example.fr", "devinette")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Trop de tentatives" in html and "fr-container" in html and '<html lang="fr"' in html


@pytest.mark.parametrize("language, name", [("fr", "Créer un compte"), ("en", "Create an account")])
def test_the_sign_up_action_has_one_name_on_the_page(client, settings, language, name):
    """The header said « Créer un compte », the tab « Inscription », the heading and button « Création de compte »."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    html = client.get(reverse("account_signup")).content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
    button = re.search(r'<button[^>]*type="submit"[^>]*>(.*?)</button>', html.split("<main", 1)[1], re.S).group(1)
    header_link = re.search(r'href="/comptes/signup/"[^>]*>(.*?)</a>', html, re.S).group(1)
    assert title.split(" — ")[0].strip() == heading.strip() == button.strip() == header_link.strip() == name
