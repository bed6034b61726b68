"""Calendar arithmetic for resolving date expressions against a publication date.

Every expression resolves to an interval of days; :func:`covering` turns the interval
into the most precise partial ISO date that contains all of it (a day, a month, a
year), so "last week" is a month when the whole week falls in one month, a year when it
straddles two months of one year, and nothing when it straddles a new year.

This module must not import ``api`` or other ``ingest`` modules.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

__all__ = [
    "Interval",
    "covering",
    "directed_day_month",
    "month_interval",
    "nearest_day_month",
    "part_of",
    "resolve_month",
    "resolve_weekday",
    "shift_months",
    "unit_interval",
    "year_interval",
]

Interval = tuple[date, date]


def covering(interval: Interval) -> str | None:
    """The most precise partial ISO date that contains the whole interval.

    Examples:
        >>> covering((date(2025, 10, 13), date(2025, 10, 19)))
        '2025-10'
        >>> covering((date(2025, 9, 29), date(2025, 10, 5)))
        '2025'
        >>> covering((date(2024, 12, 30), date(2025, 1, 5))) is None
        True
    """
    start, end = interval
    if start == end:
        return start.isoformat()
    if start.year != end.year:
        return None
    if start.month == end.month:
        return f"{start.year:04d}-{start.month:02d}"
    return f"{start.year:04d}"


def month_interval(year: int, month: int) -> Interval:
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1), date(year, month, last)


def year_interval(year: int) -> Interval:
    return date(year, 1, 1), date(year, 12, 31)


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def unit_interval(unit: str, anchor: date, delta: int) -> Interval:
    """The calendar day/week/month/year ``delta`` units away from the one of ``anchor``.

    Weeks run Monday to Sunday (ISO 8601, and the working week in Indonesia); a
    weekend is the Saturday and Sunday that close one. On a Sunday, "last week" is
    therefore the week before the one that ends that day.
    """
    if unit == "day":
        day = anchor + timedelta(days=delta)
        return day, day
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=delta)
        return monday, monday + timedelta(days=6)
    if unit == "weekend":
        saturday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=5)
        saturday += timedelta(weeks=delta)
        return saturday, saturday + timedelta(days=1)
    if unit == "month":
        return month_interval(*shift_months(anchor.year, anchor.month, delta))
    if unit == "year":
        return year_interval(anchor.year + delta)
    raise ValueError(f"unknown calendar unit {unit!r}")


def part_of(interval: Interval, part: str | None, anchor: date) -> Interval:
    """Narrow ``interval`` to its early, middle or late third, or to the stretch
    before ("earlier") or after ("later") ``anchor``."""
    start, end = interval
    if part is None:
        return interval
    if part == "earlier":
        return start, max(start, min(end, anchor))
    if part == "later":
        return min(end, max(start, anchor)), end
    third = (end - start).days // 3
    if part == "early":
        return start, start + timedelta(days=third)
    if part == "late":
        return end - timedelta(days=third), end
    if part == "mid":
        return start + timedelta(days=third), end - timedelta(days=third)
    raise ValueError(f"unknown part {part!r}")


def resolve_weekday(
    weekday: int, anchor: date, direction: int | None, future: bool = False
) -> date:
    """The date of a weekday named in an article published on ``anchor``.

    News convention: a bare weekday (``direction`` None) is the most recent such day
    on or before publication (the article's own week); with a future cue (``future``)
    it is the next one on or after publication. ``direction`` -1 ("last Friday",
    "Jumat lalu") is strictly before, +1 ("next Friday", "Jumat depan") strictly
    after; 0 ("this Friday", "Jumat ini") reads like a bare weekday.

    Examples:
        >>> resolve_weekday(4, date(2025, 8, 16), None)  # Friday, from a Saturday
        datetime.date(2025, 8, 15)
        >>> resolve_weekday(0, date(2025, 8, 16), None, future=True)
        datetime.date(2025, 8, 18)
    """
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction is None:
        return (
            anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back)
        )
    if direction < 0:
        return anchor - timedelta(days=back or 7)
    if direction > 0:
        return anchor + timedelta(days=ahead or 7)
    return anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back)


def resolve_month(
    month: int, anchor: date, direction: int | None, future: bool = False
) -> tuple[int, int]:
    """(year, month) of a month named without a year in an article of ``anchor``.

    A bare month is the nearest such month not after the publication month; with a
    future cue the nearest not before it. ``direction`` -1 ("last June", "Juni lalu")
    is the most recent one strictly before the publication month, +1 ("next June",
    "Juni depan") the first one strictly after it, 0 ("this June") the one in the
    publication year.

    Examples:
        >>> resolve_month(5, date(2025, 7, 14), -1)
        (2025, 5)
        >>> resolve_month(8, date(2025, 4, 15), -1)
        (2024, 8)
    """
    year = anchor.year
    if direction is None:
        if future:
            return (year if month >= anchor.month else year + 1), month
        return (year if month <= anchor.month else year - 1), month
    if direction < 0:
        return (year if month < anchor.month else year - 1), month
    if direction > 0:
        return (year if month > anchor.month else year + 1), month
    return year, month


def directed_day_month(
    day: int, month: int, anchor: date, direction: int
) -> date | None:
    """A day/month strictly before (-1) or after (+1) ``anchor``: "20 Oktober lalu".

    Examples:
        >>> directed_day_month(20, 10, date(2024, 11, 10), -1)
        datetime.date(2024, 10, 20)
    """
    for year in (anchor.year, anchor.year + direction, anchor.year + 2 * direction):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (candidate - anchor).days * direction > 0:
            return candidate
    return None


def nearest_day_month(day: int, month: int, anchor: date) -> date | None:
    """The day/month nearest to ``anchor`` among the years around it, if it exists.

    Examples:
        >>> nearest_day_month(14, 7, date(2025, 7, 15))
        datetime.date(2025, 7, 14)
        >>> nearest_day_month(30, 12, date(2026, 1, 2))
        datetime.date(2025, 12, 30)
    """
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - anchor).days), d))
