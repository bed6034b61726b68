"""Precision, recall and F1 from match counts, per type, per language and overall.

Scores are micro-averaged: counts are summed over articles (and types or languages)
before dividing. With nothing to find and nothing found, precision, recall and F1 are
1.0; with nothing found (or nothing to find) but not both, the undefined ratio is 0.0.

This module imports ``graph.model``; it must not import ``api``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pydantic import BaseModel, computed_field

from graph.model import EventType

__all__ = ["CORE_TYPES", "Cell", "Counts", "ScoreSet", "score_set"]

#: The event types the service exists for.
CORE_TYPES: tuple[EventType, ...] = (
    EventType.MEETING,
    EventType.PARADE,
    EventType.ALLIANCE,
    EventType.TROOP_DEPLOYMENT,
)

#: Counts are tallied per (language, event type) and summed from there.
Cell = tuple[str, EventType]


class Counts(BaseModel):
    """Gold and predicted events and how many of them were paired."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            gold=self.gold + other.gold,
            predicted=self.predicted + other.predicted,
            matched=self.matched + other.matched,
        )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        if self.predicted:
            return self.matched / self.predicted
        return 1.0 if self.gold == 0 else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        if self.gold:
            return self.matched / self.gold
        return 1.0 if self.predicted == 0 else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class ScoreSet(BaseModel):
    """One figure (all modalities, or asserted only) broken down three ways."""

    overall: Counts
    by_type: dict[EventType, Counts]
    by_lang: dict[str, Counts]


def _total(counts: Iterable[Counts]) -> Counts:
    total = Counts()
    for count in counts:
        total = total + count
    return total


def score_set(
    cells: Mapping[Cell, Counts], types: Iterable[EventType] = tuple(EventType)
) -> ScoreSet:
    """Sum per-(language, type) counts into a ``ScoreSet``.

    Args:
        cells: counts per language and event type.
        types: the types to include (all by default; every one gets a row).

    Returns:
        Overall, per-type (in ``types`` order) and per-language (sorted) counts.
    """
    kept = tuple(types)
    chosen = {cell: count for cell, count in cells.items() if cell[1] in kept}
    langs = sorted({lang for lang, _ in cells})
    return ScoreSet(
        overall=_total(chosen.values()),
        by_type={
            t: _total(c for (_, kind), c in chosen.items() if kind is t) for t in kept
        },
        by_lang={
            lang: _total(c for (code, _), c in chosen.items() if code == lang)
            for lang in langs
        },
    )
