"""Towns the gazetteer does not know, located by the country named after them.

News places a small town by its country or region: "talks in Foo, in southern
India", "held at Foo, India.", "di Foo, India selatan", "di Foo, Jawa Tengah".
When a locative or directional marker governs a run of capitalised words that
links to nothing and a comma and a country follow (with only a locative and place
nouns such as "southern" / "selatan" in between), the run is a city of that
country, with an id from its name. Without a marker or place nouns in between, the
country must end the phrase (a comma or the end of the sentence), so that "in
Parliament, China said" names no town.

This module must not import ``api``.
"""

from __future__ import annotations

import re

from graph.ids import slug
from graph.model import Place, PlaceKind
from ingest.extract.entities import Ent
from ingest.extract.lexicon import Lexicon
from ingest.title_patterns import unknown_name_end

__all__ = ["unknown_towns"]

_WORD = re.compile(r"[^\W\d_]+")
_REACH = 60  # characters between a marker and the country


def _country_or_region(ent: Ent) -> bool:
    """A country, or a region that names its country ("Western Australia")."""
    return ent.kind == "country" or (
        ent.place is not None and ent.place.kind is PlaceKind.REGION
    )


def _marker_before(text: str, pos: int, lex: Lexicon) -> bool:
    words = _WORD.findall(text[max(0, pos - 30) : pos])
    markers = lex.locative | lex.directional | lex.surface
    return bool(words) and words[-1].lower() in markers and text[pos - 1] == " "


def _link_words(stretch: str, lex: Lexicon) -> tuple[bool, bool] | None:
    """Whether ``stretch`` (between the comma and the country) holds only a
    locative and place nouns: (ok, qualified by some word)."""
    words = [w.lower() for w in _WORD.findall(stretch)]
    allowed = lex.locative | lex.place_nouns | {"the"}
    if any(w not in allowed for w in words):
        return None
    return True, bool(words)


def unknown_towns(text: str, ents: list[Ent], lex: Lexicon) -> list[Ent]:
    """Unknown towns of ``text`` set off by their country (see the module doc)."""
    found: list[Ent] = []
    countries = [e for e in ents if e.country and _country_or_region(e)]
    for country in countries:
        lead = text[max(0, country.start - _REACH) : country.start]
        comma = lead.rfind(",")
        if comma < 0:
            continue
        comma += max(0, country.start - _REACH)
        link = _link_words(text[comma + 1 : country.start], lex)
        if link is None:
            continue
        tail = _WORD.match(text, country.end + 1)
        qualified = link[1] or bool(tail and tail.group(0).lower() in lex.place_nouns)
        if not qualified and not re.match(r"\s*(?:[,.;)]|$)", text[country.end :]):
            continue
        name = _name_before(text, comma, ents, lex)
        if name is None:
            continue
        start, end = name
        written = " ".join(text[start:end].split())
        place = Place(
            id=f"place:{slug(written)}",
            name=written,
            kind=PlaceKind.CITY,
            country=country.country,
        )
        found.append(
            Ent(
                start,
                end,
                text[start:end],
                place.id,
                "place",
                "unknown",
                None,
                place,
                country.country,
            )
        )
    return found


def _name_before(
    text: str, comma: int, ents: list[Ent], lex: Lexicon
) -> tuple[int, int] | None:
    """The capitalised run that ends at ``comma``, governed by a marker and linked to
    nothing."""
    for start in _starts(text, comma):
        end = unknown_name_end(text, start, comma)
        if end != comma or not _marker_before(text, start, lex):
            continue
        if any(e.start < comma and e.end > start for e in ents):
            return None
        return start, end
    return None


def _starts(text: str, comma: int) -> list[int]:
    """Word starts of up to three words before ``comma``, nearest first."""
    starts = [m.start() for m in _WORD.finditer(text, max(0, comma - 40), comma)]
    return list(reversed(starts))[:3]
