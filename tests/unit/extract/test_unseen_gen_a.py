"""Meetings, visits and parades in multi-part narratives (own test sentences).

Separate bilaterals, lists of dated objects, pairs that travel together, bare
arrival verbs, unknown towns set off by their country, unknown names that begin
with a known family name; traps keep plans, doubts and denials out of the facts.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Expect, check_case, extract, found, summary

N = frozenset

CASES: list[tuple[str, str, str, str, list[Expect], list[tuple[str, str | None]]]] = [
    (
        "separate-talks-are-bilaterals-en",
        "en",
        "2024-03-14",
        "Olaf Scholz and Giorgia Meloni held separate talks with Joe Biden in "
        "Washington on Tuesday.",
        [
            Expect("MEETING", names=N({"Olaf Scholz", "Joe Biden"}), date="2024-03-12"),
            Expect("MEETING", names=N({"Giorgia Meloni", "Joe Biden"})),
        ],
        [],
    ),
    (
        "one-host-separate-meetings-en",
        "en",
        "2024-03-14",
        "Xi Jinping had separate meetings with Pedro Sanchez and Lula da Silva in "
        "Beijing on Wednesday.",
        [
            Expect("MEETING", names=N({"Xi Jinping", "Pedro Sánchez"})),
            Expect("MEETING", names=N({"Xi Jinping", "Luiz Inácio Lula da Silva"})),
        ],
        [],
    ),
    (
        "separate-talks-id",
        "id",
        "2024-03-14",
        "Prabowo Subianto menggelar pertemuan terpisah dengan Anthony Albanese dan "
        "Fumio Kishida di Tokyo, Rabu (13/3).",
        [
            Expect("MEETING", names=N({"Prabowo Subianto", "Anthony Albanese"})),
            Expect("MEETING", names=N({"Prabowo Subianto", "Fumio Kishida"})),
        ],
        [],
    ),
    (
        "separate-talks-that-may-happen-are-no-fact",
        "en",
        "2024-03-14",
        "Olaf Scholz and Giorgia Meloni could hold separate talks with Joe Biden "
        "next month.",
        [Expect("MEETING", "speculated", names=N({"Olaf Scholz", "Joe Biden"}))],
        [("MEETING", "asserted")],
    ),
    (
        "dated-objects-each-meet-en",
        "en",
        "2024-03-16",
        "Antony Blinken met Wang Yi on Monday and Sergey Lavrov on Thursday.",
        [
            Expect(
                "MEETING", names=N({"Antony Blinken", "Wang Yi"}), date="2024-03-11"
            ),
            Expect(
                "MEETING",
                names=N({"Antony Blinken", "Sergei Lavrov"}),
                date="2024-03-14",
            ),
        ],
        [],
    ),
    (
        "dated-objects-each-meet-id",
        "id",
        "2024-03-16",
        "Retno Marsudi bertemu Wang Yi pada Senin dan Penny Wong pada Kamis.",
        [
            Expect("MEETING", names=N({"Retno Marsudi", "Wang Yi"}), date="2024-03-11"),
            Expect(
                "MEETING", names=N({"Retno Marsudi", "Penny Wong"}), date="2024-03-14"
            ),
        ],
        [],
    ),
    (
        "a-pair-flies-in-together",
        "en",
        "2024-07-10",
        "WASHINGTON - Keir Starmer and Fumio Kishida joined the summit on Wednesday. "
        "Both leaders flew into Washington on Tuesday.",
        [
            Expect(
                "VISIT", agent="Keir Starmer", place="Washington", date="2024-07-09"
            ),
            Expect(
                "VISIT", agent="Fumio Kishida", place="Washington", date="2024-07-09"
            ),
        ],
        [],
    ),
    (
        "a-bare-landing-is-an-arrival-at-the-story-place",
        "en",
        "2024-06-05",
        "HANOI - Vladimir Putin held talks with To Lam in Hanoi on Wednesday. The "
        "Russian president landed shortly after midnight on Tuesday.",
        [Expect("VISIT", agent="Vladimir Putin", place="Hanoi", date="2024-06-04")],
        [],
    ),
    (
        "a-landing-that-may-happen-is-no-fact",
        "en",
        "2024-06-05",
        "HANOI - Vladimir Putin could have landed in Hanoi by Friday, officials said.",
        [],
        [("VISIT", "asserted")],
    ),
    (
        "unknown-town-set-off-by-its-country-en",
        "en",
        "2024-06-05",
        "Narendra Modi and Shehbaz Sharif last met in Foxhampton, in northern "
        "Pakistan, in May 2019.",
        [Expect("MEETING", place="Foxhampton", date="2019-05")],
        [],
    ),
    (
        "unknown-town-set-off-by-its-country-id",
        "id",
        "2024-06-05",
        "Joko Widodo bertemu Anthony Albanese di Foxhampton, Australia barat, pada "
        "Mei 2019.",
        [Expect("MEETING", place="Foxhampton", date="2019-05")],
        [],
    ),
    (
        "a-body-and-its-country-is-no-town",
        "en",
        "2024-06-05",
        "Speaking in Parliament, India warned that Narendra Modi would not meet "
        "Shehbaz Sharif.",
        [],
        [("MEETING", "asserted")],
    ),
    (
        "a-known-family-name-may-begin-an-unknown-name",
        "id",
        "2024-06-05",
        "Kim Jong Un menerima Wakil Perdana Menteri Tiongkok Liu Zhenhai di "
        "Pyongyang, Selasa (4/6).",
        [Expect("MEETING", names=N({"Kim Jong Un", "Liu Zhenhai"}))],
        [],
    ),
]


def test_separate_talks_without_a_counterpart_stay_one_meeting() -> None:
    events = extract(
        "Joe Biden and Xi Jinping met separately from the other leaders on Monday.",
        "en",
        "2024-11-20",
    )
    meetings = [e for e in events if e.type.value == "MEETING"]
    assert len(meetings) == 1, [summary(e) for e in events]


def test_the_reading_already_reported_decides_the_elided_subject() -> None:
    events = extract(
        "Emmanuel Macron and Keir Starmer held separate talks with Donald Trump last "
        "week. Macron met Trump on Monday and Starmer on Thursday.",
        "en",
        "2025-03-01",
    )
    want = Expect(
        "MEETING", names=N({"Keir Starmer", "Donald Trump"}), date="2025-02-27"
    )
    assert found(events, want), [summary(e) for e in events]
    assert not found(
        events, Expect("MEETING", names=N({"Emmanuel Macron", "Keir Starmer"}))
    )


DATED: list[tuple[str, str, str, str, list[Expect], list[tuple[str, str | None]]]] = [
    (
        "a-dated-parade-months-back-is-past",
        "en",
        "2024-10-02",
        "Brazil invited Pedro Sanchez to its Independence Day parade in Brasilia. "
        "Javier Milei stood beside Lula da Silva at the September 7 parade instead.",
        [
            Expect(
                "PARADE",
                names=N({"Javier Milei", "Luiz Inácio Lula da Silva", "Brazil"}),
                host="Brazil",
                place="Brasília",
                date="2024-09-07",
            )
        ],
        [("PARADE", "planned")],
    ),
    (
        "a-dated-parade-ahead-with-a-plan-is-planned",
        "en",
        "2024-10-02",
        "Javier Milei will attend the parade in Brasilia on September 7.",
        [Expect("PARADE", "planned", date="2025-09-07")],
        [("PARADE", "asserted")],
    ),
    (
        "a-ceremony-is-no-parade",
        "en",
        "2024-10-02",
        "Recep Tayyip Erdogan and Ilham Aliyev attended a ceremony marking the "
        "opening of a pipeline in Baku on Tuesday.",
        [],
        [("PARADE", None)],
    ),
    (
        "a-ceremony-is-no-parade-id",
        "id",
        "2024-10-02",
        "Prabowo Subianto dan Anwar Ibrahim menghadiri sebuah upacara peresmian "
        "jembatan di Kuching, Selasa (1/10).",
        [],
        [("PARADE", None)],
    ),
    (
        "the-ceremony-of-a-reported-parade-is-that-parade",
        "en",
        "2024-05-10",
        "MOSCOW - Vladimir Putin hosted a military parade on Red Square on Thursday. "
        "Xi Jinping attended the ceremony.",
        [Expect("PARADE", names=N({"Vladimir Putin", "Xi Jinping", "Russia"}))],
        [],
    ),
    (
        "a-week-after-the-day-only-qualifies-it-id",
        "id",
        "2024-05-16",
        "Selasa (7/5) pekan lalu, Kim Jong Un bertemu Vladimir Putin di Moskwa.",
        [Expect("MEETING", date="2024-05-07", place="Moscow")],
        [],
    ),
    (
        "a-day-range-starts-the-visit-id",
        "id",
        "2024-05-16",
        "Kunjungan pertama Anwar Ibrahim sebagai perdana menteri adalah ke Thailand "
        "pada 9-10 Februari lalu.",
        [Expect("VISIT", agent="Anwar Ibrahim", date="2024-02-09")],
        [],
    ),
    (
        "a-description-of-the-summit-is-no-doubt-about-it",
        "en",
        "2024-09-22",
        "TOKYO - Fumio Kishida hosted Joe Biden and Anthony Albanese on Saturday for "
        "what is likely to be his last summit as prime minister.",
        [Expect("MEETING", date="2024-09-21")],
        [("MEETING", "speculated"), ("MEETING", "planned")],
    ),
    (
        "a-plan-does-not-reach-across-while",
        "en",
        "2024-09-22",
        "TOKYO - Joe Biden arrived on Saturday for what is expected to be his last "
        "trip to Japan, while Anthony Albanese had flown in on Friday.",
        [Expect("VISIT", agent="Anthony Albanese", date="2024-09-20")],
        [("VISIT", "planned")],
    ),
    (
        "a-summit-that-is-only-expected-is-no-fact",
        "en",
        "2024-09-22",
        "Joe Biden is expected to meet Anthony Albanese in Tokyo next month.",
        [],
        [("MEETING", "asserted")],
    ),
]


def test_legs_of_one_trip_are_one_visit_from_its_arrival() -> None:
    events = extract(
        "Pedro Sanchez arrived in Osaka on Monday and flew to Tokyo on Wednesday.",
        "en",
        "2024-04-12",
    )
    visits = [e for e in events if e.type.value == "VISIT"]
    assert len(visits) == 1, [summary(e) for e in events]
    assert visits[0].date == "2024-04-08"
    assert visits[0].place is not None
    assert visits[0].place.name == "Osaka"


def test_legs_of_one_trip_are_one_visit_id() -> None:
    events = extract(
        "Prabowo Subianto tiba di Osaka pada Senin (8/4), sebelum terbang ke Tokyo "
        "pada Rabu (10/4).",
        "id",
        "2024-04-12",
    )
    visits = [e for e in events if e.type.value == "VISIT"]
    assert len(visits) == 1, [summary(e) for e in events]
    assert visits[0].date == "2024-04-08"


def test_visits_years_apart_stay_two() -> None:
    events = extract(
        "Pedro Sanchez visited Beijing in 2019. He arrived in Shanghai on Monday.",
        "en",
        "2024-04-12",
    )
    visits = [e for e in events if e.type.value == "VISIT"]
    assert len(visits) == 2, [summary(e) for e in events]


def test_where_one_came_from_is_no_destination() -> None:
    events = extract(
        "Pedro Sanchez arrived in Rabat on Monday evening after two days in Algeria.",
        "en",
        "2024-04-12",
    )
    hosts = {
        p.actor.name
        for e in events
        if e.type.value == "VISIT"
        for p in e.participants
        if p.role.value == "host"
    }
    assert hosts == {"Morocco"}, [summary(e) for e in events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "DOHA - Talks resumed on Monday. Hakan Fidan flew to Cairo last Wednesday, "
            "where he met Abdel Fattah el-Sisi.",
        ),
        (
            "id",
            "DOHA - Perundingan dilanjutkan pada Senin. Sugiono terbang ke Kairo pada "
            "Rabu (9/10), di mana ia bertemu Abdel Fattah el-Sisi.",
        ),
    ],
)
def test_a_where_clause_takes_the_date_of_its_place(lang: str, text: str) -> None:
    events = extract(text, lang, "2024-10-14")
    assert found(events, Expect("MEETING", place="Cairo", date="2024-10-09")), [
        summary(e) for e in events
    ]


AFAR: list[tuple[str, str, str, str, list[Expect], list[tuple[str, str | None]]]] = [
    (
        "joining-by-video-is-no-attendance-en",
        "en",
        "2024-07-10",
        "ASTANA - Xi Jinping and Vladimir Putin attended the SCO summit in Astana on "
        "Wednesday. Narendra Modi took part by video link.",
        [Expect("MEETING", "negated", names=N({"Narendra Modi"}))],
        [],
    ),
    (
        "joining-by-video-is-no-attendance-id",
        "id",
        "2024-07-10",
        "ASTANA - Xi Jinping dan Vladimir Putin menghadiri KTT SCO di Astana pada Rabu "
        "(3/7). Narendra Modi hadir secara virtual.",
        [Expect("MEETING", "negated", names=N({"Narendra Modi"}))],
        [],
    ),
    (
        "a-cancelled-trip-was-to-the-story-place",
        "en",
        "2024-07-10",
        "ASTANA - Xi Jinping and Vladimir Putin attended the SCO summit in Astana on "
        "Wednesday. Narendra Modi cancelled his trip, citing a busy schedule at home.",
        [
            Expect(
                "VISIT",
                "negated",
                agent="Narendra Modi",
                place="Astana",
                date="2024-07",
            )
        ],
        [("VISIT", "asserted")],
    ),
    (
        "a-cancelled-trip-was-to-the-story-place-id",
        "id",
        "2024-07-10",
        "ASTANA - Xi Jinping dan Vladimir Putin menghadiri KTT SCO di Astana pada Rabu "
        "(3/7). Narendra Modi membatalkan kunjungannya.",
        [Expect("VISIT", "negated", agent="Narendra Modi", place="Astana")],
        [("VISIT", "asserted")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected", "forbidden"),
    [case[1:] for case in CASES + DATED + AFAR],
    ids=[case[0] for case in CASES + DATED + AFAR],
)
def test_unseen_narratives(
    lang: str,
    published: str,
    text: str,
    expected: list[Expect],
    forbidden: list[tuple[str, str | None]],
) -> None:
    check_case(extract(text, lang, published), expected, forbidden)


def test_the_two_ministers_of_a_country_are_its_pair() -> None:
    events = extract(
        "TOKYO - Menlu RI Sugiono dan Menhan Sjafrie Sjamsoeddin menggelar dialog "
        "dengan Menlu Jepang Takeshi Iwaya dan Menhan Jepang Gen Nakatani di Tokyo, "
        "Senin (21/4). Kedua menteri RI tiba di Tokyo pada Minggu (20/4).",
        "id",
        "2025-04-22",
    )
    for who in ("Sugiono", "Sjafrie Sjamsoeddin"):
        want = Expect("VISIT", agent=who, place="Tokyo", date="2025-04-20")
        assert found(events, want), [summary(e) for e in events]
    assert found(events, Expect("MEETING", date="2025-04-21", place="Tokyo"))


def test_a_call_for_dialogue_is_no_meeting() -> None:
    events = extract(
        "Penny Wong called for dialogue with Wang Yi on the South China Sea.",
        "en",
        "2025-04-22",
    )
    assert not [e for e in events if e.type.value == "MEETING"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Narendra Modi landed in Colombo on Tuesday. Modi is due to hold talks "
            "with Ranil Wickremesinghe on Wednesday.",
        ),
        (
            "id",
            "Narendra Modi tiba di Kolombo pada Selasa (4/6). Modi dijadwalkan bertemu "
            "Ranil Wickremesinghe pada Rabu (5/6).",
        ),
    ],
)
def test_a_planned_meeting_is_where_its_guest_just_arrived(
    lang: str, text: str
) -> None:
    events = extract(text, lang, "2024-06-04")
    want = Expect("MEETING", "planned", place="Colombo", date="2024-06-05")
    assert found(events, want), [summary(e) for e in events]


def test_talks_a_sentence_presupposes_are_not_anothers_plan() -> None:
    events = extract(
        "Xi Jinping is due to hold talks with Viktor Orban on Thursday. In Belgrade, "
        "Xi Jinping and Aleksandar Vucic signed a joint statement after talks on "
        "Wednesday.",
        "en",
        "2024-05-08",
    )
    want = Expect(
        "MEETING", names=N({"Xi Jinping", "Aleksandar Vučić"}), place="Belgrade"
    )
    assert found(events, want), [summary(e) for e in events]


def test_each_leg_of_an_itinerary_has_its_place_and_day() -> None:
    events = extract(
        "BRUSSELS - Ministers met on Wednesday. Robert Fico drew criticism after a "
        "tour that took him to Minsk last Friday for talks with Alexander Lukashenko "
        "and then to Tbilisi on Monday to meet Irakli Kobakhidze.",
        "en",
        "2024-07-11",
    )
    got = [summary(e) for e in events]
    for place, day in (("Minsk", "2024-07-05"), ("Tbilisi", "2024-07-08")):
        assert found(events, Expect("VISIT", place=place, date=day)), got
        assert found(events, Expect("MEETING", place=place, date=day)), got


def test_a_relative_pronoun_is_no_article() -> None:
    events = extract(
        "The crisis that brought her to Kyiv on Monday was discussed by Giorgia "
        "Meloni and Volodymyr Zelensky.",
        "en",
        "2024-07-11",
    )
    assert not [e for e in events if e.type.value == "VISIT" and e.date is None]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Xi Jinping will host the SCO summit in Tianjin in November. Shehbaz "
            "Sharif may travel to Tianjin for the meeting.",
        ),
        (
            "id",
            "Xi Jinping akan menjadi tuan rumah KTT SCO di Tianjin pada November. "
            "Prabowo Subianto kemungkinan berkunjung ke Tianjin.",
        ),
    ],
)
def test_a_trip_to_come_is_in_the_month_of_its_occasion(lang: str, text: str) -> None:
    events = extract(text, lang, "2024-09-03")
    visits = [e for e in events if e.type.value == "VISIT"]
    assert visits, [summary(e) for e in events]
    assert all(e.modality.value != "asserted" for e in visits)
    assert all(e.date == "2024-11" for e in visits), [summary(e) for e in events]


def test_a_past_summit_dates_no_trip_to_come() -> None:
    events = extract(
        "Xi Jinping hosted a summit in Tianjin in March. Shehbaz Sharif may travel "
        "to Tianjin again.",
        "en",
        "2024-09-03",
    )
    visits = [e for e in events if e.type.value == "VISIT"]
    assert all(e.date is None for e in visits), [summary(e) for e in events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "LONDON - Keir Starmer, who flew to Ottawa, Canada, to attend the summit "
            "in June 2024, spoke on Monday.",
        ),
        (
            "id",
            "JAKARTA - Sugiono, yang terbang ke Ottawa, Kanada, untuk menghadiri KTT "
            "pada Juni 2024, berbicara pada Senin.",
        ),
    ],
)
def test_the_occasion_of_a_trip_dates_it(lang: str, text: str) -> None:
    events = extract(text, lang, "2025-01-07")
    want = Expect("VISIT", place="Ottawa", date="2024-06")
    assert found(events, want), [summary(e) for e in events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Penny Wong and Wang Yi could meet again before the end of the year."),
        (
            "id",
            "Retno Marsudi dan Wang Yi kemungkinan bertemu lagi pada akhir tahun ini.",
        ),
    ],
)
def test_the_end_of_the_year_is_this_year(lang: str, text: str) -> None:
    events = extract(text, lang, "2024-06-02")
    want = Expect("MEETING", "speculated", date="2024")
    assert found(events, want), [summary(e) for e in events]
    assert not found(events, Expect("MEETING"))  # never asserted


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "MELBOURNE - Leaders of ASEAN and Australia closed a special summit in "
            "Melbourne on Wednesday. Joko Widodo attended alongside Anthony Albanese "
            "and Anwar Ibrahim.",
        ),
        (
            "id",
            "Melbourne - Para pemimpin ASEAN dan Australia menutup KTT khusus di "
            "Melbourne, Rabu (6/3). Joko Widodo hadir bersama Anthony Albanese dan "
            "Anwar Ibrahim.",
        ),
    ],
)
def test_attendees_of_a_summit_that_named_no_one(lang: str, text: str) -> None:
    events = extract(text, lang, "2024-03-06")
    want = Expect(
        "MEETING",
        names=N({"Joko Widodo", "Anthony Albanese", "Anwar Ibrahim"}),
        place="Melbourne",
        date="2024-03-06",
    )
    assert found(events, want), [summary(e) for e in events]


def test_a_summit_that_names_no_one_is_not_reported() -> None:
    events = extract(
        "MELBOURNE - Leaders of ASEAN and Australia closed a special summit in "
        "Melbourne on Wednesday.",
        "en",
        "2024-03-06",
    )
    assert not [e for e in events if e.type.value == "MEETING"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Li Qiang last met Anthony Albanese in Canberra in June 2023, months after "
            "Albanese flew to Beijing in March that year.",
        ),
        (
            "id",
            "Li Qiang terakhir bertemu Anwar Ibrahim pada Juni 2023, beberapa bulan "
            "setelah Anwar terbang ke Beijing pada Maret tahun yang sama.",
        ),
    ],
)
def test_a_month_of_the_same_year(lang: str, text: str) -> None:
    events = extract(text, lang, "2024-05-17")
    want = Expect("VISIT", place="Beijing", date="2023-03")
    assert found(events, want), [summary(e) for e in events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "BEIJING - Xi Jinping met Joe Biden in Lima on Saturday. The two leaders "
            "last met when Biden visited San Francisco in November 2023, months after "
            "Xi made a state visit to Moscow in March that year.",
        ),
        (
            "id",
            "Jakarta - Xi Jinping bertemu Joe Biden di Lima, Sabtu (16/11). Keduanya "
            "terakhir bertemu saat Biden berkunjung ke San Francisco pada November "
            "2023, beberapa bulan setelah Xi melakukan kunjungan kenegaraan ke Moskwa "
            "pada Maret tahun yang sama.",
        ),
    ],
)
def test_a_background_meeting_and_a_visit_before_it(lang: str, text: str) -> None:
    events = extract(text, lang, "2024-11-17")
    got = [summary(e) for e in events]
    assert found(events, Expect("MEETING", place="San Francisco", date="2023-11")), got
    want = Expect("VISIT", agent="Xi Jinping", place="Moscow", date="2023-03")
    assert found(events, want), got
