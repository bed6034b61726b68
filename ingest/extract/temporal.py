"""When an event happened: pick and adjust the date mentions around a trigger.

Decisions (see README.md):

- the date in the trigger's clause wins (the one nearest the trigger), else one in the
  sentence, else the date of the event the sentence is anchored to ("after the
  parade", "usai pertemuan"), else, for asserted events, the story's date: the date of
  the lead sentence, or the publication date ("on Wednesday" in the lead of a piece
  published on Thursday gives Wednesday to the whole story);
- where the text gives a local date and a home-country one ("Jumat (15/8) waktu
  setempat atau Sabtu WIB"), the local one wins;
- anaphoric dates ("sehari sebelumnya", "the day before") move with the event the text
  is narrating, not with the publication date;
- an event dated after publication cannot be asserted (see ``modality``).

This module must not import ``api``.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import TYPE_CHECKING

from graph.model import DatePrecision
from ingest.dates import DateKind, DateMention

if TYPE_CHECKING:
    from ingest.extract.document import Doc, Sentence
    from ingest.extract.lexicon import PhraseSet

__all__ = [
    "at_precision",
    "compatible",
    "is_future",
    "mentions_in",
    "more_precise",
    "nearest",
    "story_date",
    "upcoming",
    "value",
]

logger = logging.getLogger(__name__)

_LOCAL_WINDOW = 40  # characters after a date in which "waktu setempat" may follow


def _marked(doc: Doc, mention: DateMention, cues: PhraseSet) -> bool:
    end = min(len(doc.text), mention.end + _LOCAL_WINDOW)
    return cues.search(doc.text, mention.end, end)


def mentions_in(
    doc: Doc, sentence: Sentence, start: int, end: int
) -> list[DateMention]:
    """Date mentions in ``[start, end)``; a home-time date gives way to a local one."""
    found = [d for d in sentence.dates if start <= d.start < end]
    if len(found) > 1:
        home = [d for d in found if _marked(doc, d, doc.lex.home_time)]
        if home and len(home) < len(found):
            found = [d for d in found if d not in home]
    return found


def nearest(
    mentions: list[DateMention], pos: int, *, prefer_after: bool = False
) -> DateMention | None:
    """The mention nearest to ``pos``; with ``prefer_after`` the nearest one after
    it when there is one (adjuncts follow the verb: "held talks ... on Tuesday")."""
    if not mentions:
        return None
    if prefer_after:
        after = [d for d in mentions if d.start >= pos]
        if after:
            return min(after, key=lambda d: d.start)
    return min(
        mentions,
        key=lambda d: (min(abs(d.start - pos), abs(d.end - pos)), d.start < pos),
    )


def upcoming(mention: DateMention, found: str, published: date | None) -> str:
    """A bare weekday or month of a planned event read as the coming one ("flies to
    Tokyo on Monday" in a Sunday paper, "could meet in April" in March), not the
    past one."""
    if published is None or found >= published.isoformat()[: len(found)]:
        return found
    if mention.kind is DateKind.WEEKDAY and len(found) == len("2025-01-01"):
        return (date.fromisoformat(found) + timedelta(days=7)).isoformat()
    if mention.kind is DateKind.PARTIAL:  # a month or day without its year
        return f"{int(found[:4]) + 1:04d}{found[4:]}"
    return found


def value(doc: Doc, mention: DateMention, anchor: str | None) -> str:
    """The mention's date; anaphoric ones are shifted from publication to ``anchor``."""
    if (
        mention.kind is DateKind.ANAPHORIC
        and anchor is not None
        and len(anchor) == 10
        and doc.published is not None
        and mention.precision is DatePrecision.DAY
    ):
        shift = date.fromisoformat(mention.value) - doc.published
        return (date.fromisoformat(anchor) + timedelta(days=shift.days)).isoformat()
    return mention.value


def story_date(doc: Doc, lead: Sentence) -> str | None:
    """The day the lead sentence reports (local date preferred), if it gives one."""
    from ingest.extract.clauses import relative_spans

    inside = relative_spans(doc, lead)
    mentions = mentions_in(doc, lead, lead.start, lead.end)
    for mention in mentions:
        if any(a <= mention.start < b for a, b in inside):
            continue  # "X, who arrived on Tuesday, ...": not the story's day
        if mention.precision is not DatePrecision.DAY:
            continue
        if doc.published is not None and mention.value > doc.published.isoformat():
            continue
        if mention.kind is DateKind.ANAPHORIC:
            continue
        return mention.value
    return None


def is_future(value_: str | None, published: date | None) -> bool:
    """Whether a (partial) date lies wholly after the publication date."""
    if value_ is None or published is None:
        return False
    return value_ > published.isoformat()[: len(value_)]


def compatible(a: str | None, b: str | None) -> bool:
    """Dates that may denote the same day: one missing, or one a prefix of the other."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def more_precise(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if len(a) >= len(b) else b


def at_precision(value_: str | None, precision: DatePrecision) -> str | None:
    """``value_`` cut to ``precision`` (never made more precise)."""
    if value_ is None:
        return None
    size = {DatePrecision.YEAR: 4, DatePrecision.MONTH: 7, DatePrecision.DAY: 10}
    return value_[: size[precision]]
