"""Words that date expressions are made of, per language.

English and Indonesian are written out by hand, with the press abbreviations
(``Sept.``, ``Agt``, ``Jumat``/``Jum'at``) and the relative vocabulary (``pekan lalu``,
``earlier this year``) that no package ships. Other languages get month and weekday
names from babel's CLDR data and no relative vocabulary, so only explicit dates are
found there.

This module must not import ``api`` or other ``ingest`` modules.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import cache

from babel import Locale, UnknownLocaleError
from pydantic import BaseModel, ConfigDict

__all__ = ["DateLexicon", "alternation", "full_month_names", "lexicon"]

logger = logging.getLogger(__name__)


class DateLexicon(BaseModel):
    """Lower-case words of one language, mapped to what they mean.

    ``months`` maps a name or abbreviation to 1..12, ``weekdays`` to 0 (Monday)..6,
    ``numbers`` to an integer, ``units`` to day/week/month/year, ``directions`` to -1
    (last), 0 (this), +1 (next), ``anaphoric`` directions to -1/+1 relative to the
    narrative, ``parts`` to early/mid/late, ``relative_days`` to a day offset.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    lang: str
    months: dict[str, int]
    #: Month names that are also common words; they need a cue to count as a month.
    ambiguous_months: frozenset[str] = frozenset()
    capitalised: bool = False
    weekdays: dict[str, int]
    numbers: dict[str, int] = {}
    units: dict[str, str] = {}
    directions: dict[str, int] = {}
    anaphoric: dict[str, int] = {}
    parts: dict[str, str] = {}
    relative_days: dict[str, int] = {}
    #: Words before a bare year or month that make it a date ("in 2024", "pada 2019").
    cues: tuple[str, ...] = ()
    #: Words that put a following weekday or month in the future.
    future: tuple[str, ...] = ()
    #: Words right before a future cue that put the plan in the past ("had been
    #: due to travel in February": last February).
    past_plan: tuple[str, ...] = ()
    #: Whether "<month> + past word" may name the current month ("awal Juni lalu"
    #: late in June); English "last June" never does.
    past_month_current: bool = False
    day_first: bool = True


def _phrases(text: str) -> tuple[str, ...]:
    """Comma-separated phrases, or space-separated words when there is no comma."""
    if "," in text:
        return tuple(p.strip() for p in text.split(",") if p.strip())
    return tuple(text.split())


_EN_MONTHS = _phrases(
    "january february march april may june july august september october november "
    "december"
)
_ID_MONTHS = _phrases(
    "januari februari maret april mei juni juli agustus september oktober november "
    "desember"
)
_WEEK = _phrases("monday tuesday wednesday thursday friday saturday sunday")

ENGLISH = DateLexicon(
    lang="en",
    months={name: i for i, name in enumerate(_EN_MONTHS, 1)}
    | {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8}
    | {"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12},
    ambiguous_months=frozenset({"may", "march"}),
    capitalised=True,
    weekdays={name: i for i, name in enumerate(_WEEK)},
    numbers={"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
    | {"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11}
    | {"twelve": 12, "a couple of": 2},
    units={"day": "day", "week": "week", "month": "month", "year": "year"},
    directions={"last": -1, "this": 0, "next": 1, "coming": 1} | {"this coming": 1},
    anaphoric={
        "the day before": -1,
        "a day earlier": -1,
        "the previous day": -1,
        "the day after": 1,
        "a day later": 1,
        "the next day": 1,
        "the following day": 1,
    },
    parts={"early": "early", "earlier": "earlier", "late": "late", "later": "later"}
    | {"mid": "mid", "the start of": "early", "the beginning of": "early"}
    | {"the end of": "late", "the middle of": "mid"},
    relative_days={"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1},
    cues=_phrases(
        "in, since, by, until, till, from, during, through, throughout, "
        "before, after, of, around, circa, end of, start of, spring, summer, "
        "autumn, fall, winter, in the, since the, during the, before the, "
        "after the"
    ),
    future=_phrases(
        "will, 'll, would, shall, going to, due, scheduled, set to, "
        "expected to, plans to, plan to, planning to, planned, intends to, "
        "upcoming, to be held, later, invitation to, invited to, agreed to"
    ),
    past_plan=_phrases("had been, had, was, were"),
    day_first=False,
)

INDONESIAN = DateLexicon(
    lang="id",
    months={name: i for i, name in enumerate(_ID_MONTHS, 1)}
    | {"pebruari": 2, "nopember": 11, "jan": 1, "feb": 2, "mar": 3, "apr": 4}
    | {"jun": 6, "jul": 7, "agu": 8, "agt": 8, "ags": 8, "agus": 8, "sep": 9}
    | {"sept": 9, "okt": 10, "nov": 11, "des": 12},
    capitalised=True,
    weekdays={"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4}
    | {"jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6},
    numbers={"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6}
    | {"tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10, "se": 1},
    units={"hari": "day", "pekan": "week", "minggu": "week", "bulan": "month"}
    | {"tahun": "year"},
    directions={"lalu": -1, "kemarin": -1, "ini": 0, "depan": 1, "mendatang": 1},
    anaphoric={
        "keesokan harinya": 1,
        "keesokan hari": 1,
    },
    parts={"awal": "early", "akhir": "late", "penghujung": "late"}
    | {"pertengahan": "mid", "medio": "mid"},
    relative_days={"kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1}
    | {"lusa": 2, "malam ini": 0, "tadi malam": -1},
    cues=_phrases(
        "pada, sejak, hingga, sampai, sebelum, setelah, sesudah, selama, dari, "
        "di, per, menjelang, bulan"
    ),
    future=_phrases(
        "akan, bakal, hendak, dijadwalkan, direncanakan, rencananya, "
        "berencana, mendatang, nanti, segera, diharapkan, diperkirakan, "
        "undangan, diundang, sepakat untuk"
    ),
    past_plan=_phrases("semula, sebelumnya, sempat"),
    past_month_current=True,
    day_first=True,
)

_BY_LANG = {"en": ENGLISH, "id": INDONESIAN}
_CJK = {"zh", "ja", "ko"}


@cache
def lexicon(lang: str) -> DateLexicon | None:
    """The date vocabulary of ``lang``, or None where no usable one exists.

    Examples:
        >>> lexicon("id").months["agustus"]
        8
        >>> lexicon("fr").months["septembre"]
        9
    """
    if lang in _BY_LANG:
        return _BY_LANG[lang]
    if lang in _CJK:
        return None  # month names are not words there; only ISO dates are found
    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        logger.info("no date vocabulary for language %r", lang)
        return None
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in locale.months["format"][width].items():
            months.setdefault(str(name).lower().rstrip("."), int(number))
    weekdays = {
        str(name).lower(): int(number)
        for number, name in locale.days["format"]["wide"].items()
    }
    return DateLexicon(lang=lang, months=months, weekdays=weekdays)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, with spaces made flexible."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def full_month_names(lex: DateLexicon) -> dict[str, int]:
    """Month names that are not abbreviations ("june", "mei", "nopember", not "jun").

    A name is an abbreviation when another name of the same month exists and it is
    a prefix of that name or has at most three letters.
    """
    full: dict[str, int] = {}
    for name, number in lex.months.items():
        others = [o for o, n in lex.months.items() if n == number and o != name]
        if others and (len(name) <= 3 or any(o.startswith(name) for o in others)):
            continue
        full[name] = number
    return full
