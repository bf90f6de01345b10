"""A commune named only in a record's text ("… installée dans le centre-bourg de Mauriac …").

Read only when no field gives a place. A name counts when it is written as a proper noun (capital first letter) and
introduced as a place: after « à », « en », « sur », « de »… and not after a word that makes it a street, a building
or a neighbourhood (« rue Saint-Martin », « quartier de Montreuil », « plateau de … »). A one-word name that is also
a common word only counts after « à » or an explicit « commune de ». When the text names several communes, the
ones introduced most firmly win; a tie stays unresolved (the normaliser then keeps only what they share).

A département written beside the name (« Langres (Haute-Marne) », « Montreuil (93) ») makes the name a place and
picks the homonym; one named elsewhere in the text (« dans le Cantal », « à La Réunion ») picks among homonyms too,
and, written with its article, is not itself read as a commune of another département (La Réunion, a commune of
Lot-et-Garonne). « au Havre », « aux Sables-d'Olonne » are « à Le Havre », « à Les Sables-d'Olonne ». A head office (« dont le siège est à Rennes ») is
not where the initiative acts: it counts as weakly as « de ». A venue read through « au » (« au Palais des
Congrès ») and a month after « depuis » are no communes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from initiatives.text import place_key

from .places import Place, PlaceIndex

# Words that, just before a name (or before its « de »), make it something other than the commune itself.
_NOT_A_COMMUNE = frozenset(place_key(word) for word in (
    "rue", "avenue", "av", "boulevard", "bd", "place", "chemin", "allée", "impasse", "quai", "route", "square",
    "cours", "passage", "voie", "sentier", "quartier", "cité", "résidence", "parc", "jardin", "école", "collège",
    "lycée", "église", "chapelle", "basilique", "cathédrale", "abbaye", "hôpital", "clinique", "gare", "pont",
    "porte", "stade", "salle", "espace", "maison", "foyer", "faubourg", "hameau", "lieu-dit", "plateau", "vallée",
    "val", "massif", "forêt", "bois", "lac", "étang", "rivière", "fleuve", "canal", "île", "côte", "baie", "col",
    "mont", "montagne", "pays", "canton", "arrondissement", "collectif", "association", "asso", "compagnie",
    "centre social", "café", "restaurant", "hôtel", "marché", "halle", "ferme", "moulin", "château", "domaine",
    "lotissement", "zone", "za", "zi", "zac", "ehpad", "mjc", "cfa", "iut", "université", "campus",
))
# How firmly the words before a name make it the initiative's place (higher is firmer).
_CUES = (
    # A head office first (« dont le siège est situé à Rennes »): it is not where the initiative acts.
    (re.compile(r"si[èe]ge(?:\s+social)?\s+(?:est\s+)?(?:\w+[ée]e?\s+)?(?:à|a|au|aux|en|sur)\s*$", re.I), 1),
    (re.compile(r"(?:\bcommune|\bville|\bvillage|\bbourg|\bcentre[- ]bourg|\bcentre[- ]ville)\s+(?:de|d['’])\s*$", re.I), 3),
    (re.compile(r"(?:install[ée]e?s?|bas[ée]e?s?|situ[ée]e?s?|implant[ée]e?s?|n[ée]e?s?|ouvert[e]?s?|lanc[ée]e?s?)\s+(?:à|a|au|aux|en|sur)\s*$", re.I), 3),
    (re.compile(r"(?:^|[\s(,;])(?:à|au|aux|depuis)\s*$", re.I), 2),
    (re.compile(r"(?:^|[\s(,;])(?:en|sur|dans|près de|proche de|autour de)\s*$", re.I), 1),
    (re.compile(r"(?:^|[\s(,;])(?:de|d['’]|du|des)\s*$", re.I), 1),
)
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ'’-]+")
# « au Havre », « du Mans », « aux Sables-d'Olonne »: the article of the name is in the word before it.
_CONTRACTED = ((re.compile(r"(?:^|[\s(,;])(?:au|du)\s*$", re.I), "le "), (re.compile(r"(?:^|[\s(,;])(?:aux|des)\s*$", re.I), "les "))
_ARTICLES = ("le ", "la ", "les ", "l ")
# After « depuis », a capitalised month is a date (« depuis Avril 2021 »), not the commune Avril.
_MONTHS = frozenset(place_key(month) for month in (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre"))
# After a name read through « au »/« aux », a word that continues it (« au Palais des Congrès », « Au Quartier
# Libre »): the name is a building's or a venue's, not the commune's.
_CONTINUED = re.compile(r"\s*(?:d(?:e|es|u)\b|d['’]|[A-ZÀ-Ý])")
_BRACKETS = re.compile(r"\s*\(([^()]{1,40})\)")
_DEPARTEMENT_CODE = re.compile(r"\((\d{2}|2[AB]|97\d)\)")
_MAX_WORDS = 7


@dataclass(frozen=True)
class Mention:
    place: Place
    strength: int
    text: str


def _cue_strength(before: str) -> int:
    for pattern, strength in _CUES:
        if pattern.search(before):
            return strength
    return 0


def _blocked(before: str) -> bool:
    """A street, a building or a landform word right before the name, or before its « de »."""
    words = [place_key(word) for word in _WORD.findall(before[-60:])]
    words = [word for word in words if word]
    while words and words[-1] in ("de", "d", "du", "des", "la", "le", "les", "l"):
        words.pop()
    tail = words[-2:]
    return any(word in _NOT_A_COMMUNE for word in tail) or " ".join(tail) in _NOT_A_COMMUNE


def departements_named(text: str, index: PlaceIndex) -> set[str]:
    """The départements a text names, by name (as a proper noun) or as a code in brackets (« (93) »)."""
    named = {match.group(1) for match in _DEPARTEMENT_CODE.finditer(text) if match.group(1) in index.departements}
    words = list(_WORD.finditer(text))
    for start, first in enumerate(words):
        if not first.group()[0].isupper():
            continue
        for size in range(min(4, len(words) - start), 0, -1):
            key = place_key(text[first.start():words[start + size - 1].end()])
            if code := index.departement_keys.get(key):
                phrase = re.split(r"[,;.:()]", text[max(0, first.start() - 80):first.start()])[-1]
                if not _blocked(phrase):  # « rue du Gard » names no département
                    named.add(code)
                break
    return named


def _bracketed_departement(after: str, index: PlaceIndex) -> str:
    """The département written in brackets right after a name (« (Haute-Marne) », « (93) »), or ""."""
    match = _BRACKETS.match(after)
    if not match:
        return ""
    inside = match.group(1).strip()
    if inside.upper() in index.departements:
        return inside.upper()
    return index.departement_keys.get(place_key(inside), "")


def _places_at(written: str, before: str, after: str, index: PlaceIndex) -> list[Place]:
    """The places a name written after ``before`` may be: its article may sit in the word before (« au Havre »),
    unless the words after continue the name (« au Palais des Congrès de Lyon »)."""
    key = place_key(written)
    for pattern, article in _CONTRACTED:
        if pattern.search(before) and (places := index.by_key.get(article + key)):
            return [] if _CONTINUED.match(after) else places
    if key in _MONTHS and re.search(r"depuis\s*$", before, re.I):
        return []
    return index.by_key.get(key, [])


def _mention_at(text: str, first: re.Match, last: re.Match, size: int, index: PlaceIndex) -> list[Mention] | None:
    """The mentions of the name written from ``first`` to ``last`` ([] when it is a place that does not count here,
    None when it is no place)."""
    written = text[first.start():last.end()]
    if not re.fullmatch(r"[\w'’ -]+", written):
        return None
    before, after = text[max(0, first.start() - 80):first.start()], text[last.end():last.end() + 45]
    places = _places_at(written, before, after, index)
    if not places:
        return None
    if (bracketed := _bracketed_departement(after, index)) and not _blocked(before):
        # « Langres (Haute-Marne) »: written as a place, and which one (« le parc de Sceaux (92) » is a park).
        within = [place for place in places if place.departement == bracketed]
        if within:
            return [Mention(place, 3, written) for place in within]
    key = place_key(written)
    departement = index.departement_keys.get(key) if key.startswith(_ARTICLES) else None
    if departement and all(place.departement != departement for place in places):
        # « à La Réunion »: a département written with its article, not a commune of that name elsewhere (« à
        # Allier », « à Vienne » name the communes: the départements are « dans l'Allier », « dans la Vienne »).
        return []
    strength = _cue_strength(before)
    single_word = size == 1 and "-" not in written
    if single_word and strength < 2:
        strength = 0  # a one-word name must be introduced firmly: it may be a common word
    if not strength or _blocked(before):
        return []
    return [Mention(place, strength, written) for place in places]


def mentions(text: str, index: PlaceIndex) -> list[Mention]:
    """The communes the text introduces as places, with how firmly; among homonyms, those of a département the text
    names, when there are some."""
    found: list[Mention] = []
    words = list(_WORD.finditer(text))
    start = 0
    while start < len(words):
        first = words[start]
        taken = 1
        if first.group()[0].isupper():
            for size in range(min(_MAX_WORDS, len(words) - start), 0, -1):
                here = _mention_at(text, first, words[start + size - 1], size, index)
                if here is None:
                    continue
                found.extend(here)
                taken = size if here else 1
                break  # the longest name that is a place at this position, whether it counts or not
        start += taken
    if len({mention.place.commune for mention in found}) > 1 and (named := departements_named(text, index)):
        # Among the homonyms of one written name only: « à Brest … à Lorient, dans le Morbihan » keeps Brest.
        homonyms: dict[str, list[Mention]] = {}
        for mention in found:
            homonyms.setdefault(place_key(mention.text), []).append(mention)
        found = []
        for group in homonyms.values():
            within = [mention for mention in group if mention.place.departement in named]
            found += within if within and len({mention.place.commune for mention in group}) > 1 else group
    return found


def firmest(found: list[Mention]) -> list[Place]:
    """The places of the firmest mentions (several when the text is ambiguous)."""
    if not found:
        return []
    top = max(mention.strength for mention in found)
    return [mention.place for mention in found if mention.strength == top]
