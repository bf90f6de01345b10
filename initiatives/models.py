"""The canonical record of Carrefour: initiatives, the actors carrying them, where they come from
(sources and source records, with field-level provenance), their themes, prizes and French territories."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Value
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from initiatives.text import text_key
from initiatives.validators import validate_siren_or_siret


# --- French territories (Code officiel géographique) ----------------------------------------------
class Region(models.Model):
    code = models.CharField(_("code INSEE"), max_length=3, primary_key=True)
    name = models.CharField(_("nom"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta:
        verbose_name = _("région")
        verbose_name_plural = _("régions")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("initiatives:region", kwargs={"slug": self.slug})


class Departement(models.Model):
    code = models.CharField(_("code INSEE"), max_length=3, primary_key=True)
    name = models.CharField(_("nom"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="departements", verbose_name=_("région"))

    class Meta:
        verbose_name = _("département")
        verbose_name_plural = _("départements")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    def get_absolute_url(self) -> str:
        return reverse("initiatives:departement", kwargs={"slug": self.slug})


class Epci(models.Model):
    """An intercommunalité: an EPCI à fiscalité propre, or an établissement public territorial of the Grand Paris.

    Keyed by SIREN. Local agents think in these (« la CC », « l'agglo »), not in communes.
    """

    class Kind(models.TextChoices):
        COMMUNAUTE_COMMUNES = "cc", _("communauté de communes")
        COMMUNAUTE_AGGLOMERATION = "ca", _("communauté d’agglomération")
        COMMUNAUTE_URBAINE = "cu", _("communauté urbaine")
        METROPOLE = "metropole", _("métropole")
        METROPOLE_LYON = "metropole_lyon", _("Métropole de Lyon")
        EPT = "ept", _("établissement public territorial")

    code = models.CharField(_("SIREN"), max_length=9, primary_key=True)
    name = models.CharField(_("nom"), max_length=200)
    # Not unique: two « CC des Quatre Rivières » exist; URLs carry the code.
    slug = models.SlugField(_("slug"), max_length=200)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)

    class Meta:
        verbose_name = _("intercommunalité")
        verbose_name_plural = _("intercommunalités")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Commune(models.Model):
    """A current commune, or a municipal arrondissement of Paris, Lyon or Marseille (with its parent).

    Keyed by INSEE code, never by postcode: one postcode covers several communes and a commune can have several.
    """

    class Kind(models.TextChoices):
        COMMUNE = "commune", _("commune")
        ARRONDISSEMENT = "arrondissement", _("arrondissement municipal")

    insee_code = models.CharField(_("code INSEE"), max_length=5, primary_key=True)
    name = models.CharField(_("nom"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=160)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.COMMUNE)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="arrondissements",
        verbose_name=_("commune parente"),
    )
    departement = models.ForeignKey(Departement, on_delete=models.PROTECT, related_name="communes", verbose_name=_("département"))
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="communes", verbose_name=_("région"))
    postcodes = ArrayField(models.CharField(max_length=5), default=list, blank=True, verbose_name=_("codes postaux"))
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    # A point inside the commune (the centroid of its contour, see initiatives/data/cog/SOURCE.md).
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    epci = models.ForeignKey(
        Epci, on_delete=models.SET_NULL, null=True, blank=True, related_name="communes",
        verbose_name=_("intercommunalité"), limit_choices_to=~models.Q(kind=Epci.Kind.EPT),
    )
    # Only in the Métropole du Grand Paris, whose communes also belong to one of its territoires.
    ept = models.ForeignKey(
        Epci, on_delete=models.SET_NULL, null=True, blank=True, related_name="ept_communes",
        verbose_name=_("établissement public territorial"), limit_choices_to={"kind": Epci.Kind.EPT},
    )
    # Lower-case, unaccented, "saint" spelled out, hyphens and apostrophes as spaces: what lookups compare.
    search_name = models.CharField(_("nom normalisé"), max_length=150, db_index=True, editable=False)

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        ordering = ["name"]
        indexes = [
            GinIndex(fields=["postcodes"], name="commune_postcodes_gin"),
            GinIndex(fields=["search_name"], name="commune_search_name_trgm", opclasses=["gin_trgm_ops"]),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.departement_id})"

    def get_absolute_url(self) -> str:
        return reverse("initiatives:commune", kwargs={"insee_code": self.insee_code, "slug": self.slug})


class FormerCommune(models.Model):
    """A commune déléguée or associée: a former commune merged into a current one, whose name records still use.

    Keyed by (kind, INSEE code): a commune déléguée often keeps the INSEE code of its commune nouvelle.
    """

    class Kind(models.TextChoices):
        DELEGUEE = "deleguee", _("commune déléguée")
        ASSOCIEE = "associee", _("commune associée")

    insee_code = models.CharField(_("code INSEE"), max_length=5)
    name = models.CharField(_("nom"), max_length=150)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    commune = models.ForeignKey(
        Commune, on_delete=models.CASCADE, related_name="former_communes", verbose_name=_("commune actuelle"),
        limit_choices_to={"kind": Commune.Kind.COMMUNE},
    )
    departement = models.ForeignKey(
        Departement, on_delete=models.PROTECT, related_name="former_communes", verbose_name=_("département")
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    # Computed by initiatives.text.place_key, as Commune.search_name.
    search_name = models.CharField(_("nom normalisé"), max_length=150, db_index=True, editable=False)

    class Meta:
        verbose_name = _("commune déléguée ou associée")
        verbose_name_plural = _("communes déléguées ou associées")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "insee_code"], name="formercommune_kind_insee_code_unique"),
        ]
        indexes = [
            GinIndex(fields=["search_name"], name="formercommune_search_name_trgm", opclasses=["gin_trgm_ops"]),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_kind_display()}, {self.commune_id})"


# --- Taxonomy -------------------------------------------------------------------------------------
class Theme(models.Model):
    """The Carrefour taxonomy: three facets (domaines, publics, méthodes), each with optional sub-themes."""

    # Harvests save these models by the thousand: all of them stay out of Wagtail's reference index.
    wagtail_reference_index_ignore = True

    class Facet(models.TextChoices):
        DOMAINE = "domaine", _("Domaines")
        PUBLIC = "public", _("Publics")
        METHODE = "methode", _("Méthodes")

    code = models.SlugField(_("code"), max_length=80, unique=True, help_text=_("Identifiant stable, ne pas modifier."))
    name = models.CharField(_("nom"), max_length=120)
    facet = models.CharField(_("facette"), max_length=10, choices=Facet.choices)
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="children", verbose_name=_("thème parent")
    )
    description = models.TextField(_("description"), blank=True)
    keywords = models.TextField(
        _("mots-clés"), blank=True,
        help_text=_("Un mot ou une expression par ligne ; sert au classement automatique (sans accents ni majuscules)."),
    )
    position = models.PositiveSmallIntegerField(_("ordre"), default=0)

    class Meta:
        verbose_name = _("thème")
        verbose_name_plural = _("thèmes")
        ordering = ["facet", "position", "name"]

    def __str__(self) -> str:
        return f"{self.parent.name} › {self.name}" if self.parent_id and self.parent else self.name

    def get_absolute_url(self) -> str:
        return reverse("initiatives:theme", kwargs={"code": self.code})


# --- Actors and sources ---------------------------------------------------------------------------
class Porteur(models.Model):
    """The actor carrying an initiative."""

    wagtail_reference_index_ignore = True

    class Kind(models.TextChoices):
        ASSOCIATION = "association", _("association")
        COLLECTIVITE = "collectivite", _("collectivité")
        ENTREPRISE = "entreprise", _("entreprise")
        ESS = "ess", _("structure de l’ESS")
        ETAT = "etat", _("service de l’État")
        ETABLISSEMENT_PUBLIC = "etablissement_public", _("établissement public")
        COLLECTIF = "collectif", _("collectif citoyen")
        AUTRE = "autre", _("autre")

    name = models.CharField(_("nom"), max_length=255)
    kind = models.CharField(_("type"), max_length=30, choices=Kind.choices, default=Kind.AUTRE)
    siret = models.CharField(
        _("SIREN ou SIRET"), max_length=14, blank=True, validators=[validate_siren_or_siret],
        help_text=_("9 chiffres (SIREN) ou 14 chiffres (SIRET), clé de Luhn vérifiée."),
    )
    website = models.URLField(_("site web"), max_length=500, blank=True)
    # Lower-case unaccented name: how porteurs from different sources are matched.
    name_key = models.CharField(max_length=255, db_index=True, editable=False)

    class Meta:
        verbose_name = _("porteur")
        verbose_name_plural = _("porteurs")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["siret"], condition=~models.Q(siret=""), name="porteur_unique_siret"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.name_key = text_key(self.name)
        super().save(*args, **kwargs)


class Source(models.Model):
    """A partner platform that Carrefour harvests."""

    wagtail_reference_index_ignore = True

    class Schedule(models.TextChoices):
        HOURLY = "hourly", _("toutes les heures")
        DAILY = "daily", _("chaque jour")
        WEEKLY = "weekly", _("chaque semaine")
        MANUAL = "manual", _("manuellement")

    name = models.CharField(_("nom"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    website = models.URLField(_("site web"), max_length=500, blank=True)
    logo_url = models.URLField(_("logo (URL)"), max_length=500, blank=True)
    licence = models.CharField(_("licence"), max_length=120, default="Licence Ouverte 2.0")
    licence_url = models.URLField(
        _("lien de la licence"), max_length=500, blank=True, default="https://www.etalab.gouv.fr/licence-ouverte-open-licence"
    )
    description = models.TextField(_("description"), blank=True)
    format = models.CharField(_("format"), max_length=20, help_text=_("rss, json_api, csv, xlsx, html, jsonld, sitemap"))
    configuration = models.JSONField(_("configuration"), default=dict, blank=True)
    enabled = models.BooleanField(_("active"), default=True)
    schedule = models.CharField(_("fréquence de moissonnage"), max_length=10, choices=Schedule.choices, default=Schedule.DAILY)
    contact = models.CharField(_("contact"), max_length=255, blank=True)
    precedence = models.PositiveSmallIntegerField(
        _("rang de priorité"), default=100,
        help_text=_("Quand deux sources se contredisent, la valeur de la source au plus petit rang l’emporte."),
    )
    show_contact_email = models.BooleanField(
        _("afficher les courriels de contact"), default=False,
        help_text=_("Seulement si la licence et les conditions de la source le permettent."),
    )
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifiée le"), auto_now=True)

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["precedence", "name"]

    def __str__(self) -> str:
        return self.name

    # Harvest health, shown in the admin's source list (the SourceHealth row is kept by the harvest service).
    def _health(self):
        return getattr(self, "health", None)

    @admin.display(description=_("dernier succès"))
    def last_success(self):
        health = self._health()
        return health.last_success_at if health else None

    @admin.display(description=_("échecs consécutifs"))
    def failure_streak(self):
        health = self._health()
        return health.failure_streak if health else 0

    @admin.display(description=_("signalements à traiter"))
    def open_reports(self) -> int:
        """Open correction reports about the initiatives this source describes (« Signalements »)."""
        return CorrectionReport.objects.filter(status=CorrectionReport.Status.OPEN, initiative__records__source=self
                                               ).values("pk").distinct().count()


class ThemeCrosswalk(models.Model):
    """Maps one of a source's own tags to Carrefour themes."""

    wagtail_reference_index_ignore = True

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="crosswalk", verbose_name=_("source"))
    tag = models.CharField(_("étiquette de la source"), max_length=200)
    tag_key = models.CharField(max_length=200, editable=False)
    themes = models.ManyToManyField(Theme, blank=True, related_name="crosswalk_entries", verbose_name=_("thèmes"))

    class Meta:
        verbose_name = _("correspondance d’étiquette")
        verbose_name_plural = _("correspondances d’étiquettes")
        ordering = ["source", "tag"]
        constraints = [models.UniqueConstraint(fields=["source", "tag_key"], name="crosswalk_unique_tag")]

    def __str__(self) -> str:
        return f"{self.source} : {self.tag}"

    def save(self, *args, **kwargs) -> None:
        self.tag_key = text_key(self.tag)
        super().save(*args, **kwargs)


# --- Prizes ---------------------------------------------------------------------------------------
class Prize(models.Model):

    wagtail_reference_index_ignore = True
    name = models.CharField(_("nom"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    organiser = models.CharField(_("organisateur"), max_length=200, blank=True)
    website = models.URLField(_("site web"), max_length=500, blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("prix")
        verbose_name_plural = _("prix")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class PrizeEdition(models.Model):

    wagtail_reference_index_ignore = True
    prize = models.ForeignKey(Prize, on_delete=models.CASCADE, related_name="editions", verbose_name=_("prix"))
    year = models.PositiveSmallIntegerField(_("année"))

    class Meta:
        verbose_name = _("édition de prix")
        verbose_name_plural = _("éditions de prix")
        ordering = ["prize", "-year"]
        constraints = [models.UniqueConstraint(fields=["prize", "year"], name="edition_unique_year")]

    def __str__(self) -> str:
        return f"{self.prize} {self.year}"


class Distinction(models.Model):

    wagtail_reference_index_ignore = True
    class Rank(models.TextChoices):
        # A context: in French catalogues "or" alone is the conjunction.
        OR = "or", pgettext_lazy("rang d’un prix", "or")
        ARGENT = "argent", pgettext_lazy("rang d’un prix", "argent")
        BRONZE = "bronze", pgettext_lazy("rang d’un prix", "bronze")
        MENTION = "mention", pgettext_lazy("rang d’un prix", "mention")
        LAUREAT = "laureat", pgettext_lazy("rang d’un prix", "lauréat")

    initiative = models.ForeignKey(
        "Initiative", on_delete=models.CASCADE, related_name="distinctions", verbose_name=_("initiative")
    )
    edition = models.ForeignKey(PrizeEdition, on_delete=models.PROTECT, related_name="distinctions", verbose_name=_("édition"))
    category = models.CharField(_("catégorie"), max_length=200, blank=True)
    rank = models.CharField(_("rang"), max_length=10, choices=Rank.choices, default=Rank.LAUREAT)

    RANK_ORDER = {Rank.OR: 0, Rank.ARGENT: 1, Rank.BRONZE: 2, Rank.MENTION: 3, Rank.LAUREAT: 4}

    class Meta:
        verbose_name = _("distinction")
        verbose_name_plural = _("distinctions")
        ordering = ["edition", "category", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["initiative", "edition", "category"], name="distinction_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.edition} – {self.get_rank_display()}" + (f" – {self.category}" if self.category else "")


# --- Initiatives ----------------------------------------------------------------------------------
class Initiative(models.Model):
    """One social innovation, merged from every source record that describes it."""

    wagtail_reference_index_ignore = True

    class Status(models.TextChoices):
        PLANNED = "planned", _("en projet")
        ONGOING = "ongoing", _("en cours")
        FINISHED = "finished", _("terminé")
        UNKNOWN = "unknown", _("inconnu")

    class ContentType(models.TextChoices):
        PROJET = "projet", _("projet")
        STRUCTURE = "structure", _("structure")
        DISPOSITIF = "dispositif", _("dispositif")
        RESSOURCE = "ressource", _("ressource")

    class Visibility(models.TextChoices):
        PUBLISHED = "published", _("publiée")
        HIDDEN = "hidden", _("masquée")
        MERGED = "merged", _("fusionnée")

    title = models.CharField(_("titre"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    summary = models.TextField(_("résumé"), blank=True, help_text=_("Texte brut."))
    description = models.TextField(_("description"), blank=True, help_text=_("HTML assaini."))
    porteur = models.ForeignKey(
        Porteur, on_delete=models.SET_NULL, null=True, blank=True, related_name="initiatives", verbose_name=_("porteur")
    )
    website = models.URLField(_("site web"), max_length=500, blank=True)
    social_links = models.JSONField(_("réseaux sociaux"), default=list, blank=True)
    contact_email = models.EmailField(_("courriel de contact"), blank=True)
    image_url = models.URLField(_("image (URL)"), max_length=500, blank=True)
    start_date = models.DateField(_("date de début"), null=True, blank=True)
    start_year = models.PositiveSmallIntegerField(_("année de début"), null=True, blank=True, db_index=True)
    status = models.CharField(_("état"), max_length=10, choices=Status.choices, default=Status.UNKNOWN)
    content_type = models.CharField(_("type de contenu"), max_length=10, choices=ContentType.choices, default=ContentType.PROJET)
    themes = models.ManyToManyField(Theme, blank=True, related_name="initiatives", verbose_name=_("thèmes"))
    commune = models.ForeignKey(
        Commune, on_delete=models.SET_NULL, null=True, blank=True, related_name="initiatives", verbose_name=_("commune")
    )
    departement = models.ForeignKey(
        Departement, on_delete=models.SET_NULL, null=True, blank=True, related_name="initiatives", verbose_name=_("département")
    )
    region = models.ForeignKey(
        Region, on_delete=models.SET_NULL, null=True, blank=True, related_name="initiatives", verbose_name=_("région")
    )
    address = models.CharField(_("adresse"), max_length=500, blank=True)
    postcode = models.CharField(_("code postal"), max_length=5, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    territory_note = models.CharField(
        _("note de localisation"), max_length=300, blank=True,
        help_text=_("Pourquoi la localisation s’arrête au département ou à la région (nom ambigu…)."),
    )
    language = models.CharField(_("langue"), max_length=8, default="fr")
    visibility = models.CharField(
        _("visibilité"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLISHED, db_index=True
    )
    merged_into = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="merged_initiatives",
        verbose_name=_("fusionnée dans"),
    )
    # Which source record supplied each field: {"summary": <SourceRecord id>, ...}.
    provenance = models.JSONField(_("provenance des champs"), default=dict, blank=True, editable=False)
    # Ranking bonus for editorial choices (featured, prize-winning); kept current by the services that change them.
    editorial_boost = models.FloatField(_("bonus éditorial"), default=0.0, editable=False)
    # Weighted French full-text document, maintained by database triggers (see search migration "search_index").
    search_vector = SearchVectorField(null=True, editable=False)
    first_seen = models.DateTimeField(_("vue pour la première fois"), auto_now_add=True)
    last_updated = models.DateTimeField(_("mise à jour"), auto_now=True, db_index=True)

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")
        ordering = ["title"]
        indexes = [
            models.Index(fields=["visibility", "region", "departement"], name="initiative_territory_idx"),
            GinIndex(fields=["search_vector"], name="initiative_search_gin"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("initiatives:detail", kwargs={"slug": self.slug})


class SourceRecord(models.Model):
    """One item exactly as a source published it, and the normalised fields drawn from it."""

    wagtail_reference_index_ignore = True

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="records", verbose_name=_("source"))
    external_id = models.CharField(_("identifiant dans la source"), max_length=500)
    source_url = models.URLField(_("adresse dans la source"), max_length=1000, blank=True)
    raw = models.JSONField(_("données brutes"), default=dict)
    # The source's fields mapped onto Carrefour's vocabulary, before cleaning: re-normalising (after an editor maps
    # a tag, say) starts from here, without fetching the source again.
    fields = models.JSONField(_("champs extraits"), default=dict, db_default=Value({}, output_field=models.JSONField()),
                              blank=True)
    data = models.JSONField(_("données normalisées"), default=dict, blank=True)
    content_hash = models.CharField(_("empreinte du contenu"), max_length=64, db_index=True)
    initiative = models.ForeignKey(
        Initiative, on_delete=models.SET_NULL, null=True, blank=True, related_name="records", verbose_name=_("initiative")
    )
    first_seen = models.DateTimeField(_("vu pour la première fois"), auto_now_add=True)
    last_seen = models.DateTimeField(_("vu pour la dernière fois"), null=True, blank=True)
    last_changed = models.DateTimeField(_("modifié pour la dernière fois"), null=True, blank=True)
    missing_since = models.DateTimeField(_("absent depuis"), null=True, blank=True)
    missing_count = models.PositiveSmallIntegerField(
        _("moissonnages réussis sans lui"), default=0,
        help_text=_("Masqué après 3 moissonnages complets et réussis consécutifs sans cette fiche."),
    )

    class Meta:
        verbose_name = _("fiche source")
        verbose_name_plural = _("fiches sources")
        ordering = ["source", "external_id"]
        constraints = [models.UniqueConstraint(fields=["source", "external_id"], name="record_unique_external_id")]

    def __str__(self) -> str:
        return f"{self.source} / {self.external_id}"


class Site(models.Model):
    """A place where an initiative is present (an antenna, a site, an implantation).

    Networks list each antenna as its own row; once those rows are one initiative, each place they give is a site.
    Sites are derived from the initiative's source records (one per commune, or per département when a record gives
    no commune) by ``initiative_rebuild`` (initiatives/sites.py): editors curate the records' initiative, never the
    sites. The initiative's own territory is its main site, the one of its most authoritative placed record.
    Facets, the map, the Observatoire and the exports count an initiative in every territory where it has a site.
    """

    wagtail_reference_index_ignore = True

    class Position(models.TextChoices):
        ADDRESS = "adresse", _("adresse donnée par la source")
        COMMUNE = "commune", _("centre de la commune")
        NONE = "", _("inconnue")

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="sites", verbose_name=_("initiative"))
    record = models.ForeignKey(
        SourceRecord, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("fiche source"),
    )
    main = models.BooleanField(_("implantation principale"), default=False)
    commune = models.ForeignKey(
        Commune, on_delete=models.SET_NULL, null=True, blank=True, related_name="sites", verbose_name=_("commune")
    )
    arrondissement = models.ForeignKey(
        Commune, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("arrondissement municipal"),
    )
    departement = models.ForeignKey(
        Departement, on_delete=models.SET_NULL, null=True, blank=True, related_name="sites",
        verbose_name=_("département"),
    )
    region = models.ForeignKey(
        Region, on_delete=models.SET_NULL, null=True, blank=True, related_name="sites", verbose_name=_("région")
    )
    written_name = models.CharField(
        _("nom écrit"), max_length=200, blank=True,
        help_text=_("Le nom d’une commune déléguée ou associée, quand la source l’a écrit."),
    )
    address = models.CharField(_("adresse"), max_length=500, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    position = models.CharField(_("position"), max_length=8, choices=Position.choices, blank=True, default="")

    class Meta:
        verbose_name = _("implantation")
        verbose_name_plural = _("implantations")
        ordering = ["initiative", "-main", "pk"]
        indexes = [
            models.Index(fields=["departement", "initiative"], name="site_departement_idx"),
            models.Index(fields=["region", "initiative"], name="site_region_idx"),
            models.Index(fields=["commune", "initiative"], name="site_commune_idx"),
        ]

    def __str__(self) -> str:
        place = self.commune or self.departement or self.region
        return f"{self.initiative_id} @ {place}"


from initiatives.corrections import CorrectionReport  # noqa: E402 - defined beside its services, registered here
