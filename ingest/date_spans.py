"""Date mentions that belong together: day ranges and coarse qualifiers.

Two adjustments after the mentions of a text are resolved:

- a day range ("8-9 Januari", "on 8-10 May", also with an en dash) starts at its
  first day: the mention is widened over the first number and takes its day;
- a coarse relative mention right after a day-precise one that contains it
  ("Kamis (9/5) pekan lalu", "on Tuesday this week") only qualifies that day: it is
  folded into the day's mention instead of standing as a date of its own;
- a month or day "of the same year" / "that year" / "tahun yang sama" is in the
  year of the last date before it that names its year ("in October 2023, months
  after a visit in March that year": March 2023).

This module must not import ``api``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.date_resolve import DateKind

if TYPE_CHECKING:
    from ingest.dates import DateMention

__all__ = ["join_spans"]

_RANGE_START = re.compile(r"(?<![\d/])(\d{1,2})\s*[-\u2013]\s*$")
_DAY = len("2025-01-01")
_MONTH = len("2025-01")
_SAME_YEAR = re.compile(
    r"\s+(?:of\s+)?(?:the\s+same\s+year|that\s+year|tahun\s+yang\s+sama|"
    r"tahun\s+itu|tahun\s+tersebut)\b",
    re.IGNORECASE,
)


def _range_start(text: str, mention: DateMention) -> DateMention:
    if len(mention.value) != _DAY or not mention.text[:1].isdigit():
        return mention
    found = _RANGE_START.search(text[max(0, mention.start - 6) : mention.start])
    first = int(found.group(1)) if found else 0
    if not found or not 1 <= first < int(mention.value[8:]):
        return mention
    start = mention.start - (len(found.group(0)))
    return mention.model_copy(
        update={
            "start": start,
            "text": text[start : mention.end],
            "value": f"{mention.value[:8]}{first:02d}",
        }
    )


def _qualifies(text: str, day: DateMention, coarse: DateMention) -> bool:
    return (
        len(day.value) == _DAY
        and coarse.kind is DateKind.RELATIVE
        and len(coarse.value) < _DAY
        and day.value.startswith(coarse.value)
        and text[day.end : coarse.start].strip(" ,") == ""
    )


def _same_year(
    text: str, mention: DateMention, earlier: list[DateMention]
) -> DateMention:
    found = _SAME_YEAR.match(text, mention.end)
    if found is None or len(mention.value) not in (_MONTH, _DAY):
        return mention
    years = [m.value[:4] for m in earlier if m.kind is DateKind.ABSOLUTE]
    if not years:
        return mention
    return mention.model_copy(
        update={
            "end": found.end(),
            "text": text[mention.start : found.end()],
            "value": years[-1] + mention.value[4:],
        }
    )


def join_spans(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` (in text order) with ranges started, qualifiers folded and
    "the same year" resolved."""
    out: list[DateMention] = []
    for mention in mentions:
        mention = _same_year(text, _range_start(text, mention), out)
        if out and _qualifies(text, out[-1], mention):
            out[-1] = out[-1].model_copy(
                update={
                    "end": mention.end,
                    "text": text[out[-1].start : mention.end],
                }
            )
            continue
        out.append(mention)
    return out
