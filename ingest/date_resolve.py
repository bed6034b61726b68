"""Resolve one matched date expression to a partial ISO date (see ``ingest.dates``).

One handler per pattern name. Explicit dates with a year are parsed with dateparser's
``DateDataParser`` and checked against the numbers the pattern captured; where the two
disagree the pattern wins (dateparser reads some numeric dates month-first) and the
disagreement is logged. Everything relative to the publication date uses the rules in
``ingest.date_calendar``.

This module must not import ``api``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache

from dateparser.date import DateDataParser

from ingest import date_calendar as cal
from ingest.date_lexicon import DateLexicon, alternation, lexicon

__all__ = ["DateKind", "resolve"]

logger = logging.getLogger(__name__)

_LOOKBACK = 150  # characters searched backwards for a future cue
# a sentence end, or a contrast that opens a clause of its own ("..., while X had
# flown in on Friday": a plan before it does not reach Friday)
_CLAUSE_END = re.compile(
    r"[.!?;\n](?:\s|$)|,\s+(?:while|but|whereas|although|though|sementara|namun|"
    r"tetapi|sedangkan|padahal)\b",
    re.IGNORECASE,
)
#: Cues that also introduce counts ("of 2000 troops", "dari 2000 orang").
_COUNT_CUES = frozenset({"of", "from", "by", "around", "circa", "dari", "di", "per"})
_AFTER_YEAR_OK = frozenset(
    {"hingga", "sampai", "ke", "to", "until", "and", "dan", "silam", "or", "atau"}
)
_AHEAD = 90  # days ahead beyond which a bare day and month, uncued, is past

Resolved = tuple[str, "DateKind"]


class DateKind(StrEnum):
    """How a mention's value was obtained."""

    ABSOLUTE = "absolute"  # carries its own year: "3 September 2025", "in 2024"
    PARTIAL = "partial"  # day/month or month without a year: "(14/7)", "in June"
    WEEKDAY = "weekday"  # "on Friday", "Senin lalu"
    RELATIVE = "relative"  # relative to publication: "yesterday", "pekan lalu"
    ANAPHORIC = "anaphoric"  # relative to the narrative: "the day before"


@dataclass(frozen=True, slots=True)
class _Found:
    match: re.Match[str]
    lang: str
    lex: DateLexicon | None
    published: datetime | None

    def group(self, name: str) -> str | None:
        if name not in self.match.re.groupindex:
            return None
        value = self.match.group(name)
        return " ".join(value.lower().split()) if value else None

    @property
    def anchor(self) -> date | None:
        return self.published.date() if self.published else None


def resolve(
    name: str,
    match: re.Match[str],
    lang: str,
    lex: DateLexicon | None,
    published: datetime | None,
) -> Resolved | None:
    """Value and kind of a match of pattern ``name``, or None when it is no date."""
    return _HANDLERS[name](_Found(match, lang, lex, published))


def _month_number(found: _Found) -> int | None:
    name = found.group("mon")
    if name is None or found.lex is None:
        return None
    return found.lex.months.get(name.rstrip("."))


def _future_cue(found: _Found) -> bool:
    if found.lex is None or not found.lex.future:
        return False
    text, start = found.match.string, found.match.start()
    window = text[max(0, start - _LOOKBACK) : start]
    ends = list(_CLAUSE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    cues = list(_future_pattern(found.lang).finditer(window))
    if not cues:
        return False
    # "had been due to travel in February", "semula dijadwalkan": a past plan
    before = window[: cues[-1].start()].lower().split()[-2:]
    past = found.lex.past_plan
    return " ".join(before) not in past and not (before and before[-1] in past)


@lru_cache(maxsize=16)
def _future_pattern(lang: str) -> re.Pattern[str]:
    lex = lexicon(lang)
    words = lex.future if lex else ("\x00",)
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=64)
def _parser(lang: str, base: datetime | None) -> DateDataParser:
    lex = lexicon(lang)
    settings: dict[str, object] = {
        "DATE_ORDER": "DMY" if lex is None or lex.day_first else "MDY",
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
    }
    if base is not None:
        settings["RELATIVE_BASE"] = base
    try:
        return DateDataParser(languages=[lang], settings=settings)
    except ValueError:  # a language dateparser does not know
        return DateDataParser(settings=settings)


@lru_cache(maxsize=4096)
def _parse(
    lang: str, phrase: str, base: datetime | None
) -> tuple[int, int, int] | None:
    parsed: datetime | None = _parser(lang, base).get_date_data(phrase).date_obj
    return (parsed.year, parsed.month, parsed.day) if parsed else None


def _explicit(
    found: _Found, phrase: str, expected: tuple[int, int, int]
) -> date | None:
    """Parse ``phrase`` with dateparser, checked against the pattern's numbers."""
    base = found.published.replace(tzinfo=None) if found.published else None
    parsed = _parse(found.lang, phrase, base)
    if parsed != expected:
        logger.debug(
            "dateparser read %r as %s, the pattern as %s", phrase, parsed, expected
        )
    year, month, day = expected
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_date(found: _Found) -> Resolved | None:
    month, day, year = _month_number(found), found.group("day"), found.group("year")
    if month is None or day is None or year is None:
        return None
    phrase = f"{int(day)} {found.group('mon')} {year}"
    value = _explicit(found, phrase, (int(year), month, int(day)))
    return (value.isoformat(), DateKind.ABSOLUTE) if value else None


def _iso(found: _Found) -> Resolved | None:
    year, month, day = found.group("year"), found.group("b"), found.group("a")
    if year is None or month is None or day is None:
        return None
    value = _explicit(found, found.match.group(), (int(year), int(month), int(day)))
    return (value.isoformat(), DateKind.ABSOLUTE) if value else None


def _numeric(found: _Found) -> Resolved | None:
    first, second, year = found.group("a"), found.group("b"), found.group("year")
    if first is None or second is None:
        return None
    a, b = int(first), int(second)
    day_first = found.lex.day_first if found.lex else True
    if not day_first and a <= 12 and b <= 12 and a != b:
        return None  # "3/9/2025" in English text: too ambiguous to guess
    day_first = day_first or a > 12
    day, month = (a, b) if day_first else (b, a)
    if year is None:
        return _nearest(found, day, month)
    full_year = int(year) + 2000 if len(year) == 2 else int(year)
    value = _explicit(found, f"{a}/{b}/{full_year}", (full_year, month, day))
    return (value.isoformat(), DateKind.ABSOLUTE) if value else None


def _nearest(found: _Found, day: int, month: int) -> Resolved | None:
    if found.anchor is None or not 1 <= month <= 12:
        return None
    value = cal.nearest_day_month(day, month, found.anchor)
    if value and (value - found.anchor).days > _AHEAD and not _future_cue(found):
        # "stood beside Modi at the January 26 parade" in September: the past one
        value = cal.nearest_day_month(day, month, date(value.year - 1, month, 1))
    return (value.isoformat(), DateKind.PARTIAL) if value else None


def _day_month(found: _Found) -> Resolved | None:
    month, day, anchor = _month_number(found), found.group("day"), found.anchor
    rel = found.group("rel")
    if month is None or day is None:
        return None
    if rel is None or anchor is None or found.lex is None:
        return _nearest(found, int(day), month)
    words = rel.split()
    shift = found.lex.directions.get(words[-1], 0)
    if len(words) == 2:  # "20 Oktober tahun lalu"
        try:
            value = date(anchor.year + shift, month, int(day))
        except ValueError:
            return None
    else:
        found_day = cal.directed_day_month(int(day), month, anchor, shift or 1)
        if found_day is None:
            return None
        value = found_day
    return value.isoformat(), DateKind.PARTIAL


def _month_year(found: _Found) -> Resolved | None:
    month, year = _month_number(found), found.group("year")
    if month is None or year is None:
        return None
    value = _explicit(found, f"{found.group('mon')} {year}", (int(year), month, 1))
    return (value.isoformat()[:7], DateKind.ABSOLUTE) if value else None


def _direction(found: _Found, word: str | None) -> int | None:
    if word is None or found.lex is None:
        return None
    return found.lex.directions.get(word)


def _month(found: _Found) -> Resolved | None:
    month, anchor, lex = _month_number(found), found.anchor, found.lex
    if month is None or anchor is None or lex is None:
        return None
    cue, rel = found.group("pre"), found.group("rel")
    direction = _direction(found, found.group("dir"))
    if lex.lang == "en" and not (
        cue or found.group("part") or direction is not None or rel
    ):
        return None  # a bare "June" may be a name; "May", "March" are words
    if rel is not None and len(rel.split()) == 2:  # "tahun lalu", "last year"
        first, second = rel.split()
        shift = lex.directions.get(second if first == "tahun" else first, 0)
        return f"{anchor.year + shift:04d}-{month:02d}", DateKind.PARTIAL
    if rel is not None:
        direction = _direction(found, rel)
    early = lex.parts.get(found.group("part") or "") == "early"
    if lex.past_month_current and direction == -1 and early and month == anchor.month:
        # "awal Juni lalu" written late in June: the start of this month
        return f"{anchor.year:04d}-{month:02d}", DateKind.PARTIAL
    year, month = cal.resolve_month(month, anchor, direction, _future_cue(found))
    return f"{year:04d}-{month:02d}", DateKind.PARTIAL


def _year(found: _Found) -> Resolved | None:
    year, cue = found.group("year"), found.group("pre")
    if year is None or not (cue or found.group("part") or found.group("yw")):
        return None
    if cue in _COUNT_CUES and not found.group("part"):
        after = found.match.string[found.match.end() :].split(maxsplit=1)
        if after and after[0][:1].islower() and after[0] not in _AFTER_YEAR_OK:
            return None  # "of 2000 troops", "dari 2000 orang"
    return year, DateKind.ABSOLUTE


def _weekday(found: _Found) -> Resolved | None:
    name, anchor, lex = found.group("wd"), found.anchor, found.lex
    if name is None or anchor is None or lex is None:
        return None
    direction = _direction(found, found.group("dir"))
    if name in lex.units and direction is not None:
        return None  # "minggu lalu" is last week, not last Sunday
    value = cal.resolve_weekday(
        lex.weekdays[name], anchor, direction, _future_cue(found)
    )
    return value.isoformat(), DateKind.WEEKDAY


def _relative_day(found: _Found) -> Resolved | None:
    word, anchor, lex = found.group("m"), found.anchor, found.lex
    if word is None or anchor is None or lex is None:
        return None
    offset = lex.relative_days.get(word)
    if offset is None:
        return None
    return cal.unit_interval("day", anchor, offset)[0].isoformat(), DateKind.RELATIVE


def _unit(found: _Found) -> str | None:
    word = found.group("unit")
    if word is None or found.lex is None:
        return None
    word = word.removesuffix("s") if found.lex.lang == "en" else word
    return "weekend" if word == "weekend" else found.lex.units.get(word)


def _relative(found: _Found) -> Resolved | None:
    unit, anchor = _unit(found), found.anchor
    direction = _direction(found, found.group("dir"))
    if unit is None or anchor is None or direction is None or unit == "day":
        return None  # "hari ini" is a relative day; "beberapa hari lalu" is vague
    part = found.lex.parts.get(found.group("part") or "") if found.lex else None
    if unit == "week" and found.group("part") == "akhir":
        unit, part = "weekend", None  # "akhir pekan lalu": last weekend
    if direction == 0 and part is None:
        part = "later" if _future_cue(found) else "earlier"
    interval = cal.part_of(cal.unit_interval(unit, anchor, direction), part, anchor)
    value = cal.covering(interval)
    return (value, DateKind.RELATIVE) if value else None


def _ago(found: _Found) -> Resolved | None:
    unit, anchor, lex = _unit(found), found.anchor, found.lex
    if unit is None or anchor is None or lex is None:
        return None
    n = 1 if found.group("se") else _count(found.group("n"), lex)
    if n is None:
        return None
    value = cal.covering(cal.unit_interval(unit, anchor, -n))
    return (value, DateKind.RELATIVE) if value else None


def _anaphoric(found: _Found) -> Resolved | None:
    phrase, anchor, lex = found.group("m"), found.anchor, found.lex
    if phrase is None or anchor is None or lex is None or phrase not in lex.anaphoric:
        return None
    day = cal.unit_interval("day", anchor, lex.anaphoric[phrase])[0]
    return day.isoformat(), DateKind.ANAPHORIC


def _then(found: _Found) -> Resolved | None:
    """ "tiga hari sebelumnya", "two days later": relative to the narrative."""
    unit, anchor, lex = _unit(found), found.anchor, found.lex
    word = found.group("dir")
    if unit is None or anchor is None or lex is None or word is None:
        return None
    count = found.group("n")
    n = 1 if found.group("se") else _count(count, lex)
    if n is None:
        return None
    sign = -1 if word in ("sebelumnya", "earlier") else 1
    value = cal.covering(cal.unit_interval(unit, anchor, sign * n))
    return (value, DateKind.ANAPHORIC) if value else None


def _count(word: str | None, lex: DateLexicon) -> int | None:
    if word is None:
        return None
    return int(word) if word.isdigit() else lex.numbers.get(word)


_HANDLERS: dict[str, Callable[[_Found], Resolved | None]] = {
    "iso": _iso,
    "dmy": _full_date,
    "mdy": _full_date,
    "num": _numeric,
    "dm": _day_month,
    "md": _day_month,
    "my": _month_year,
    "month": _month,
    "year": _year,
    "weekday": _weekday,
    "relday": _relative_day,
    "rel": _relative,
    "ago": _ago,
    "anaphoric": _anaphoric,
    "then": _then,
    "yearend": lambda found: (
        (f"{found.anchor.year:04d}", DateKind.RELATIVE) if found.anchor else None
    ),
}
