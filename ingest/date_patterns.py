"""Regular expressions that find date expressions, built from a language's lexicon.

Each pattern has a name (what kind of expression it finds, which decides how it is
resolved) and may have a group ``m``: the mention itself, when the pattern also
matches a cue around it that is not part of the date ("in 2024" -> "2024"). The
patterns only find; ``ingest.dates`` checks capitalisation and resolves.

This module must not import ``api``.
"""

from __future__ import annotations

import re
from functools import cache

from ingest.date_lexicon import DateLexicon, alternation, full_month_names, lexicon

__all__ = ["DatePattern", "patterns"]

DatePattern = tuple[str, re.Pattern[str]]

_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
#: A year 1800-2099 that is not part of a longer number, a time or a range.
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?![\d\u2013/-]|[.,:]\d|s\b|-an\b)"
_NUM_DM = r"(?P<a>\d{1,2})/(?P<b>\d{1,2})"


def _flags() -> re.RegexFlag:
    return re.IGNORECASE | re.UNICODE


@cache
def patterns(lang: str) -> tuple[DatePattern, ...]:
    """The compiled patterns for ``lang``, most specific first (may be empty)."""
    lex = lexicon(lang)
    found: list[tuple[str, str]] = [
        ("iso", r"(?<![\d-])(?P<year>\d{4})-(?P<b>[01]\d)-(?P<a>[0-3]\d)(?![\d-])"),
    ]
    if lex is not None:
        found += _explicit(lex)
        if lex.relative_days or lex.directions:
            found += _relative(lex)
    return tuple((name, re.compile(rx, _flags())) for name, rx in found)


def _explicit(lex: DateLexicon) -> list[tuple[str, str]]:
    mon = rf"(?P<mon>{alternation(lex.months)})(?![\w'])"
    wd = rf"(?P<wd>{alternation(lex.weekdays)})(?![\w'])"
    parts = alternation(lex.parts)
    of = r"(?:of\s+)?" if lex.lang == "en" else ""
    return [
        ("dmy", rf"\b(?:{wd},?\s+)?{_DAY}\s+{of}{mon}\.?,?\s+{_YEAR}"),
        ("mdy", rf"\b(?:{wd},?\s+)?{mon}\.?\s+{_DAY},?\s+{_YEAR}"),
        (
            "num",
            rf"\b{wd},?\s*\(\s*{_NUM_DM}(?:/(?P<year>\d{{4}}|\d{{2}}))?\s*\)",
        ),
        ("num", rf"\(\s*(?P<m>{_NUM_DM}(?:/(?P<year>\d{{4}}))?)\s*\)"),
        ("num", rf"(?<![\d/.]){_NUM_DM}/(?P<year>\d{{4}})(?![\d/])"),
        ("dm", rf"\b(?:{wd},?\s+)?{_DAY}\s+{of}{mon}{_after_day_month(lex)}"),
        ("md", rf"\b(?:{wd},?\s+)?{mon}\.?\s+{_DAY}"),
        ("my", rf"\b(?:(?P<part>{parts})[\s-]+)?{mon}\.?,?\s+{of}{_YEAR}"),
    ]


def _after_day_month(lex: DateLexicon) -> str:
    """An optional "lalu" / "tahun lalu" after a day and month ("20 Oktober lalu")."""
    if lex.lang != "id":
        return ""
    dirs = alternation(w for w, d in lex.directions.items() if d)
    return rf"(?:\s+(?P<rel>tahun\s+(?:lalu|depan|mendatang)|{dirs})(?!\w))?"


def _relative(lex: DateLexicon) -> list[tuple[str, str]]:
    mon = rf"(?P<mon>{alternation(full_month_names(lex))})(?![\w'])"
    wd = rf"(?P<wd>{alternation(lex.weekdays)})(?![\w'])"
    parts = alternation(lex.parts)
    dirs = alternation(lex.directions)
    cues = alternation(lex.cues)
    nums = alternation(lex.numbers)
    units = alternation(lex.units)
    if lex.lang == "en":
        month = (
            rf"\b(?:(?P<pre>{cues})\s+)?(?P<m>(?:(?P<part>{parts})[\s-]+)?"
            rf"(?:(?P<dir>{dirs})\s+)?{mon}"
            r"(?:\s+(?P<rel>last\s+year|next\s+year|this\s+year))?)"
        )
        weekday = rf"\b(?P<m>(?:(?P<dir>{dirs})\s+)?{wd})"
        rel = (
            rf"\b(?:(?P<part>{parts})\s+)?(?P<dir>{dirs})\s+"
            r"(?P<unit>week(?:end)?|month|year)\b"
        )
        ago = rf"\b(?P<n>\d{{1,2}}|{nums})\s+(?P<unit>{units})s?\s+ago\b"
        then = (
            rf"\b(?P<m>(?P<n>\d{{1,2}}|{nums})\s+(?P<unit>{units})s?\s+"
            r"(?P<dir>earlier|later))\b"
        )
    else:
        month = (
            rf"\b(?:(?P<pre>{cues})\s+)?(?P<m>(?:(?P<part>{parts})\s+)?"
            rf"(?:bulan\s+)?{mon}(?:\s+(?P<rel>tahun\s+(?:lalu|depan|ini|mendatang)"
            rf"|{dirs}))?)"
        )
        weekday = rf"\b(?:hari\s+)?(?P<m>{wd}(?:\s+(?P<dir>{dirs}))?)"
        rel = rf"\b(?:(?P<part>{parts})\s+)?(?P<unit>{units})\s+(?P<dir>{dirs})\b"
        ago = (
            rf"\b(?:(?P<n>\d{{1,2}}|{nums})\s+|(?P<se>se))(?P<unit>{units})"
            r"\s+(?:yang\s+)?lalu\b"
        )
        then = (
            rf"\b(?P<m>(?:(?P<n>\d{{1,2}}|{nums})\s+|(?P<se>se))(?P<unit>{units})"
            r"\s+(?P<dir>sebelumnya|kemudian|setelahnya))\b"
        )
    return [
        ("month", month),
        ("year", _year_pattern(lex, cues, parts)),
        ("weekday", weekday),
        ("relday", rf"\b(?P<m>{alternation(lex.relative_days)})\b"),
        ("rel", rel),
        ("ago", ago),
        ("anaphoric", rf"\b(?P<m>{alternation(lex.anaphoric)})\b"),
        ("then", then),
        ("yearend", _YEAR_END.get(lex.lang, r"(?!)")),
    ]


#: "before the end of the year", "akhir tahun ini": this year
_YEAR_END = {
    "en": r"\b(?P<m>(?:the\s+)?end\s+of\s+(?:the|this)\s+year)\b(?!-)",
    "id": r"\b(?P<m>akhir\s+tahun(?:\s+ini)?)\b(?!\s+(?:lalu|depan|mendatang|\d))",
}


def _year_pattern(lex: DateLexicon, cues: str, parts: str) -> str:
    word = r"tahun" if lex.lang == "id" else r"the\s+year"
    return (
        rf"\b(?:(?P<pre>{cues})\s+)?(?P<m>(?:(?P<part>{parts})[\s-]+)?"
        rf"(?:(?P<yw>{word})\s+)?{_YEAR})"
        r"(?!\s*(?:WIB|WITA|WIT|GMT|UTC)\b)"
    )
