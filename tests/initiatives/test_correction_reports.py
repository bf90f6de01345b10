"""« Signaler une information erronée ou obsolète »: a visitor reports, editors answer from their queue, and each
partner platform gets the reports about its records once a day."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from initiatives.corrections import correction_reports_send_to_partners, source_contact_email
from initiatives.models import CorrectionReport
from initiatives.tasks import correction_reports_send_task
from tests.factories import SourceFactory, UserFactory, make_initiative

pytestmark = pytest.mark.django_db


@pytest.fixture
def initiative():
    return make_initiative(source=SourceFactory(slug="reseau-a", contact="Équipe données <donnees@reseau-a.example.org>"),
                           title="Garage solidaire des Monts", summary="Réparer sa voiture moins cher.",
                           external_id="garage")


def report_url(initiative) -> str:
    return reverse("initiatives:report", args=[initiative.slug])


def test_a_visitor_reports_without_an_account(client, initiative):
    page = client.get(initiative.get_absolute_url()).content.decode()
    assert report_url(initiative) in page and "Signaler une information erronée ou obsolète" in page
    form = client.get(report_url(initiative)).content.decode()
    assert "Quelle information est erronée ou obsolète ?" in form and "reseau-a" not in form.split("<form", 1)[0].lower()
    # DSFR draws a radio button on an input immediately followed by its label; no empty « --------- » choice.
    assert '<input type="radio" name="field" value="place" id="id_field_2" required><label class="fr-label" for="id_field_2">' in form
    assert "---------" not in form
    response = client.post(report_url(initiative), {
        "field": "place", "correction": "Le garage a déménagé à Brest, 12 rue de Siam.", "email": "lea@example.org"},
        follow=True)
    assert response.redirect_chain[-1][0] == initiative.get_absolute_url()
    assert "votre signalement est transmis" in response.content.decode()
    report = CorrectionReport.objects.get()
    assert (report.initiative, report.field, report.email, report.status) == (initiative, "place", "lea@example.org", "open")
    assert mail.outbox == []  # nobody is e-mailed on the spot: editors check first, partners get the daily batch


def test_mistakes_robots_and_floods(client, initiative, settings):
    # settings.ACCOUNT_RATE_LIMITS["correction_report"] (10 an hour per address), made smaller to test it.
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "correction_report": "5/h/ip"}
    response = client.post(report_url(initiative), {"field": "place", "correction": "  "})
    assert response.status_code == 200 and "Champ requis." in response.content.decode()
    response = client.post(report_url(initiative), {"field": "nulle-part", "correction": "x", "email": "pas-une-adresse"})
    html = response.content.decode()
    assert response.status_code == 200 and html.count('class="fr-error-text"') == 2, html  # the choice, the address
    assert not CorrectionReport.objects.exists()
    # A robot fills the hidden field: thanked, nothing stored.
    response = client.post(report_url(initiative), {"field": "title", "correction": "Achetez…", "nickname": "bot"})
    assert response.status_code == 302 and not CorrectionReport.objects.exists()
    # Every post counts, the wrong ones and the robot's too: two more, then 429 (GET still shows the form).
    statuses = [client.post(report_url(initiative), {"field": "title", "correction": f"Correction {n}"}).status_code
                for n in range(3)]
    assert statuses == [302, 302, 429]
    assert CorrectionReport.objects.count() == 2 and client.get(report_url(initiative)).status_code == 200


def test_an_unpublished_initiative_has_no_form(client, initiative):
    initiative.visibility = "hidden"
    initiative.save(update_fields=["visibility"])
    assert client.get(report_url(initiative)).status_code == 404


def test_editors_answer_from_their_queue_and_the_reporter_gets_the_answer_once(client, initiative,
                                                                              django_capture_on_commit_callbacks):
    report = CorrectionReport.objects.create(initiative=initiative, field="website", correction="Le site a changé.",
                                             email="lea@example.org")
    quiet = CorrectionReport.objects.create(initiative=initiative, field="other", correction="Sans courriel.")
    client.force_login(UserFactory(username="editrice", is_superuser=True, is_staff=True))
    listing = client.get(reverse("wagtailsnippets_initiatives_correctionreport:list")).content.decode()
    assert "Garage solidaire des Monts" in listing and "à traiter" in listing
    assert client.get(reverse("wagtailsnippets_initiatives_correctionreport:add")).status_code in (302, 403)
    edit = reverse("wagtailsnippets_initiatives_correctionreport:edit", args=[report.pk])
    with django_capture_on_commit_callbacks(execute=True):  # the e-mail leaves once the answer is saved
        response = client.post(edit, {"status": "closed", "answer": "Merci, c’est corrigé."})
    assert response.status_code == 302, response.content.decode()[:2000]
    report.refresh_from_db()
    assert report.status == "closed" and report.closed_at and report.answered_at
    assert report.correction == "Le site a changé."  # read-only in the form
    assert [message.to for message in mail.outbox] == [["lea@example.org"]]
    assert "Merci, c’est corrigé." in mail.outbox[0].body and initiative.get_absolute_url() in mail.outbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit, {"status": "closed", "answer": "Merci, c’est corrigé (bis)."})
    assert len(mail.outbox) == 1  # answered once
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailsnippets_initiatives_correctionreport:edit", args=[quiet.pk]),
                    {"status": "closed", "answer": "Vu."})
    assert len(mail.outbox) == 1  # no address, no e-mail
    sources = client.get(reverse("wagtailsnippets_initiatives_source:list")).content.decode()
    assert "signalements à traiter" in sources.lower()


def test_each_partner_gets_one_daily_email_about_its_records(initiative):
    other = SourceFactory(slug="reseau-b", contact="Marc, sans adresse")
    make_initiative(source=other, title="Garage solidaire des Monts", external_id="b-garage")  # another record
    second = make_initiative(source=SourceFactory(slug="reseau-a"), title="Épicerie du Lac", external_id="lac")
    CorrectionReport.objects.create(initiative=initiative, field="place", correction="A déménagé à Brest.")
    CorrectionReport.objects.create(initiative=second, field="status", correction="Fermée depuis juin.")
    CorrectionReport.objects.create(initiative=second, field="title", correction="Déjà traité.", status="closed")
    assert SourceFactory(slug="reseau-a").open_reports() == 2

    assert correction_reports_send_task.delay().get() == {"emails": 1}
    (message,) = mail.outbox
    assert message.to == ["donnees@reseau-a.example.org"] and "2 signalement(s)" in message.subject
    assert "A déménagé à Brest." in message.body and "Fermée depuis juin." in message.body
    record_url = initiative.records.get(source__slug="reseau-a").source_url
    assert record_url and record_url in message.body and "Déjà traité" not in message.body
    assert CorrectionReport.objects.filter(status="open", partners_notified_at__isnull=True).count() == 0
    assert correction_reports_send_to_partners() == 0 and len(mail.outbox) == 1  # each report goes once


@pytest.mark.parametrize(("contact", "address"), [
    ("donnees@reseau.example.org", "donnees@reseau.example.org"),
    ("Équipe <equipe@reseau.example.org>", "equipe@reseau.example.org"),
    ("Jeanne Martin (jeanne.martin@asso.example.fr), 06 00 00 00 00", "jeanne.martin@asso.example.fr"),
    ("Jeanne Martin, 06 00 00 00 00", ""), ("", ""), ("mal@formé", ""),
])
def test_the_partner_address_is_read_from_the_contact_field(contact, address):
    assert source_contact_email(SourceFactory.build(contact=contact)) == address


def test_a_partner_whose_mail_fails_gets_it_the_next_day(initiative, monkeypatch):
    CorrectionReport.objects.create(initiative=initiative, field="place", correction="A déménagé.")
    import initiatives.corrections as corrections

    def refuse(**kwargs):
        raise ConnectionRefusedError("SMTP down")

    monkeypatch.setattr(corrections, "send_mail", refuse)
    assert correction_reports_send_to_partners() == 0
    assert CorrectionReport.objects.filter(partners_notified_at__isnull=True).count() == 1  # kept for tomorrow
    monkeypatch.undo()
    assert correction_reports_send_to_partners() == 1 and len(mail.outbox) == 1
