"""The fictional partner platforms of the demo, each in its own format, vocabulary and quirks."""

from __future__ import annotations

from carrefour.demo.placement import ALL_PLATFORMS, placement
from carrefour.demo.platforms.apis import (
    build_fondation_entreprendre_ensemble,
    build_innov_territoires_occitanie,
    build_observatoire_rural,
)
from carrefour.demo.platforms.common import Platform, PublishedItem, Site
from carrefour.demo.platforms.feeds import build_reseau_tiers_lieux, build_solidarites_locales
from carrefour.demo.platforms.files import build_banque_initiatives_citoyennes, build_carte_ess_bretagne
from carrefour.demo.platforms.pages import (
    build_fabrique_des_solidarites,
    build_prix_territoria,
    build_services_proximite,
)


def _vocabulary(labels: str) -> dict[str, str]:
    """Parse 'theme=Label; theme=Label' (compact, one platform per line below)."""
    pairs = (item.split("=", 1) for item in labels.split(";") if item.strip())
    return {theme.strip(): label.strip() for theme, label in pairs}


# Each platform words the world's themes its own way (the crosswalk maps these labels onto the taxonomy).
VOCABULARIES = {
    "solidarites-locales": _vocabulary(
        "acces-aux-droits=Accès aux droits; agriculture=Agriculture paysanne; alimentation=Alimentation durable;"
        "culture=Culture; economie-circulaire=Réemploi; education=Éducation; emploi=Emploi & insertion;"
        "insertion=Emploi & insertion; energie=Transition énergétique; environnement=Environnement;"
        "familles=Familles; finance-solidaire=Finance solidaire; habitat=Logement; handicap=Handicap;"
        "jeunesse=Jeunesse; lien-social=Vivre ensemble; mobilite=Se déplacer; numerique=Numérique;"
        "participation-citoyenne=Démocratie locale; petite-enfance=Petite enfance; sante=Santé;"
        "seniors=Bien vieillir; services=Services de proximité; solidarite=Solidarité; sport=Sport"
    ),
    "reseau-tiers-lieux": _vocabulary(
        "acces-aux-droits=Accès aux droits; agriculture=Agriculture; alimentation=Alimentation;"
        "culture=Culture & convivialité; lien-social=Culture & convivialité; economie-circulaire=Réemploi & réparation;"
        "education=Éducation populaire; emploi=Emploi & compétences; insertion=Emploi & compétences;"
        "energie=Transition écologique; environnement=Transition écologique; familles=Familles;"
        "petite-enfance=Familles; finance-solidaire=Économie locale; habitat=Habitat; handicap=Inclusion;"
        "jeunesse=Jeunesse; mobilite=Mobilités; numerique=Numérique & fabrication;"
        "participation-citoyenne=Faire ensemble; sante=Santé; seniors=Aînés; services=Services au public;"
        "solidarite=Solidarités; sport=Sport"
    ),
    "observatoire-rural": _vocabulary(
        "acces-aux-droits=Accès aux droits et aux services; services=Accès aux droits et aux services;"
        "agriculture=Agriculture et alimentation; alimentation=Agriculture et alimentation; culture=Culture et patrimoine;"
        "economie-circulaire=Économie circulaire; education=Éducation et jeunesse; jeunesse=Éducation et jeunesse;"
        "emploi=Emploi et insertion; insertion=Emploi et insertion; energie=Énergie et climat;"
        "environnement=Environnement; familles=Enfance et familles; petite-enfance=Enfance et familles;"
        "finance-solidaire=Économie locale et finance solidaire; habitat=Habitat et logement;"
        "handicap=Handicap et inclusion; lien-social=Lien social; mobilite=Mobilité; numerique=Numérique;"
        "participation-citoyenne=Démocratie participative; sante=Santé et sport; sport=Santé et sport;"
        "seniors=Vieillissement; solidarite=Solidarités"
    ),
    "innov-territoires-occitanie": _vocabulary(
        "acces-aux-droits=#accèsauxdroits; agriculture=#agriculture; alimentation=#alimentation; culture=#culture;"
        "economie-circulaire=#réemploi; education=#éducation; emploi=#emploi; insertion=#insertion;"
        "energie=#énergie; environnement=#climat; familles=#familles; finance-solidaire=#financesolidaire;"
        "habitat=#logement; handicap=#handicap; jeunesse=#jeunesse; lien-social=#vivreensemble; mobilite=#mobilité;"
        "numerique=#numérique; participation-citoyenne=#citoyenneté; petite-enfance=#petiteenfance; sante=#santé;"
        "seniors=#seniors; services=#services; solidarite=#solidarité; sport=#sport"
    ),
    "carte-ess-bretagne": _vocabulary(
        "acces-aux-droits=ACCES AUX DROITS; agriculture=AGRICULTURE; alimentation=ALIMENTATION; culture=CULTURE;"
        "economie-circulaire=ECONOMIE CIRCULAIRE; education=EDUCATION; emploi=EMPLOI; insertion=INSERTION;"
        "energie=ENERGIE; environnement=ENVIRONNEMENT; familles=FAMILLE; finance-solidaire=FINANCE SOLIDAIRE;"
        "habitat=LOGEMENT; handicap=HANDICAP; jeunesse=JEUNESSE; lien-social=LIEN SOCIAL; mobilite=MOBILITE;"
        "numerique=NUMERIQUE; participation-citoyenne=GOUVERNANCE PARTAGEE; petite-enfance=PETITE ENFANCE;"
        "sante=SANTE; seniors=PERSONNES AGEES; services=SERVICES; solidarite=SOLIDARITE; sport=SPORT"
    ),
    "banque-initiatives-citoyennes": _vocabulary(
        "acces-aux-droits=Solidarités; solidarite=Solidarités; agriculture=Alimentation; alimentation=Alimentation;"
        "culture=Culture; economie-circulaire=Transition écologique; energie=Transition écologique;"
        "environnement=Transition écologique; education=Éducation; emploi=Travail et emploi;"
        "insertion=Travail et emploi; familles=Familles; petite-enfance=Familles; finance-solidaire=Économie solidaire;"
        "habitat=Habitat; handicap=Handicap; jeunesse=Jeunesse; lien-social=Lien social; mobilite=Mobilité;"
        "numerique=Numérique; participation-citoyenne=Démocratie; sante=Santé; sport=Santé; seniors=Seniors;"
        "services=Services"
    ),
    "fabrique-des-solidarites": _vocabulary(
        "acces-aux-droits=Accès aux droits; agriculture=Agriculture; alimentation=Alimentation; culture=Culture;"
        "economie-circulaire=Économie circulaire; education=Éducation; emploi=Emploi;"
        "insertion=Insertion par l'activité économique; energie=Énergie; environnement=Environnement;"
        "familles=Parentalité; finance-solidaire=Finance solidaire; habitat=Logement; handicap=Handicap;"
        "jeunesse=Jeunesse; lien-social=Lien social; mobilite=Mobilité solidaire; numerique=Inclusion numérique;"
        "participation-citoyenne=Participation citoyenne; petite-enfance=Petite enfance; sante=Santé;"
        "seniors=Vieillissement; services=Services de proximité; solidarite=Lutte contre la précarité; sport=Sport"
    ),
    "prix-territoria-demo": _vocabulary(
        "acces-aux-droits=accès aux droits; agriculture=agriculture; alimentation=alimentation; culture=culture;"
        "economie-circulaire=économie circulaire; education=éducation; emploi=emploi; insertion=insertion;"
        "energie=énergie; environnement=environnement; familles=familles; finance-solidaire=finance solidaire;"
        "habitat=habitat; handicap=handicap; jeunesse=jeunesse; lien-social=lien social; mobilite=mobilité;"
        "numerique=numérique; participation-citoyenne=participation citoyenne; petite-enfance=petite enfance;"
        "sante=santé; seniors=seniors; services=services; solidarite=solidarité; sport=sport"
    ),
    "services-proximite": _vocabulary(
        "acces-aux-droits=Accès aux services publics; services=Services du quotidien; numerique=Médiation numérique;"
        "sante=Santé; sport=Sport-santé; seniors=Personnes âgées; handicap=Handicap; familles=Familles;"
        "petite-enfance=Familles; jeunesse=Jeunesse; solidarite=Solidarité; lien-social=Lien social;"
        "emploi=Emploi; insertion=Emploi; participation-citoyenne=Participation;"
        "alimentation=Alimentation; agriculture=Alimentation; culture=Culture; economie-circulaire=Réemploi;"
        "education=Éducation; energie=Environnement; environnement=Environnement; finance-solidaire=Finances;"
        "habitat=Logement; mobilite=Mobilité"
    ),
    "fondation-entreprendre-ensemble": _vocabulary(
        "acces-aux-droits=Inclusion; solidarite=Inclusion; handicap=Inclusion; agriculture=Alimentation;"
        "alimentation=Alimentation; culture=Culture; economie-circulaire=Environnement; energie=Environnement;"
        "environnement=Environnement; education=Jeunesse; jeunesse=Jeunesse; emploi=Emploi; insertion=Emploi;"
        "familles=Familles; petite-enfance=Familles; finance-solidaire=Entrepreneuriat; habitat=Habitat;"
        "lien-social=Lien social; mobilite=Mobilité; numerique=Numérique; participation-citoyenne=Citoyenneté;"
        "sante=Santé; sport=Santé; seniors=Seniors; services=Services"
    ),
}

PLATFORMS: tuple[Platform, ...] = (
    Platform(
        "solidarites-locales",
        "Solidarités Locales",
        "rss",
        "WordPress RSS 2.0",
        "/solidarites-locales/feed/",
        10,
        VOCABULARIES["solidarites-locales"],
        "?paged=N (404 past the end); content:encoded with <script>, onclick/onerror and a javascript: link; "
        "dc:creator is the editor, the porteur is in the content; RFC 822 dates",
        build_solidarites_locales,
    ),
    Platform(
        "reseau-tiers-lieux",
        "Le Réseau des Tiers-Lieux Solidaires",
        "rss",
        "Atom 1.0",
        "/reseau-tiers-lieux/atom.xml",
        20,
        VOCABULARIES["reseau-tiers-lieux"],
        "RFC 5005 <link rel=next>; escaped HTML content; GeoRSS points; private tl: namespace (commune, INSEE, "
        "postcode); author = porteur",
        build_reseau_tiers_lieux,
    ),
    Platform(
        "observatoire-rural",
        "Observatoire des Innovations Rurales",
        "json_api",
        "OpenDataSoft Explore v2.1",
        "/observatoire-rural/api/explore/v2.1/catalog/datasets/innovations-rurales/records",
        20,
        VOCABULARIES["observatoire-rural"],
        "limit/offset (limit <= 100, else 400); total_count; French field names; thematique is a list; "
        "geo_point_2d object or null; plain-text description",
        build_observatoire_rural,
    ),
    Platform(
        "innov-territoires-occitanie",
        "Innov'Territoires Occitanie",
        "json_api",
        "WordPress REST API v2",
        "/innov-territoires-occitanie/wp-json/wp/v2/posts",
        10,
        VOCABULARIES["innov-territoires-occitanie"],
        "page/per_page; X-WP-Total and X-WP-TotalPages headers, Link rel=next; 400 past the last page; HTML "
        "entities in title.rendered; ACF fields (acf.ville, acf.localisation false when empty)",
        build_innov_territoires_occitanie,
    ),
    Platform(
        "carte-ess-bretagne",
        "Carte de l'ESS en Bretagne",
        "csv",
        "CSV export (Windows-1252)",
        "/carte-ess-bretagne/export/initiatives-ess-bretagne.csv",
        None,
        VOCABULARIES["carte-ess-bretagne"],
        "Windows-1252, ';' separator, CRLF, no charset in Content-Type; multi-line quoted cells; dates like "
        "'12 mars 2019' or 'mars 2019'; decimal commas; curly apostrophes; a few already-mojibaked summaries",
        build_carte_ess_bretagne,
    ),
    Platform(
        "banque-initiatives-citoyennes",
        "Banque des Initiatives Citoyennes",
        "xlsx",
        "XLSX workbook",
        "/banque-initiatives-citoyennes/telechargements/banque-initiatives-citoyennes.xlsx",
        None,
        VOCABULARIES["banque-initiatives-citoyennes"],
        "data on the second sheet 'Initiatives'; title rows, header on row 4; postcodes typed as numbers "
        "(06000 -> 6000); dates as Excel datetimes; CC BY-SA 4.0",
        build_banque_initiatives_citoyennes,
    ),
    Platform(
        "fabrique-des-solidarites",
        "La Fabrique des Solidarités",
        "html",
        "HTML catalogue",
        "/fabrique-des-solidarites/projets/",
        12,
        VOCABULARIES["fabrique-des-solidarites"],
        "cards article.carte-projet, 12 a page, a[rel=next] with relative ?page=N; relative detail links; "
        "detail pages with scripts and event handlers in the description",
        build_fabrique_des_solidarites,
    ),
    Platform(
        "prix-territoria-demo",
        "Prix TERRITORIA (démo)",
        "sitemap",
        "sitemap index + JSON-LD",
        "/prix-territoria-demo/sitemap.xml",
        None,
        VOCABULARIES["prix-territoria-demo"],
        "sitemap index -> 2 child sitemaps with lastmod (datetime or date); editorial pages to filter out; "
        "JSON-LD Project or NGO, sometimes inside @graph; keywords as list or string; award as list or string",
        build_prix_territoria,
    ),
    Platform(
        "services-proximite",
        "Annuaire des services de proximité solidaires",
        "jsonld",
        "microdata page",
        "/services-proximite/annuaire/",
        None,
        VOCABULARIES["services-proximite"],
        "one page, schema.org Organization / LocalBusiness in microdata with nested PostalAddress; no "
        "per-item page (identifier meta)",
        build_services_proximite,
    ),
    Platform(
        "fondation-entreprendre-ensemble",
        "Fondation Entreprendre Ensemble — palmarès",
        "json_api",
        "plain JSON (slow)",
        "/fondation-entreprendre-ensemble/api/palmares.json",
        None,
        VOCABULARIES["fondation-entreprendre-ensemble"],
        "answers after 5 s while its source is configured with a 2 s timeout: the harvest must fail it cleanly",
        build_fondation_entreprendre_ensemble,
    ),
)
assert tuple(p.slug for p in PLATFORMS) == ALL_PLATFORMS


def platform_by_slug(slug: str) -> Platform:
    return next(p for p in PLATFORMS if p.slug == slug)


def build_sites(base: str, version: int = 1) -> dict[str, Site]:
    """Render every platform against ``base`` (the server's base URL, or '{base}' for the truth file)."""
    listings = placement(version)
    return {platform.slug: platform.build(platform, listings[platform.slug], base) for platform in PLATFORMS}


__all__ = ["PLATFORMS", "Platform", "PublishedItem", "Site", "build_sites", "platform_by_slug"]
