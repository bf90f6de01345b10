"""A commune named only in a record's text ("… installée dans le centre-bourg de Mauriac …").

Read only when no field gives a place. A name counts when it is written as a proper noun (capital first letter) and
introduced as a place: after « à », « en », « sur », « de »… and not after a word that makes it a street, a building
or a neighbourhood (« rue Saint-Martin », « quartier de Montreuil », « plateau de … »). A one-word name that is also
a common word only counts after « à » or an explicit « commune de ». When the text names several communes, the
ones introduced most firmly win; a tie stays unresolved (the normaliser then keeps only what they share).
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
    (re.compile(r"(?:\bcommune|\bville|\bvillage|\bbourg|\bcentre[- ]bourg|\bcentre[- ]ville)\s+(?:de|d['’])\s*$", re.I), 3),
    (re.compile(r"(?:install[ée]e?s?|bas[ée]e?s?|situ[ée]e?s?|implant[ée]e?s?|n[ée]e?s?|ouvert[e]?s?|lanc[ée]e?s?)\s+(?:à|a|au|aux|en|sur)\s*$", re.I), 3),
    (re.compile(r"(?:^|[\s(,;])(?:à|au|aux)\s*$", re.I), 2),
    (re.compile(r"(?:^|[\s(,;])(?:en|sur|dans|près de|proche de|autour de)\s*$", re.I), 1),
    (re.compile(r"(?:^|[\s(,;])(?:de|d['’]|du|des)\s*$", re.I), 1),
)
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ'’-]+")
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


def mentions(text: str, index: PlaceIndex) -> list[Mention]:
    """The communes the text introduces as places, with how firmly."""
    found: list[Mention] = []
    words = list(_WORD.finditer(text))
    start = 0
    while start < len(words):
        first = words[start]
        if not first.group()[0].isupper():
            start += 1
            continue
        best: Mention | None = None
        for size in range(min(_MAX_WORDS, len(words) - start), 0, -1):
            last = words[start + size - 1]
            written = text[first.start():last.end()]
            if not re.fullmatch(r"[\w'’ -]+", written):
                continue
            places = index.by_key.get(place_key(written))
            if not places:
                continue
            before = text[max(0, first.start() - 80):first.start()]
            strength = _cue_strength(before)
            single_word = size == 1 and "-" not in written
            if single_word and strength < 2:
                strength = 0  # a one-word name must be introduced firmly: it may be a common word
            if strength and not _blocked(before):
                best = Mention(places[0], strength, written)
                found.extend(Mention(place, strength, written) for place in places)
            break  # the longest name that is a place at this position, whether it counts or not
        start += 1 if best is None else len(_WORD.findall(best.text))
    return found


def firmest(found: list[Mention]) -> list[Place]:
    """The places of the firmest mentions (several when the text is ambiguous)."""
    if not found:
        return []
    top = max(mention.strength for mention in found)
    return [mention.place for mention in found if mention.strength == top]
