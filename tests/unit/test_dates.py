"""Date expressions: finding spans and resolving them against a publication date."""

from __future__ import annotations

from datetime import UTC, date, datetime
from itertools import pairwise

import pytest

from graph.model import DatePrecision
from ingest.date_calendar import covering, resolve_month, resolve_weekday
from ingest.dates import DateKind, DateMention, find_dates

#: Wednesday 3 September 2025, late afternoon.
PUBLISHED = datetime(2025, 9, 3, 16, 20)


def _found(
    text: str, lang: str, published: datetime | None = PUBLISHED
) -> list[DateMention]:
    mentions = find_dates(text, lang, published)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    return mentions


def _pairs(
    text: str, lang: str, published: datetime | None = PUBLISHED
) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in _found(text, lang, published)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "They met on 3 September 2025 in the capital.",
            [("3 September 2025", "2025-09-03")],
        ),
        (
            "en",
            "The deal was signed on September 3, 2025.",
            [("September 3, 2025", "2025-09-03")],
        ),
        (
            "en",
            "Talks resumed on Wednesday, Sept. 3, 2025.",
            [("Wednesday, Sept. 3, 2025", "2025-09-03")],
        ),
        ("en", "It was agreed in June 2024.", [("June 2024", "2024-06")]),
        ("en", "It was agreed in 2024.", [("2024", "2024")]),
        ("en", "Ties have been close since 1995.", [("1995", "1995")]),
        ("en", "The office opened in mid-2019.", [("mid-2019", "2019")]),
        (
            "en",
            "Filed at 2025-08-30T10:00 by the desk.",
            [("2025-08-30", "2025-08-30")],
        ),
        (
            "id",
            "Keduanya bertemu pada 19 Juni 2024 di Pyongyang.",
            [("19 Juni 2024", "2024-06-19")],
        ),
        (
            "id",
            "Presiden tiba Rabu 3 September 2025 pagi.",
            [("Rabu 3 September 2025", "2025-09-03")],
        ),
        (
            "id",
            "Presiden tiba Rabu (3/9/2025) pagi.",
            [("Rabu (3/9/2025)", "2025-09-03")],
        ),
        (
            "id",
            "Pertemuan itu digelar 3/9/2025 di Beijing.",
            [("3/9/2025", "2025-09-03")],
        ),
        ("id", "Perjanjian diteken Juni 2024.", [("Juni 2024", "2024-06")]),
        ("id", "Perjanjian diteken pada tahun 2024.", [("tahun 2024", "2024")]),
        ("id", "Xi berkunjung pada 2019.", [("2019", "2019")]),
        (
            "id",
            "Penandatanganan dijadwalkan Januari 2026.",
            [("Januari 2026", "2026-01")],
        ),
        (
            "id",
            "Kontrak diteken 17 Agt 2025 di Jakarta.",
            [("17 Agt 2025", "2025-08-17")],
        ),
        (
            "id",
            "Rina Wati \u2022 3 September 2025 18:14",
            [("3 September 2025", "2025-09-03")],
        ),
    ],
)
def test_explicit_dates(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    mentions = _found(text, lang)
    assert [(m.text, m.value) for m in mentions] == expected
    assert all(m.kind is DateKind.ABSOLUTE and not m.relative for m in mentions)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "id",
            "Ia tiba di Paris pada Senin (14/7) malam.",
            [("Senin (14/7)", "2025-07-14")],
        ),
        ("en", "Talks resumed on Sept. 3 after a pause.", [("Sept. 3", "2025-09-03")]),
        ("en", "Talks resumed on 3 Sept after a pause.", [("3 Sept", "2025-09-03")]),
        ("id", "Laga digelar pada (30/8) di Jeddah.", [("30/8", "2025-08-30")]),
        (
            "id",
            "Ia dilantik pada 20 Oktober lalu.",
            [("20 Oktober lalu", "2024-10-20")],
        ),
        (
            "en",
            "The summit is due on Sept. 10 in Tianjin.",
            [("Sept. 10", "2025-09-10")],
        ),
        ("en", "They met in June in Geneva.", [("June", "2025-06")]),
        ("en", "They met in October in Geneva.", [("October", "2024-10")]),
        ("en", "They will meet in January in Geneva.", [("January", "2026-01")]),
        (
            "en",
            "The pact entered into force last December.",
            [("last December", "2024-12")],
        ),
        ("en", "The pact was signed last June.", [("last June", "2025-06")]),
        (
            "en",
            "The pact was signed in June last year.",
            [("June last year", "2024-06")],
        ),
        ("en", "The drills began in early July.", [("early July", "2025-07")]),
        ("id", "Pakta diteken pada Juni tahun lalu.", [("Juni tahun lalu", "2024-06")]),
        (
            "id",
            "Undangan disampaikan pada akhir Mei lalu.",
            [("akhir Mei lalu", "2025-05")],
        ),
        (
            "id",
            "Mereka bertemu pada awal Agustus lalu.",
            [("awal Agustus lalu", "2025-08")],
        ),
        ("id", "Mereka bertemu pada Juni.", [("Juni", "2025-06")]),
        ("id", "Menteri akan ke Tokyo pada Januari.", [("Januari", "2026-01")]),
        (
            "id",
            "Traktat diteken Maret tahun depan.",
            [("Maret tahun depan", "2026-03")],
        ),
    ],
)
def test_dates_completed_from_publication(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    mentions = _found(text, lang)
    assert [(m.text, m.value) for m in mentions] == expected
    assert all(m.kind is DateKind.PARTIAL and m.relative for m in mentions)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The leaders met on Friday.", [("Friday", "2025-08-29")]),
        ("en", "The leaders met on Wednesday.", [("Wednesday", "2025-09-03")]),
        ("en", "The leaders will meet on Friday.", [("Friday", "2025-09-05")]),
        ("en", "He is scheduled to arrive on Monday.", [("Monday", "2025-09-08")]),
        ("en", "The leaders met last Wednesday.", [("last Wednesday", "2025-08-27")]),
        ("en", "The leaders meet next Monday.", [("next Monday", "2025-09-08")]),
        ("en", "He said on Tuesday that he would return.", [("Tuesday", "2025-09-02")]),
        ("id", "Kedua pemimpin bertemu pada Selasa.", [("Selasa", "2025-09-02")]),
        ("id", "Kedua pemimpin akan bertemu pada Jumat.", [("Jumat", "2025-09-05")]),
        ("id", "Ia dijadwalkan tiba Senin depan.", [("Senin depan", "2025-09-08")]),
        ("id", "Ia tiba Kamis lalu.", [("Kamis lalu", "2025-08-28")]),
        ("id", "Ia tiba hari Minggu.", [("Minggu", "2025-08-31")]),
        (
            "id",
            "Pada Sabtu, ia mengumumkan akan terbang ke Roma pada Senin.",
            [("Sabtu", "2025-08-30"), ("Senin", "2025-09-08")],
        ),
    ],
)
def test_weekdays_resolve_to_the_article_week(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    mentions = _found(text, lang)
    assert [(m.text, m.value) for m in mentions] == expected
    assert all(m.kind is DateKind.WEEKDAY for m in mentions)


@pytest.mark.parametrize(
    ("lang", "text", "value", "kind"),
    [
        ("en", "Yesterday the envoy left.", "2025-09-02", DateKind.RELATIVE),
        ("en", "The envoy leaves today.", "2025-09-03", DateKind.RELATIVE),
        ("en", "The envoy arrives tomorrow.", "2025-09-04", DateKind.RELATIVE),
        ("en", "They spoke last week.", "2025-08", DateKind.RELATIVE),
        ("en", "They speak this week.", "2025-09", DateKind.RELATIVE),
        ("en", "They spoke last month.", "2025-08", DateKind.RELATIVE),
        ("en", "They speak next month.", "2025-10", DateKind.RELATIVE),
        ("en", "They spoke earlier this year.", "2025", DateKind.RELATIVE),
        ("en", "They spoke late last year.", "2024", DateKind.RELATIVE),
        ("en", "They spoke last year.", "2024", DateKind.RELATIVE),
        ("en", "They meet next year.", "2026", DateKind.RELATIVE),
        ("en", "They spoke two days ago.", "2025-09-01", DateKind.RELATIVE),
        ("en", "They spoke 3 months ago.", "2025-06", DateKind.RELATIVE),
        ("en", "The day before, they spoke.", "2025-09-02", DateKind.ANAPHORIC),
        ("id", "Mereka bertemu kemarin.", "2025-09-02", DateKind.RELATIVE),
        ("id", "Mereka bertemu hari ini.", "2025-09-03", DateKind.RELATIVE),
        ("id", "Mereka bertemu pekan lalu.", "2025-08", DateKind.RELATIVE),
        ("id", "Mereka bertemu pekan ini.", "2025-09", DateKind.RELATIVE),
        ("id", "Mereka bertemu minggu lalu.", "2025-08", DateKind.RELATIVE),
        ("id", "Mereka bertemu bulan lalu.", "2025-08", DateKind.RELATIVE),
        ("id", "Mereka bertemu bulan depan.", "2025-10", DateKind.RELATIVE),
        ("id", "Mereka bertemu tahun lalu.", "2024", DateKind.RELATIVE),
        ("id", "Mereka bertemu tahun depan.", "2026", DateKind.RELATIVE),
        ("id", "Mereka bertemu awal tahun ini.", "2025", DateKind.RELATIVE),
        ("id", "Mereka bertemu akhir tahun lalu.", "2024", DateKind.RELATIVE),
        ("id", "Mereka bertemu dua hari lalu.", "2025-09-01", DateKind.RELATIVE),
        ("id", "Mereka bertemu 3 hari yang lalu.", "2025-08-31", DateKind.RELATIVE),
        ("id", "Mereka bertemu sepekan lalu.", "2025-08", DateKind.RELATIVE),
        ("id", "Ia tiba sehari sebelumnya.", "2025-09-02", DateKind.ANAPHORIC),
        ("id", "Ia tiba tiga hari sebelumnya.", "2025-08-31", DateKind.ANAPHORIC),
    ],
)
def test_relative_expressions(lang: str, text: str, value: str, kind: DateKind) -> None:
    [mention] = _found(text, lang)
    assert mention.value == value
    assert mention.kind is kind
    assert mention.relative


@pytest.mark.parametrize(
    ("published", "value"),
    [
        # Tuesday 2025-10-14: last week is Monday 6 to Sunday 12 October.
        (datetime(2025, 10, 14, 9), "2025-10"),
        # Tuesday 2025-09-02: last week is 25-31 August.
        (datetime(2025, 9, 2, 9), "2025-08"),
        # Sunday 2025-10-12: the week before the one ending today, 29 Sept-5 Oct.
        (datetime(2025, 10, 12, 9), "2025"),
        # Monday 2025-01-06: last week straddles the new year, so no date at all.
        (datetime(2025, 1, 6, 9), None),
    ],
)
def test_last_week_precision_depends_on_the_week(
    published: datetime, value: str | None
) -> None:
    mentions = _found("Kedua menteri bertemu pekan lalu.", "id", published)
    assert [m.value for m in mentions] == ([value] if value else [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The meeting started at 18:14 local time."),
        ("id", "Acara dimulai pukul 00 WIB dan selesai 20.00 WIB."),
        ("id", "Sebanyak 6.000 personel dan 200 tentara dikirim."),
        ("en", "About 2000 troops and 1,500 officers were sent."),
        ("en", "The report cited a force of 2000 troops."),
        ("id", "Bantuan diberikan dari 2000 orang relawan."),
        ("en", "Music of the 1950s and the Hwasong-20 missile."),
        ("id", "Lagu tahun 1950-an diputar."),
        ("en", "Theresa May said the march was peaceful."),
        ("en", "June Lee met April Kim."),
        ("id", "Ia menyebut beberapa hari lalu suasana tenang."),
        ("en", "Resolution 2231 was cited."),
    ],
)
def test_non_dates_are_ignored(lang: str, text: str) -> None:
    assert _found(text, lang) == []


def test_without_publication_only_self_contained_dates_resolve() -> None:
    text = "Pada Senin (14/7) dan kemarin, serta 19 Juni 2024."
    assert _pairs(text, "id", None) == [("19 Juni 2024", "2024-06-19")]


def test_aware_publication_time_keeps_its_wall_date() -> None:
    late = datetime(2025, 9, 3, 23, 30, tzinfo=UTC)
    assert _pairs("Ia tiba kemarin.", "id", late) == [("kemarin", "2025-09-02")]


def test_precision_matches_value() -> None:
    text = "Pada 19 Juni 2024, Juni 2024 dan tahun 2024."
    assert [m.precision for m in _found(text, "id")] == [
        DatePrecision.DAY,
        DatePrecision.MONTH,
        DatePrecision.YEAR,
    ]


def test_mentions_are_ordered_and_do_not_overlap() -> None:
    text = "Rabu (3/9/2025) dan Juni tahun lalu serta pekan lalu, kemarin."
    mentions = _found(text, "id")
    assert [m.text for m in mentions] == [
        "Rabu (3/9/2025)",
        "Juni tahun lalu",
        "pekan lalu",
        "kemarin",
    ]
    for before, after in pairwise(mentions):
        assert before.end <= after.start


def test_other_languages_get_explicit_dates() -> None:
    assert _pairs("Ils se sont rencontrés le 3 septembre 2025.", "fr") == [
        ("3 septembre 2025", "2025-09-03")
    ]
    assert _pairs("会谈于2025-09-03举行。", "zh") == [("2025-09-03", "2025-09-03")]


def test_ambiguous_numeric_dates_in_english_are_skipped() -> None:
    assert _pairs("Filed 3/9/2025 and 25/8/2025.", "en") == [
        ("25/8/2025", "2025-08-25")
    ]


@pytest.mark.parametrize(
    ("weekday", "direction", "future", "expected"),
    [
        (4, None, False, date(2025, 8, 29)),
        (2, None, False, date(2025, 9, 3)),
        (2, None, True, date(2025, 9, 3)),
        (4, None, True, date(2025, 9, 5)),
        (2, -1, False, date(2025, 8, 27)),
        (2, 1, False, date(2025, 9, 10)),
    ],
)
def test_resolve_weekday(
    weekday: int, direction: int | None, future: bool, expected: date
) -> None:
    assert resolve_weekday(weekday, PUBLISHED.date(), direction, future) == expected


def test_resolve_month_directions() -> None:
    anchor = date(2025, 9, 3)
    assert resolve_month(9, anchor, None) == (2025, 9)
    assert resolve_month(10, anchor, None) == (2024, 10)
    assert resolve_month(8, anchor, None, future=True) == (2026, 8)
    assert resolve_month(9, anchor, -1) == (2024, 9)
    assert resolve_month(9, anchor, 1) == (2026, 9)
    assert resolve_month(3, anchor, 0) == (2025, 3)


def test_covering() -> None:
    assert covering((date(2025, 9, 3), date(2025, 9, 3))) == "2025-09-03"
    assert covering((date(2025, 9, 1), date(2025, 9, 30))) == "2025-09"
    assert covering((date(2025, 1, 1), date(2025, 12, 31))) == "2025"
    assert covering((date(2025, 12, 28), date(2026, 1, 3))) is None
