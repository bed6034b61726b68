"""Whether a place mention is used as a location, and which places can locate events.

"in Beijing", "di Kursk", "at Tiananmen Square" locate; "thanked Pyongyang",
"Moscow said" do not (those capitals stand for their countries). The check walks back
from the mention over names, short function words and place nouns ("di Lapangan Kim
Il Sung, Pyongyang", "in the ancient city of Gyeongju") to the nearest marker: a
static locative ("in", "at", "di"), a directional one ("to", "ke", "visited") when
movement counts, or an origin ("from", "dari") when asked for.

Places without a country (continents, seas: "Southeast Asia", "Laut Merah") never
locate an event.

This module must not import ``api``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.entities import Ent

if TYPE_CHECKING:
    from ingest.extract.document import Doc, Sentence

__all__ = ["has_country", "located"]

_TOKEN = re.compile(r"\S+")
_WALK = 8
_SKIP = frozenset({"the", "a", "an", "his", "her", "its", "their", "sang", "para"})
#: Lower-case particles inside names ("Avenue des Champs-Élysées", "city of Gyeongju").
_PARTICLES = frozenset(
    {"of", "de", "des", "du", "la", "le", "el", "al", "van", "von", "der", "da", "dos"}
)


def has_country(ent: Ent) -> bool:
    place = ent.place
    return place is not None and (
        place.country is not None or place.id.startswith("country:")
    )


def _owner(doc: Doc, ent: Ent) -> bool:
    """Whether ``ent`` owns what follows ("South Korea's defence ministry"), not a
    place ("Russia's Kursk region", "Russia's far east")."""
    after = doc.text[ent.end : ent.end + 30]
    if not after.startswith(("'s", "\u2019s")):
        return False
    words = after[2:].split()
    return bool(words) and words[0].islower() and words[0] not in doc.lex.place_nouns


def located(
    doc: Doc,
    sentence: Sentence,
    ent: Ent,
    *,
    directional: bool = True,
    origin: bool = False,
) -> bool:
    """Whether ``ent`` is used as a location (see the module docstring)."""
    if ent.place is None or ent.is_person or not has_country(ent):
        return False
    lex = doc.lex
    if ent.via == "demonym":  # "Russian influence" no; "the Malaysian capital" yes
        following = doc.text[ent.end : ent.end + 20].split()
        if not following or following[0].strip(",.").lower() not in lex.place_nouns:
            return False
    tokens = _TOKEN.findall(doc.text[sentence.start : ent.start])[-_WALK:]
    if tokens and tokens[-1].endswith(",") and _owner(doc, ent):
        return False  # "fighting in Kursk, South Korea's defence ministry said"
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].strip("\"'\u201c\u201d(),.:;")
        low = word.lower()
        previous = tokens[i - 1] if i > 0 else ""
        listed = previous[-1:] != "," or i == len(tokens) - 1
        if low in lex.coordinators and previous[:1].isupper() and listed:
            # "to Poland, Germany and Romania", "ke Tiongkok, Jepang, dan Malaysia":
            # one list of places ("Moscow, and the Kremlin said" is not)
            continue
        if low in lex.locative:
            # "the authorities in Naypyidaw": the government, not a place
            before = tokens[i - 1].strip("\"'(),.:;").lower() if i > 0 else ""
            return before not in lex.authorities
        if low in lex.surface:
            return ent.kind != "country"
        if low in lex.directional:
            return directional
        if low in lex.markers["from"]:
            return origin
        if word[:1].isupper() or low in lex.place_nouns or low in _SKIP:
            continue
        if low in _PARTICLES:
            continue
        return False
    return False
