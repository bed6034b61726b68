"""Place deixis: "di sana", "di situ" name the place the text spoke of last.

"Jokowi tiba di Washington, terbang langsung dari Riyadh. Di sana, ia menghadiri KTT
OKI": "sana" is Riyadh. The anaphor becomes an entity of its sentence standing for
that place (the most specific place of the latest sentence that names one, the last
city first), spanning only its last word so that the locative before it ("di") still
marks it as a location.

This module must not import ``api``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.model import PlaceKind

if TYPE_CHECKING:
    from ingest.extract.document import Doc, Sentence
    from ingest.extract.entities import Ent

__all__ = ["place_anaphors"]

_SPECIFIC = {PlaceKind.VENUE: 3, PlaceKind.CITY: 2, PlaceKind.REGION: 1}


def _latest_place(doc: Doc, sentence: Sentence) -> Ent | None:
    for previous in reversed(doc.sentences[: sentence.index]):
        places = [e for e in previous.ents if e.place is not None and e.country]
        if places:
            rank = max(_SPECIFIC.get(p.place.kind, 0) for p in places if p.place)
            return next(
                p
                for p in reversed(places)
                if p.place is not None and _SPECIFIC.get(p.place.kind, 0) == rank
            )
    return None


def place_anaphors(doc: Doc, sentence: Sentence) -> list[Ent]:
    """Entities for the sentence's "di sana" (see the module docstring)."""
    found: list[Ent] = []
    for match in doc.lex.there.finditer(doc.text, sentence.start, sentence.end):
        if any(e.start < match.end() and match.start() < e.end for e in sentence.ents):
            continue
        place = _latest_place(doc, sentence)
        if place is None:
            continue
        start = match.start() + match.group().rfind(" ") + 1
        found.append(
            place.moved(start, match.end(), doc.text[start : match.end()], "there")
        )
    return found
