"""Demo editorial content: the page tree, the Prix TERRITORIA pages, three articles, featured innovations.

Idempotent (pages are found by slug, never duplicated). Parts that need harvested initiatives (featured
innovations, initiative cards in articles) are filled in when the initiatives exist, so the demo command
runs it again once the first harvests are done.
"""

from __future__ import annotations

import datetime
import json

from django.db import transaction
from wagtail.models import Page

from carrefour.editorial.models import (
    ArticleIndexPage,
    ArticlePage,
    FeaturedInitiative,
    HomePage,
    PrizeEditionPage,
    PrizeIndexPage,
    SourcesPage,
    StandardPage,
)
from carrefour.editorial.selectors import rank_order
from carrefour.editorial.services import editorial_boost_refresh, site_tree_ensure
from initiatives.models import Distinction, Initiative, Prize, PrizeEdition
from initiatives.text import excerpt
from search.params import SearchParams
from search.query import initiative_search

TERRITORIA_NAME = "Prix TERRITORIA"
TERRITORIA_YEARS = (2019, 2021, 2022, 2023)
NOTICE = (
    "<p><i>Texte rédigé pour la démonstration de Carrefour à partir d’informations publiques ; les initiatives "
    "citées en exemple dans les fiches sont fictives.</i></p>"
)


def _paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def _heading(text: str) -> dict:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def _quote(text: str, author: str = "", role: str = "") -> dict:
    return {"type": "quote", "value": {"text": text, "author": author, "role": role}}


def _cta(title: str, text: str, label: str, url: str) -> dict:
    return {"type": "call_to_action", "value": {"title": title, "text": text, "label": label, "page": None, "url": url}}


def _initiative_block(initiative: Initiative | None, comment: str) -> list[dict]:
    if initiative is None:
        return []
    return [{"type": "initiative", "value": {"initiative": initiative.pk, "comment": comment}}]


def _child(parent: Page, model: type[Page], slug: str, **fields) -> Page:
    """The child page with this slug, created and published if missing; existing pages are left to editors."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _first_match(q: str) -> Initiative | None:
    hits = initiative_search(SearchParams(q=q), page_size=1, with_facets=False).hits
    return hits[0] if hits else None


ABOUT_BODY = [
    _paragraph(
        "<p>Des dizaines de plateformes recensent en France les innovations sociales locales : réseaux de "
        "l’économie sociale et solidaire, fondations, prix, réseaux régionaux. Chacune a son site et son format ; "
        "personne ne pouvait les chercher toutes à la fois.</p>"
        "<p>Le Carrefour des innovations sociales moissonne régulièrement ces plateformes partenaires, rassemble "
        "leurs fiches dans un modèle commun en gardant la trace de leur provenance, reconnaît une même initiative "
        "publiée à plusieurs endroits et offre un moteur de recherche unique, filtrable par thème, territoire, "
        "plateforme, type de porteur, année et prix.</p>"
    ),
    _heading("Pour qui ?"),
    _paragraph(
        "<ul><li>les agentes et agents publics et les élus qui cherchent une réponse déjà éprouvée ailleurs ;</li>"
        "<li>les associations et porteurs de projet qui veulent s’inspirer ou trouver des partenaires ;</li>"
        "<li>les réseaux et financeurs qui suivent un sujet dans la durée, grâce aux communautés.</li></ul>"
    ),
    _heading("D’où viennent les données ?"),
    _paragraph(
        "<p>Chaque fiche indique la ou les plateformes qui la publient, avec leur licence et la date de dernière "
        "mise à jour. Une plateforme qui ne répond plus ne fait rien disparaître : ses fiches restent en ligne "
        "jusqu’à ce qu’elle les retire elle-même. La liste des plateformes est sur la page "
        "<a href=\"/plateformes-partenaires/\">Plateformes partenaires</a>.</p>"
    ),
    _cta("Réutiliser les données", "Toutes les données sont accessibles par une API documentée.",
         "Documentation de l’API", "/api/docs/"),
]

ARTICLES = [
    {
        "slug": "laboratoires-innovation-territoriale",
        "title": "Les laboratoires d’innovation territoriale, des lieux pour réinventer l’action publique",
        "date": datetime.date(2026, 9, 15),
        "chapo": (
            "Ti-Lab, SIILAB, La Fabrique RH, La Base, Le LabO, InSo Lab, Lab Zéro, Etat’LIN, LabArchipel : partout "
            "en France, des laboratoires d’innovation publique font travailler ensemble agents, usagers et "
            "partenaires pour concevoir des services plus simples et plus justes."
        ),
        "tags": ["innovation publique", "laboratoires"],
        "query": "numérique inclusion",
        "body": lambda initiative: [
            _paragraph(
                "<p>Depuis le milieu des années 2010, l’État et les collectivités se sont dotés de laboratoires "
                "d’innovation publique. Leur méthode est connue : partir des usages réels, prototyper vite, tester "
                "avec les personnes concernées avant de généraliser. Leur réseau est animé au niveau national par "
                "la direction interministérielle de la transformation publique (DITP).</p>"
            ),
            _heading("Des laboratoires dans chaque région"),
            _paragraph(
                "<p>Ti-Lab en Bretagne, SIILAB en Nouvelle-Aquitaine, Lab Zéro en Provence-Alpes-Côte d’Azur : "
                "beaucoup de laboratoires sont nés d’un partenariat entre la préfecture de région et le conseil "
                "régional. D’autres, comme La Fabrique RH, La Base, Le LabO, InSo Lab, Etat’LIN ou LabArchipel, se "
                "consacrent à un public ou à un métier particulier : ressources humaines publiques, accueil des "
                "usagers, transformation des services déconcentrés, territoires ultramarins.</p>"
            ),
            _quote("On ne conçoit pas un service pour les usagers : on le conçoit avec eux.",
                   "Principe commun aux laboratoires d’innovation publique"),
            _heading("Ce qu’ils changent sur le terrain"),
            _paragraph(
                "<p>Simplification d’un formulaire d’aide sociale, réaménagement d’un accueil en préfecture, "
                "accompagnement numérique des personnes éloignées des outils en ligne : les laboratoires travaillent "
                "sur des irritants concrets. Beaucoup de leurs projets rejoignent les initiatives que recense "
                "Carrefour, portées par des collectivités et des associations.</p>"
            ),
            *_initiative_block(initiative, "Une initiative recensée par Carrefour sur l’inclusion numérique."),
            _cta("Participer au Mois de l’innovation publique",
                 "Chaque automne, le Mois de l’innovation publique ouvre les portes des laboratoires et des "
                 "administrations qui innovent.", "Rechercher des initiatives d’innovation publique",
                 "/recherche/?q=innovation+publique"),
            _paragraph(NOTICE),
        ],
    },
    {
        "slug": "start-ups-de-territoire",
        "title": "Start-ups de territoire : quand les habitants inventent les entreprises dont leur territoire a besoin",
        "date": datetime.date(2026, 10, 6),
        "chapo": (
            "Partie de la Drôme, la démarche des start-ups de territoire réunit habitants, entreprises et "
            "collectivités pour faire naître des activités utiles localement et créatrices d’emplois."
        ),
        "tags": ["économie sociale et solidaire", "emploi", "territoires"],
        "query": "emploi insertion",
        "body": lambda initiative: [
            _paragraph(
                "<p>Le principe est simple : plutôt que d’attendre qu’une entreprise s’installe, on part des besoins "
                "du territoire (se nourrir, se déplacer, se soigner, se loger) et de l’énergie des habitants. Des "
                "soirées de créativité rassemblent des centaines de personnes ; les idées les plus solides sont "
                "accompagnées jusqu’à devenir des entreprises, souvent de l’économie sociale et solidaire.</p>"
            ),
            _heading("Une démarche née à Romans-sur-Isère"),
            _paragraph(
                "<p>La démarche a été lancée dans la Drôme par le groupe Archer, entreprise d’insertion de "
                "Romans-sur-Isère, avant d’essaimer dans d’autres territoires. Elle montre qu’un bassin de vie peut "
                "créer ses propres réponses économiques, en mêlant insertion par l’activité économique, "
                "circuits courts et mobilisation citoyenne.</p>"
            ),
            *_initiative_block(initiative, "Une initiative d’insertion recensée par Carrefour."),
            _paragraph(NOTICE),
        ],
    },
    {
        "slug": "prix-territoria-trente-ans-innovation-locale",
        "title": "Le prix TERRITORIA, plus de trente ans d’innovation publique locale",
        "date": datetime.date(2026, 11, 2),
        "chapo": (
            "Depuis plus de trente ans, le prix TERRITORIA distingue les collectivités qui innovent au service de "
            "leurs habitants. Carrefour rassemble ses lauréats avec ceux des autres prix de l’innovation sociale."
        ),
        "tags": ["prix", "innovation publique"],
        "query": "",
        "body": lambda initiative: [
            _paragraph(
                "<p>Le prix TERRITORIA récompense chaque année des initiatives publiques locales innovantes, "
                "classées par catégorie (cohésion sociale, transition écologique, développement économique, "
                "citoyenneté…). Ses lauréats, souvent de petites communes ou des intercommunalités, montrent que "
                "l’innovation publique n’est pas réservée aux grandes villes.</p>"
            ),
            _heading("Des lauréats à retrouver dans Carrefour"),
            _paragraph(
                "<p>Les palmarès des prix sont des sources comme les autres : Carrefour les moissonne, rattache "
                "chaque distinction à la fiche de l’initiative et met en avant les lauréats dans les résultats de "
                "recherche. Un même projet primé par plusieurs prix n’apparaît qu’une fois, avec toutes ses "
                "distinctions.</p>"
            ),
            *_initiative_block(initiative, "Un lauréat du prix TERRITORIA (démonstration)."),
            _cta("Tous les lauréats", "Parcourez les éditions du prix et les lauréats des autres palmarès.",
                 "Voir les prix et lauréats", "/laureats/"),
            _paragraph(NOTICE),
        ],
    },
]


def _territoria_laureates(limit: int) -> list[Initiative]:
    distinctions = (
        Distinction.objects.filter(edition__prize__name=TERRITORIA_NAME,
                                   initiative__visibility=Initiative.Visibility.PUBLISHED)
        .select_related("initiative").annotate(rank_order=rank_order())
        .order_by("rank_order", "-edition__year", "initiative__title")
    )
    seen, result = set(), []
    for distinction in distinctions:
        if distinction.initiative_id not in seen:
            seen.add(distinction.initiative_id)
            result.append(distinction.initiative)
        if len(result) == limit:
            break
    return result


def _featured_install() -> int:
    """Feature three TERRITORIA laureates and three initiatives found on several platforms (once)."""
    if FeaturedInitiative.objects.exists():
        return 0
    from django.db.models import Count

    chosen = _territoria_laureates(3)
    multi = (
        Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED)
        .annotate(sources=Count("records__source", distinct=True)).filter(sources__gte=2)
        .exclude(pk__in=[i.pk for i in chosen]).order_by("-sources", "title")[: 6 - len(chosen)]
    )
    chosen += list(multi)
    for position, initiative in enumerate(chosen):
        featured = FeaturedInitiative(
            initiative=initiative, position=position,
            chapo=excerpt(initiative.summary or "", 270),
            why_inspiring=(
                "<p>Une réponse concrète, portée localement, qui a fait ses preuves et peut être reprise "
                "ailleurs. <b>Texte de démonstration.</b></p>"
            ),
        )
        featured.save()
        featured.save_revision().publish()
    editorial_boost_refresh(initiative_ids=[i.pk for i in chosen])
    return len(chosen)


@transaction.atomic
def editorial_demo_install() -> dict[str, int]:
    """Build (or complete) the demo page tree; returns what was created."""
    home: HomePage = site_tree_ensure()
    created = {"pages": Page.objects.count()}
    _child(home, StandardPage, "a-propos", title="À propos",
           introduction="Le Carrefour des innovations sociales : un seul moteur de recherche pour les innovations "
                        "sociales recensées par les plateformes françaises.",
           body=json.dumps(ABOUT_BODY))
    _child(home, SourcesPage, "plateformes-partenaires", title="Plateformes partenaires",
           introduction="<p>Les plateformes dont Carrefour moissonne les fiches, avec leur licence.</p>")
    _child(home, StandardPage, "mentions-legales", title="Mentions légales",
           introduction="Éditeur, hébergement et licence des contenus.",
           body=json.dumps([_paragraph(
               "<p>Site de démonstration. Les contenus éditoriaux sont publiés sous licence Etalab 2.0 ; les "
               "fiches moissonnées restent sous la licence de leur plateforme d’origine, indiquée sur chaque "
               "fiche.</p>")]))
    _child(home, StandardPage, "accessibilite", title="Accessibilité",
           introduction="Déclaration d’accessibilité : partiellement conforme au RGAA 4.1.",
           body=json.dumps([_paragraph(
               "<p>Le site utilise le Système de design de l’État (DSFR). Pour signaler un défaut "
               "d’accessibilité, écrivez à l’équipe du site ; une réponse vous sera apportée sous quinze "
               "jours.</p>")]))

    index = _child(home, ArticleIndexPage, "articles", title="Articles",
                   introduction="L’actualité de l’innovation sociale et publique, par la rédaction de Carrefour.")
    for article in ARTICLES:
        existing = index.get_children().filter(slug=article["slug"]).first()
        query = article["query"]
        initiative = (_first_match(query) if query else (_territoria_laureates(1) or [None])[0])
        if existing is not None:
            page = existing.specific
            has_card = any(block.block_type == "initiative" for block in page.body)
            if has_card or initiative is None:
                continue
            # The first run had no initiatives yet: add the card now that harvests brought them.
            page.body = json.dumps(article["body"](initiative))
            page.save_revision().publish()
            continue
        page = ArticlePage(slug=article["slug"], title=article["title"], date=article["date"],
                           chapo=article["chapo"], body=json.dumps(article["body"](initiative)))
        index.add_child(instance=page)
        page.tags.add(*article["tags"])
        page.save_revision().publish()

    prize, _ = Prize.objects.get_or_create(
        slug="prix-territoria",
        defaults={"name": TERRITORIA_NAME, "organiser": "Observatoire national de l’innovation publique",
                  "description": "Le prix de l’innovation publique locale, décerné chaque année depuis plus de "
                                 "trente ans."},
    )
    prize_page = PrizeIndexPage.objects.filter(prize=prize).first() or _child(
        home, PrizeIndexPage, "prix-territoria", title=TERRITORIA_NAME, prize=prize,
        introduction="<p>Le prix TERRITORIA récompense des initiatives publiques locales innovantes. Les "
                     "palmarès ci-dessous sont ceux de la plateforme de démonstration.</p>",
    )
    years = set(TERRITORIA_YEARS) | set(prize.editions.values_list("year", flat=True))
    for year in sorted(years):
        edition, _ = PrizeEdition.objects.get_or_create(prize=prize, year=year)
        if not PrizeEditionPage.objects.filter(edition=edition).exists():
            _child(prize_page, PrizeEditionPage, str(year), title=f"{TERRITORIA_NAME} {year}", edition=edition,
                   introduction=f"<p>Les lauréats de l’édition {year}, par catégorie.</p>")
    created["pages"] = Page.objects.count() - created["pages"]
    created["featured"] = _featured_install()
    return created
