"""One project at several places: the rows of one source that list a network's antennas.

A source lists an initiative once *per site*. Federations export one row per antenna ("Mobil'Emploi Vierzon",
"Mobil'Emploi – Antenne du Pays de Lorient", "Les Paniers de Léa (siège)"): same project, same porteur, another
place. Two rows of one source are one project at two sites when:

- they are placed in two different communes, or two arrondissements of Paris, Lyon or Marseille (the same place
  twice is a duplicate row, not a second site);
- the same porteur runs both: the same SIREN (each antenna has its own SIRET), or the same porteur name; without a
  porteur, an identifier the two rows share and that is not common to the whole source (a web site, an email);
- their titles name the same project once the place is set aside: the words of the shorter title, without the
  names of its commune and the words that name a site ("antenne", "siège", "site de"…), all appear in the other's
  (give or take a typo). A single remaining word only counts when the porteur is the same.

Different activities of one porteur ("Potagers de la Cocotte" and "Cantine de la Cocotte") keep different words,
so they stay apart; generic titles of different porteurs ("Épicerie solidaire" in two towns) fail the porteur test.
"""

from __future__ import annotations

from collections.abc import Sequence

from search.dedup.scoring import GENERIC_TOKENS, Profile, identity_evidence, name_tokens, same_porteur, words_within

# Words that name a place of a network rather than its project.
_SITE_WORDS = frozenset(name_tokens(
    "antenne antennes siege site sites agence agences implantation implantations permanence permanences pays "
    "secteur boutique atelier ateliers"
))


def site_core(profile: Profile) -> tuple[str, ...]:
    """A title's words once its place's names and the words naming a site are set aside."""
    ignored = _SITE_WORDS | profile.place_tokens
    return tuple(token for token in profile.title_tokens if token not in ignored)


def same_project_elsewhere(a: Profile, b: Profile, busy: frozenset[str] = frozenset()) -> str:
    """Why two rows of one source are one project at two sites ("même porteur, autre implantation"), or ""."""
    if not a.place or not b.place or a.place == b.place:
        return ""
    porteur = same_porteur(a, b)
    if porteur is False:
        return ""
    identity = None if porteur else identity_evidence(a, b, busy)
    if porteur is None and identity is None:
        return ""
    short, long = sorted((site_core(a), site_core(b)), key=len)
    if not short or (len(short) < 2 and not porteur) or not words_within(short, long):
        return ""
    return f"{'même porteur' if porteur else identity.labels[0]}, autre implantation"


def one_project(profiles: Sequence[Profile]) -> bool:
    """Whether rows of one source look like the sites of one project: one porteur runs them all (the same SIREN,
    or the same name), and the shortest title, once its place is set aside, keeps two words that are not generic
    qualifiers, which appear in every other title ("Mobil'Emploi" in "Mobil'Emploi Laval" and "MOBIL'EMPLOI
    BLOIS"). Rows titled "Épicerie solidaire" in ten towns are not; nor are ten "Repair Café X" sharing a network's
    address without a porteur (each is its own association)."""
    porteurs = {profile.siren or frozenset(profile.porteur_tokens) for profile in profiles}
    if len(porteurs) != 1 or not next(iter(porteurs)):
        return False
    cores = sorted((site_core(profile) for profile in profiles), key=len)
    shortest = tuple(word for word in cores[0] if word not in GENERIC_TOKENS)
    return len(shortest) >= 2 and all(words_within(shortest, core) for core in cores[1:])
