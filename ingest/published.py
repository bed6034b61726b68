"""Publication time: parse it where a source states it, guess it from the text if not.

The rule for times without a zone is the simplest honest one: a naive time is taken
as UTC, keeping its wall-clock value (so the calendar date that relative expressions
resolve against is the one printed). Indonesian zone abbreviations after a byline time
(WIB, WITA, WIT) are honoured.

Guessing, in order: a byline or dateline date near the top of the body ("Fajar Nugraha
• 3 September 2025 18:14", "JAKARTA, 3 Sept 2025 —", "Rabu (3/9/2025)"), with the time
of day when one follows it; else the first explicit full date anywhere in the text.

This module must not import ``api``.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from enum import StrEnum

import dateparser

from graph.model import DatePrecision
from ingest.dates import DateKind, find_dates

__all__ = ["BYLINE_CHARS", "PublishedFrom", "guess_published", "parse_published"]

logger = logging.getLogger(__name__)

#: How far into the body a byline or dateline date may sit.
BYLINE_CHARS = 400
_ZONES = {
    "WIB": timezone(timedelta(hours=7)),
    "WITA": timezone(timedelta(hours=8)),
    "WIT": timezone(timedelta(hours=9)),
    "UTC": UTC,
    "GMT": UTC,
}
_TIME_AFTER = re.compile(
    r"^[,\s|\u2022\-\u2013\u2014]*(?:pukul\s+|at\s+)?(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)"
    r"(?:\s*(?P<zone>WIB|WITA|WIT|UTC|GMT)\b)?",
    re.IGNORECASE,
)


class PublishedFrom(StrEnum):
    """Where an article's publication time came from."""

    HEADER = "header"  # the source said so: file header, JSONL field
    METADATA = "metadata"  # page or feed metadata (meta tags, JSON-LD, pubDate)
    BYLINE = "byline"  # a byline or dateline date near the top of the body
    TEXT = "text"  # the first explicit full date in the body (last resort)
    NONE = "none"  # not found


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def parse_published(value: str, lang: str | None = None) -> datetime | None:
    """Parse a stated publication time: ISO, RFC 2822, then dateparser.

    dateparser reads Indonesian day and month names ("Rabu, 03 Agu 2025 18:14 WIB")
    that feedparser and the email parser cannot.

    Examples:
        >>> parse_published("2025-08-16 08:40")
        datetime.datetime(2025, 8, 16, 8, 40, tzinfo=datetime.timezone.utc)
        >>> parse_published("Rabu, 03 Sep 2025 18:14:00 +0700").isoformat()
        '2025-09-03T18:14:00+07:00'
    """
    text = value.strip()
    if not text:
        return None
    try:
        return _aware(datetime.fromisoformat(text))
    except ValueError:
        pass
    try:  # RFC 2822, as in RSS pubDate (the day name is not checked)
        return _aware(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    settings = {"PREFER_DAY_OF_MONTH": "first"}
    languages = [lang] if lang else None
    try:
        parsed = dateparser.parse(text, languages=languages, settings=settings)
    except ValueError:
        parsed = None
    if parsed is None and languages:
        parsed = dateparser.parse(text, settings=settings)
    if parsed is None:
        logger.warning("cannot parse publication time %r", value)
        return None
    return _aware(parsed)


def _with_time(day: str, text: str, end: int) -> datetime:
    base = datetime.fromisoformat(day).replace(tzinfo=UTC)
    found = _TIME_AFTER.match(text[end : end + 24])
    if found is None:
        return base
    zone = _ZONES.get((found.group("zone") or "UTC").upper(), UTC)
    return base.replace(
        hour=int(found.group("h")), minute=int(found.group("m")), tzinfo=zone
    )


def guess_published(text: str, lang: str) -> tuple[datetime | None, PublishedFrom]:
    """Guess the publication time of an article from its body alone.

    Args:
        text: The article body.
        lang: Its language (ISO 639-1).

    Returns:
        The time (aware) and how it was found, or ``(None, PublishedFrom.NONE)``.

    Examples:
        >>> body = "Ani Rahma \u2022 3 September 2025 18:14\\nIsi berita."
        >>> when, how = guess_published(body, "id")
        >>> when.isoformat(), how.value
        ('2025-09-03T18:14:00+00:00', 'byline')
    """
    days = [
        m
        for m in find_dates(text, lang, None)
        if m.kind is DateKind.ABSOLUTE and m.precision is DatePrecision.DAY
    ]
    if not days:
        return None, PublishedFrom.NONE
    first = days[0]
    how = PublishedFrom.BYLINE if first.start < BYLINE_CHARS else PublishedFrom.TEXT
    return _with_time(first.value, text, first.end), how
