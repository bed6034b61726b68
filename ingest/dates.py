"""Find date expressions in text and resolve them to partial ISO dates.

Spans are found with our own patterns (``ingest.date_patterns``), never with
``dateparser.search_dates`` (it reads 3/9/2025 as 9 March, invents days and takes
"00 WIB" for the year 2000). Explicit dates are then parsed by dateparser's
``DateDataParser`` (``DATE_ORDER`` DMY for Indonesian, ``RELATIVE_BASE`` = publication
time), checked against the numbers the pattern saw. Everything dateparser misses or gets
wrong for news is resolved by our own rules against the publication date:

- a bare weekday is the most recent such day on or before publication (the article's
  week), or the next one on or after it when a future cue ("will", "akan",
  "dijadwalkan"...) precedes it in the sentence;
- a day and month without a year ("(14/7)", "3 Sept") take the year that puts them
  nearest to publication; a month alone ("in June", "pada Juni") is the nearest such
  month not after publication (not before it with a future cue);
- "last June" / "Juni lalu" is the most recent June strictly before the publication
  month (the usage in the press: "akhir Mei lalu" in July is this May); "Juni tahun
  lalu" / "June last year" is June of the previous year;
- relative expressions ("last week", "pekan ini", "earlier this year", "akhir tahun
  lalu", "dua hari lalu") become an interval of days, reported at the precision that
  covers all of it (``ingest.date_calendar.covering``): "last week" is a month when the
  whole week falls in one month, else the year, else nothing;
- anaphoric expressions ("sehari sebelumnya", "the day before") are resolved against
  publication too, but marked ``kind=anaphoric``: the extractor may re-anchor them on
  the event the sentence talks about.

Without a publication date only expressions that carry their own year are returned.
The wall-clock date of ``published`` is used as is (no time-zone conversion).
Decades ("the 1950s") and bare numbers without a cue ("200 troops", "6.000") are not
dates. This module must not import ``api``.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from graph.model import DatePrecision, PartialDate, date_precision
from ingest.date_lexicon import DateLexicon, lexicon
from ingest.date_patterns import patterns
from ingest.date_resolve import DateKind, resolve
from ingest.date_spans import join_spans

__all__ = ["DateKind", "DateMention", "find_dates"]

logger = logging.getLogger(__name__)


class DateMention(BaseModel):
    """A date expression: ``text[start:end] == mention.text``, resolved to ``value``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int = Field(ge=0)
    end: int = Field(gt=0)
    text: str = Field(min_length=1)
    value: PartialDate
    precision: DatePrecision
    relative: bool
    kind: DateKind


def find_dates(
    text: str, lang: str, published: datetime | None = None
) -> list[DateMention]:
    """Find and resolve the date expressions in ``text``.

    Args:
        text: Any text (an article body or one sentence); offsets point into it.
        lang: ISO 639-1 code. English and Indonesian have full coverage; other
            languages with CLDR month names get explicit dates only.
        published: Publication time that relative expressions are resolved against.

    Returns:
        Non-overlapping mentions in text order.

    Examples:
        >>> [m.value for m in find_dates("Ia tiba Rabu (3/9/2025).", "id")]
        ['2025-09-03']
    """
    lex = lexicon(lang)
    candidates: list[tuple[int, int, str, re.Match[str]]] = []
    for name, pattern in patterns(lang):
        for match in pattern.finditer(text):
            start, end = _span(match)
            if start < end and (lex is None or _well_cased(match, lex)):
                candidates.append((start, end, name, match))
    mentions: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for start, end, name, match in sorted(
        candidates, key=lambda c: (c[0] - c[1], c[0])
    ):
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        resolved = resolve(name, match, lang, lex, published)
        if resolved is None:
            continue
        value, kind = resolved
        taken.append((start, end))
        mentions.append(
            DateMention(
                start=start,
                end=end,
                text=text[start:end],
                value=value,
                precision=date_precision(value),
                relative=kind is not DateKind.ABSOLUTE,
                kind=kind,
            )
        )
    return join_spans(text, sorted(mentions, key=lambda m: m.start))


def _span(match: re.Match[str]) -> tuple[int, int]:
    start, end = match.span("m") if "m" in match.re.groupindex else match.span()
    trimmed = match.string[start:end].rstrip(" ,")
    return start, start + len(trimmed)


def _well_cased(match: re.Match[str], lex: DateLexicon) -> bool:
    """English and Indonesian write month and weekday names with a capital."""
    if not lex.capitalised:
        return True
    groups = match.re.groupindex
    return all(
        not (name in groups and match.group(name)) or match.group(name)[0].isupper()
        for name in ("mon", "wd")
    )
