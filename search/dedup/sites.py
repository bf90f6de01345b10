"""One project at several places: the rows of one source that list a network's antennas.

A source lists an initiative once *per site*. Federations export one row per antenna ("Mobil'Emploi Vierzon",
"Mobil'Emploi – Antenne du Pays de Lorient", "Les Paniers de Léa (siège)"): same project, same porteur, another
place. Two rows of one source are one project at two sites when:

- they are placed in two different communes (the same commune twice is a duplicate row, not a second site);
- the same porteur runs both: the same SIREN (each antenna has its own SIRET), or the same porteur name; without a
  porteur, an identifier the two rows share and that is not common to the whole source (a web site, an email);
- their titles name the same project once the place is set aside: the words of the shorter title, without the
  names of its commune and the words that name a site ("antenne", "siège", "site de"…), all appear in the other's
  (give or take a typo). A single remaining word only counts when the porteur is the same.

Different activities of one porteur ("Potagers de la Cocotte" and "Cantine de la Cocotte") keep different words,
so they stay apart; generic titles of different porteurs ("Épicerie solidaire" in two towns) fail the porteur test.
"""

from __future__ import annotations

from search.dedup.scoring import Profile, identity_evidence, name_tokens, words_within

# Words that name a place of a network rather than its project.
_SITE_WORDS = frozenset(name_tokens(
    "antenne antennes siege site sites agence agences implantation implantations permanence permanences pays "
    "secteur boutique atelier ateliers"
))


def site_core(profile: Profile) -> tuple[str, ...]:
    """A title's words once its place's names and the words naming a site are set aside."""
    ignored = _SITE_WORDS | profile.place_tokens
    return tuple(token for token in profile.title_tokens if token not in ignored)


def _same_porteur(a: Profile, b: Profile) -> bool | None:
    """True or False when both rows name their porteur (SIREN first), None when one does not."""
    if a.siren and b.siren:
        return a.siren == b.siren
    if a.porteur_tokens and b.porteur_tokens:
        # The same name, word for word (case, accents and small words aside): "Les Voisineurs" and "Voisins
        # Solidaires" are alike to a fuzzy measure, and are two associations.
        return set(a.porteur_tokens) == set(b.porteur_tokens)
    return None


def same_project_elsewhere(a: Profile, b: Profile, busy: frozenset[str] = frozenset()) -> str:
    """Why two rows of one source are one project at two sites ("même porteur, autre implantation"), or ""."""
    if not a.commune or not b.commune or a.commune == b.commune:
        return ""
    porteur = _same_porteur(a, b)
    if porteur is False:
        return ""
    identity = None if porteur else identity_evidence(a, b, busy)
    if porteur is None and identity is None:
        return ""
    short, long = sorted((site_core(a), site_core(b)), key=len)
    if not short or (len(short) < 2 and not porteur) or not words_within(short, long):
        return ""
    return f"{'même porteur' if porteur else identity.labels[0]}, autre implantation"
