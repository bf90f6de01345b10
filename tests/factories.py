"""factory_boy factories. Territories and themes come from the migrations (COG and taxonomy seed)."""

from __future__ import annotations

import factory
from django.contrib.auth import get_user_model

from initiatives.models import Porteur, Prize, PrizeEdition, Source
from initiatives.services import InitiativeData, PorteurData, initiative_upsert_from_record


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"utilisateur{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.fr")
    password = factory.django.Password("mot-de-passe-solide-42")


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Plateforme {n}")
    slug = factory.Sequence(lambda n: f"plateforme-{n}")
    website = factory.LazyAttribute(lambda source: f"https://{source.slug}.example.org/")
    format = "json_api"
    precedence = 100


class PorteurFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Porteur

    name = factory.Sequence(lambda n: f"Association numéro {n}")
    kind = Porteur.Kind.ASSOCIATION


class PrizeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Prize
        django_get_or_create = ("slug",)

    name = "Prix TERRITORIA"
    slug = "prix-territoria"
    organiser = "Observatoire national de l’innovation publique"


class PrizeEditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PrizeEdition

    prize = factory.SubFactory(PrizeFactory)
    year = 2021


_counter = iter(range(1, 10**9))


def make_initiative(*, source: Source | None = None, external_id: str | None = None, raw: dict | None = None, **fields):
    """Create an initiative the way the harvest does: through a source record and the upsert service."""
    source = source or SourceFactory()
    number = next(_counter)
    porteur = fields.pop("porteur", None)
    data = InitiativeData(
        title=fields.pop("title", f"Épicerie solidaire numéro {number}"),
        porteur=PorteurData(**porteur) if isinstance(porteur, dict) else porteur,
        **fields,
    )
    result = initiative_upsert_from_record(
        source=source,
        external_id=external_id or f"item-{number}",
        raw=raw or {"id": number, **data.to_json()},
        data=data,
        source_url=f"{source.website}fiche/{number}",
    )
    return result.initiative
