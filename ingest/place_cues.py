"""Which readings of a place name the words around it support.

Some place names need their surroundings before they count:

- a name that is also a common word or a person's name (``needs_context``:
  "Victoria", "Goa", "Surin") counts after a locative word ("in", "at", "di", "ke",
  "dari", "kota"...) or next to a place that contains it or lies in it;
- a name two places share (``ambiguous`` on all but one: Washington the state,
  Georgia the US state, Punjab in India, Victoria in the Seychelles) gives a
  *secondary* reading that counts only next to such a place: "Atlanta, Georgia",
  "Seattle, Washington", "Melbourne, Victoria", "Victoria, Seychelles",
  "Pakistan's Punjab", or after an all-capitals dateline the gazetteer does not know
  ("WOODSIDE, Calif. -").

A conditional reading supported by a neighbour wins over every other reading of the
same words, unless the neighbour supports one of those too: "Atlanta, Georgia" is the
US state while "Tbilisi, Georgia" and "Georgia's president" stay the country, and "di
Jakarta, Washington" and "Washington, USA" stay the US capital.

This module must not import ``api``; it imports nothing from ``ingest`` but the
alias types.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from ingest.aliasmatch import AliasEntry, Hit

__all__ = ["PlaceCues"]

_LOCATIVE = re.compile(
    r"\b(in|at|to|from|near|outside|into|towards?|via|di|ke|dari|kota|menuju|dekat)"
    r"\s+$",
    re.IGNORECASE,
)
_BEFORE = re.compile(r"(?:,|['\u2019]s)\s{0,2}$")  # "Atlanta, |Pakistan's |"
_AFTER = re.compile(r",\s{0,2}")  # "|, Seychelles"
# an all-capitals place name opening a line, then a comma: "WOODSIDE, Calif."
_DATELINE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z'.\- ]*[A-Z]\.?,[ \t]*$")
_PLACE_KINDS = frozenset({"place", "country"})

Contains = Callable[[str, str], bool]


class PlaceCues:
    """Filters the readings of each matched span by the words and places around it.

    Args:
        text: the text the hits were found in.
        hits: every alias hit in the text (overlapping ones included).
        contains: ``contains(outer, inner)`` of the gazetteer.
    """

    def __init__(self, text: str, hits: Iterable[Hit], contains: Contains) -> None:
        self._text = text
        self._contains = contains
        self._ending: dict[int, list[AliasEntry]] = defaultdict(list)
        self._starting: dict[int, list[AliasEntry]] = defaultdict(list)
        for hit in hits:
            self._ending[hit.end].extend(hit.entries)
            self._starting[hit.start].extend(hit.entries)

    def keep(
        self, start: int, end: int, entries: Sequence[AliasEntry]
    ) -> tuple[AliasEntry, ...]:
        """The readings of ``text[start:end]`` that count here: the conditional ones a
        neighbouring place supports, if it supports none of the others ("Seattle,
        Washington"; not "Washington, USA", where both Washingtons lie); else the
        unconditional ones and the context ones after a locative word."""
        if not any(e.context or e.secondary for e in entries):
            return tuple(entries)
        neighbours = self._neighbours(start, end)
        supported = [e for e in entries if self._supports(e, neighbours)]
        if supported and all(e.context or e.secondary for e in supported):
            return tuple(supported)
        locative = bool(_LOCATIVE.search(self._text[max(0, start - 12) : start]))
        return tuple(
            e for e in entries if not e.secondary and (not e.context or locative)
        )

    def _neighbours(self, start: int, end: int) -> list[AliasEntry] | None:
        """Place readings right before ("X, " / "X's ") and after (", X") the span;
        None for an unknown all-capitals dateline before it (supports any place)."""
        found: list[AliasEntry] = []
        before = _BEFORE.search(self._text, max(0, start - 5), start)
        if before:
            found += self._ending.get(before.start(), ())
            if not found and _DATELINE.search(self._text, max(0, start - 60), start):
                return None
        after = _AFTER.match(self._text, end, end + 3)
        if after:
            found += self._starting.get(after.end(), ())
        return [e for e in found if e.kind in _PLACE_KINDS]

    def _supports(self, entry: AliasEntry, near: list[AliasEntry] | None) -> bool:
        if entry.kind != "place":
            return False
        if near is None:
            return True
        return any(
            other.target != entry.target
            and (
                self._contains(entry.target, other.target)
                or self._contains(other.target, entry.target)
            )
            for other in near
        )
