"""English mechanisms that generalise to unseen news (own test sentences).

Each case exercises one general rule added while measuring the rules on articles
their authors had not seen: the comma that ends a prepositional phrase, passives,
past plans, lists of destinations, forces at a border, appositions, attendance
verbs with an object of their own, and so on.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Expect, check_case, extract, found, summary

N = frozenset

CASES: list[tuple[str, str, str, list[Expect], list[tuple[str, str | None]]]] = [
    (
        "has-not-invited-is-active",
        "2024-05-10",
        "Norway has not invited Belarus to the peace conference in Oslo.",
        [Expect("INVITATION", "negated", N({"Norway", "Belarus"}), agent="Norway")],
        [("INVITATION", "asserted")],
    ),
    (
        "a-past-plan-is-dated-in-the-past",
        "2024-06-10",
        "Emmanuel Macron had been due to travel to Beijing in March, but called off "
        "the trip after a row over trade.",
        [Expect("VISIT", "negated", agent="Emmanuel Macron", date="2024-03")],
        [("VISIT", "asserted"), ("VISIT", "planned")],
    ),
    (
        "flown-into-gives-the-arrival-day",
        "2024-06-05",
        "Anthony Albanese had flown into Jakarta on Monday for his first trip to "
        "Indonesia this year.",
        [
            Expect(
                "VISIT",
                agent="Anthony Albanese",
                place="Jakarta",
                date="2024-06-03",
            )
        ],
        [],
    ),
    (
        "a-leader-parades-missiles",
        "2024-05-01",
        "Kim Jong Un paraded new missiles through Pyongyang in October last year.",
        [
            Expect(
                "PARADE",
                names=N({"Kim Jong Un", "North Korea"}),
                host="North Korea",
                place="Pyongyang",
                date="2023-10",
            )
        ],
        [],
    ),
    (
        "ordered-troops-to-a-list-of-countries",
        "2022-03-02",
        "Joe Biden has ordered 2,000 American troops to Lithuania, Latvia and "
        "Estonia, the Pentagon said.",
        [
            Expect(
                "TROOP_DEPLOYMENT",
                "planned",
                N({"United States", country}),
                agent="United States",
            )
            for country in ("Lithuania", "Latvia", "Estonia")
        ],
        [("TROOP_DEPLOYMENT", "asserted")],
    ),
    (
        "forces-at-their-own-border-stay-home",
        "2022-01-20",
        "Russia kept 100,000 troops massed near its border with Ukraine.",
        [],
        [("TROOP_DEPLOYMENT", None)],
    ),
    (
        "ownerless-soldiers-are-the-ones-just-sent",
        "2022-02-03",
        "Joe Biden has ordered 3,000 American troops to Europe. About 1,000 soldiers "
        "will deploy to Poland next week.",
        [
            Expect(
                "TROOP_DEPLOYMENT",
                "planned",
                N({"United States", "Poland"}),
                agent="United States",
            )
        ],
        [("TROOP_DEPLOYMENT", "asserted")],
    ),
    (
        "none-of-the-soldiers-is-a-denial",
        "2022-02-09",
        "Joe Biden sent 2,000 American troops to Poland on Monday. None of the "
        "soldiers will fight in Ukraine, a spokesman said.",
        [
            Expect("TROOP_DEPLOYMENT", names=N({"United States", "Poland"})),
            Expect(
                "TROOP_DEPLOYMENT",
                "negated",
                N({"United States", "Ukraine"}),
                agent="United States",
            ),
        ],
        [],
    ),
    (
        "a-place-in-an-apposition-is-not-the-destination",
        "2024-06-20",
        "Jane Roe, a researcher at a Seoul institute, said the pact could be used to "
        "justify sending North Korean soldiers to Russia.",
        [
            Expect(
                "TROOP_DEPLOYMENT",
                "speculated",
                N({"North Korea", "Russia"}),
                agent="North Korea",
            )
        ],
        [("TROOP_DEPLOYMENT", "asserted")],
    ),
    (
        "an-apposition-is-not-the-subject",
        "2023-06-19",
        "Antony Blinken, the first American official to visit China since Joe Biden "
        "took office, landed in Beijing on Sunday and held talks with Wang Yi.",
        [
            Expect("VISIT", agent="Antony Blinken", place="Beijing", date="2023-06-18"),
            Expect("MEETING", names=N({"Antony Blinken", "Wang Yi"})),
        ],
        [],
    ),
    (
        "joining-an-effort-is-no-attendance",
        "2024-06-19",
        "Kim Jong Un watched a military parade in Pyongyang on Saturday. Vietnam has "
        "refused to join Western efforts to isolate Moscow.",
        [Expect("PARADE", names=N({"Kim Jong Un", "North Korea"}))],
        [("PARADE", "negated")],
    ),
    (
        "sanctions-threatened-on-a-condition",
        "2024-03-01",
        "The United States warned that it would impose sanctions on Iran if the "
        "talks failed.",
        [Expect("SANCTION", "speculated", agent="United States")],
        [("SANCTION", "asserted"), ("SANCTION", "planned")],
    ),
    (
        "a-treaty-signed-with-a-condition-inside-is-signed",
        "2024-06-19",
        "Vladimir Putin and Kim Jong Un signed a treaty in Pyongyang on Wednesday "
        "pledging mutual assistance if either country is attacked.",
        [
            Expect(
                "ALLIANCE",
                names=N({"Russia", "North Korea"}),
                place="Pyongyang",
                date="2024-06-19",
            )
        ],
        [("ALLIANCE", "speculated")],
    ),
    (
        "a-plan-on-a-condition-is-an-offer",
        "2025-03-01",
        "Britain will send troops to Ukraine if a ceasefire is agreed.",
        [
            Expect(
                "TROOP_DEPLOYMENT",
                "speculated",
                N({"United Kingdom", "Ukraine"}),
                agent="United Kingdom",
            )
        ],
        [("TROOP_DEPLOYMENT", "asserted"), ("TROOP_DEPLOYMENT", "planned")],
    ),
    (
        "a-long-planned-clause-stays-planned",
        "2024-06-19",
        "Vladimir Putin is due to fly on to Hanoi on Thursday for a two-day state "
        "visit to Vietnam.",
        [Expect("VISIT", "planned", agent="Vladimir Putin", date="2024-06-20")],
        [("VISIT", "asserted")],
    ),
    (
        "an-invited-visit-is-not-reported",
        "2024-04-02",
        "Xi Jinping invited Joko Widodo to visit Beijing.",
        [Expect("INVITATION", agent="Xi Jinping")],
        [("VISIT", None)],
    ),
    (
        "an-accepted-invitation-plans-the-visit",
        "2024-04-02",
        "Xi Jinping invited Joko Widodo to visit Beijing, and the president accepted.",
        [Expect("VISIT", "planned", agent="Joko Widodo", place="Beijing")],
        [("VISIT", "asserted")],
    ),
    (
        "a-visit-after-an-accepted-invitation-took-place",
        "2024-04-02",
        "Joko Widodo accepted an invitation from Xi Jinping and visited Beijing on "
        "Monday.",
        [Expect("VISIT", agent="Joko Widodo", place="Beijing", date="2024-04-01")],
        [],
    ),
    (
        "a-participle-clause-has-its-own-date",
        "2024-06-14",
        "Japanese Prime Minister Fumio Kishida signed a defence pact with Volodymyr "
        "Zelensky in Rome on Thursday, pledging $1 billion in aid this year.",
        [Expect("ALLIANCE", names=N({"Japan", "Ukraine"}), date="2024-06-13")],
        [],
    ),
    (
        "and-a-new-subject-opens-a-clause",
        "2023-08-19",
        "Yoon Suk Yeol travelled to Tokyo in March, the first such visit in years, "
        "and Fumio Kishida paid a return visit to Seoul in May.",
        [
            Expect("VISIT", agent="Yoon Suk Yeol", place="Tokyo", date="2023-03"),
            Expect("VISIT", agent="Fumio Kishida", place="Seoul", date="2023-05"),
        ],
        [],
    ),
    (
        "a-report-attributed-to-an-unnamed-source-is-no-statement",
        "2022-02-03",
        "Joe Biden has ordered 3,000 troops to Poland, the Pentagon said on Wednesday, "
        "in a warning to Russia.",
        [],
        [("STATEMENT", None)],
    ),
    (
        "a-ministry-that-said-something-made-no-statement",
        "2024-11-05",
        "North Korean troops have begun fighting in Kursk, South Korea's defence "
        "ministry said on Tuesday.",
        [],
        [("STATEMENT", None)],
    ),
    (
        "the-kremlin-said-is-the-kremlins",
        "2024-06-19",
        "Vladimir Putin invited Kim Jong Un to visit Moscow, and the Kremlin said "
        "the North Korean leader had accepted.",
        [Expect("INVITATION", agent="Vladimir Putin")],
        [("STATEMENT", None)],
    ),
    (
        "helping-to-build-an-industry-deploys-nothing",
        "2024-06-13",
        "The pact commits Washington to train Ukraine's forces, share intelligence "
        "and help build up its defence industry.",
        [],
        [("TROOP_DEPLOYMENT", None)],
    ),
    (
        "a-day-after-is-the-day-before",
        "2024-07-09",
        "MOSCOW — Narendra Modi held talks with Vladimir Putin at the Kremlin on "
        "Tuesday, a day after the Russian president hosted him for dinner.",
        [
            Expect(
                "MEETING",
                names=N({"Narendra Modi", "Vladimir Putin"}),
                date="2024-07-09",
            ),
            Expect(
                "MEETING",
                names=N({"Narendra Modi", "Vladimir Putin"}),
                date="2024-07-08",
            ),
        ],
        [],
    ),
    (
        "a-when-clause-takes-the-date-of-its-clause",
        "2023-09-13",
        "The two leaders last met in Vladivostok in April 2019, when Kim Jong Un "
        "travelled to Russia for the first time as leader.",
        [Expect("VISIT", agent="Kim Jong Un", place="Vladivostok", date="2019-04")],
        [],
    ),
    (
        "what-a-visitor-does-next-happens-during-the-visit",
        "2023-09-13",
        "Sergei Shoigu visited Pyongyang in July. Shoigu watched a military parade "
        "alongside Kim Jong Un.",
        [
            Expect(
                "PARADE",
                names=N({"Sergei Shoigu", "Kim Jong Un", "North Korea"}),
                place="Pyongyang",
                date="2023-07",
            )
        ],
        [],
    ),
    (
        "a-visit-that-began-on-a-day-arrived-that-day",
        "2024-11-06",
        "Wang Yi met Sergei Lavrov in Moscow on Tuesday, during a visit that began on "
        "Sunday.",
        [Expect("VISIT", agent="Wang Yi", place="Moscow", date="2024-11-03")],
        [],
    ),
    (
        "visitors-coordinated-as-subject-each-visit",
        "2023-08-19",
        "Fumio Kishida and Yoon Suk Yeol arrived in Washington on Friday morning.",
        [
            Expect("VISIT", agent="Fumio Kishida", date="2023-08-18"),
            Expect("VISIT", agent="Yoon Suk Yeol", date="2023-08-18"),
        ],
        [],
    ),
    (
        "a-participle-clause-keeps-the-sentence-date",
        "2023-06-19",
        "Ties soured in February, when a balloon was shot down, prompting Antony "
        "Blinken to call off a planned trip to Beijing.",
        [Expect("VISIT", "negated", agent="Antony Blinken", date="2023-02")],
        [("VISIT", "asserted"), ("VISIT", "planned")],
    ),
    (
        "in-the-coming-days-is-this-month",
        "2022-02-03",
        "The United States will send 1,000 troops to Poland in the coming days.",
        [
            Expect(
                "TROOP_DEPLOYMENT",
                "planned",
                N({"United States", "Poland"}),
                date="2022-02",
            )
        ],
        [("TROOP_DEPLOYMENT", "asserted")],
    ),
    (
        "a-pact-signed-later-in-the-day",
        "2024-06-14",
        "Joe Biden met Volodymyr Zelensky in Rome on Thursday. Fumio Kishida signed "
        "a security accord with Zelensky later in the day, pledging $4.5 billion in "
        "aid this year.",
        [Expect("ALLIANCE", names=N({"Japan", "Ukraine"}), date="2024-06-13")],
        [],
    ),
    (
        "an-airport-greeting-is-no-meeting",
        "2024-07-09",
        "Narendra Modi arrived in Moscow on Monday and was greeted at the airport by "
        "Denis Manturov.",
        [Expect("VISIT", agent="Narendra Modi", place="Moscow", date="2024-07-08")],
        [("MEETING", None)],
    ),
    (
        "a-stand-in-attends-the-summit-skipped",
        "2024-07-09",
        "Narendra Modi skipped the summit in Astana last week, sending Subrahmanyam "
        "Jaishankar in his place. Vladimir Putin and Xi Jinping both attended the "
        "gathering.",
        [
            Expect("MEETING", "negated", N({"Narendra Modi"}), place="Astana"),
            Expect(
                "MEETING",
                names=N({"S. Jaishankar", "Vladimir Putin", "Xi Jinping"}),
                place="Astana",
            ),
        ],
        [],
    ),
    (
        "a-deadline-does-not-date-the-talks",
        "2024-05-17",
        "Xi Jinping and Vladimir Putin held talks on doubling trade by 2030 in "
        "Beijing on Thursday.",
        [
            Expect(
                "MEETING",
                names=N({"Xi Jinping", "Vladimir Putin"}),
                date="2024-05-16",
            )
        ],
        [("MEETING", "planned")],
    ),
    (
        "what-is-told-to-reporters-is-about-the-state-named",
        "2023-06-19",
        "Antony Blinken held talks with Wang Yi in Beijing on Sunday. Before leaving, "
        "Blinken told reporters that he had raised concerns about China's military "
        "drills.",
        [Expect("STATEMENT", names=N({"Antony Blinken", "China"}))],
        [],
    ),
    (
        "where-a-warning-was-given-before-what-it-says",
        "2024-11-05",
        "Antony Blinken warned on Thursday in Washington that North Korean soldiers "
        "would be fair game for Ukraine's forces.",
        [
            Expect(
                "STATEMENT",
                agent="Antony Blinken",
                place="Washington",
                date="2024-10-31",
            )
        ],
        [],
    ),
    (
        "troops-to-help-police-a-ceasefire",
        "2025-03-01",
        "Keir Starmer said Britain would be ready to put troops on the ground in "
        "Ukraine to help police a ceasefire, provided the United States offered "
        "support.",
        [
            Expect(
                "TROOP_DEPLOYMENT",
                "speculated",
                N({"United Kingdom", "Ukraine"}),
                agent="United Kingdom",
            )
        ],
        [("TROOP_DEPLOYMENT", "asserted"), ("STATEMENT", None)],
    ),
    (
        "a-meeting-at-the-end-of-a-journey",
        "2025-03-01",
        "Volodymyr Zelensky is due to travel to London on Sunday for a meeting hosted "
        "by Keir Starmer on security in Europe and Ukraine.",
        [
            Expect(
                "MEETING",
                "planned",
                N({"Volodymyr Zelensky", "Keir Starmer"}),
                place="London",
            )
        ],
        [],
    ),
    (
        "they-met-is-the-storys-pair",
        "2023-11-16",
        "Joe Biden held talks with Xi Jinping in Woodside on Wednesday. Biden said "
        "Xi was a tough negotiator. Antony Blinken praised the talks. The meeting was "
        "their first since they met in Bali last November.",
        [
            Expect(
                "MEETING",
                names=N({"Joe Biden", "Xi Jinping"}),
                place="Bali",
                date="2022-11",
            )
        ],
        [],
    ),
    (
        "the-next-leg-of-a-journey-is-this-month",
        "2024-06-19",
        "PYONGYANG — Vladimir Putin met Kim Jong Un on Wednesday. Putin is due to fly "
        "on to Hanoi for a state visit to Vietnam.",
        [Expect("VISIT", "planned", agent="Vladimir Putin", date="2024-06")],
        [("VISIT", "asserted")],
    ),
    (
        "forces-kept-in-two-countries-are-two-deployments",
        "2023-08-19",
        "The United States keeps about 28,500 troops in South Korea and some 54,000 "
        "in Japan.",
        [
            Expect(
                "TROOP_DEPLOYMENT",
                names=N({"United States", "South Korea"}),
                place="South Korea",
            ),
            Expect("TROOP_DEPLOYMENT", names=N({"United States", "Japan"})),
        ],
        [],
    ),
    (
        "a-parade-watched-by-a-guest",
        "2023-09-13",
        "Kim Jong Un staged a military parade in Pyongyang on Saturday, which was "
        "watched by Chinese Premier Li Qiang.",
        [
            Expect(
                "PARADE",
                names=N({"Kim Jong Un", "Li Qiang", "North Korea"}),
                place="Pyongyang",
            )
        ],
        [],
    ),
    (
        "a-denial-inside-a-quote-is-no-cue",
        "2025-03-01",
        'Donald Trump told Volodymyr Zelensky that he was "not in a good position", '
        "while JD Vance accused the Ukrainian leader of being disrespectful.",
        [
            Expect(
                "STATEMENT",
                names=N({"JD Vance", "Volodymyr Zelensky"}),
                agent="JD Vance",
            )
        ],
        [("STATEMENT", "negated")],
    ),
    (
        "the-first-leader-to-visit-is-the-subject",
        "2022-02-03",
        "Viktor Orbán met Vladimir Putin in Moscow on Tuesday, the first European "
        "Union leader to visit Russia since the crisis began.",
        [
            Expect(
                "VISIT",
                names=N({"Viktor Orbán", "Russia"}),
                agent="Viktor Orbán",
                place="Moscow",
            )
        ],
        [],
    ),
    (
        "a-plan-days-from-the-story-is-at-its-place",
        "2024-10-09",
        "VIENTIANE — Asian leaders opened their summit on Wednesday. Antony Blinken "
        "and Sergei Lavrov are expected to attend the East Asia Summit on Friday.",
        [
            Expect(
                "MEETING",
                "speculated",
                N({"Antony Blinken", "Sergei Lavrov"}),
                place="Vientiane",
                date="2024-10-11",
            )
        ],
        [("MEETING", "asserted")],
    ),
    (
        "the-second-verb-has-the-first-verbs-subject",
        "2024-09-06",
        'Vladimir Putin praised Malaysia as "a reliable partner" and invited Anwar '
        "Ibrahim to the summit in Kazan.",
        [
            Expect("INVITATION", agent="Vladimir Putin"),
            Expect("STATEMENT", agent="Vladimir Putin"),
        ],
        [],
    ),
    (
        "and-later-met-is-a-meeting-of-its-own",
        "2023-05-21",
        "Volodymyr Zelensky held talks with Narendra Modi in Hiroshima on Saturday, "
        "their first meeting since the war began, and later met Rishi Sunak.",
        [
            Expect("MEETING", names=N({"Volodymyr Zelensky", "Narendra Modi"})),
            Expect("MEETING", names=N({"Volodymyr Zelensky", "Rishi Sunak"})),
        ],
        [],
    ),
    (
        "a-source-after-a-comma-names-no-mere-mention",
        "2023-05-21",
        "Russia has deployed more than 150,000 troops in occupied parts of Ukraine, "
        "according to Western estimates.",
        [
            Expect(
                "TROOP_DEPLOYMENT",
                names=N({"Russia", "Ukraine"}),
                agent="Russia",
            )
        ],
        [],
    ),
    (
        "a-body-meets-and-a-minister-joins",
        "2025-04-03",
        "BRUSSELS — NATO foreign ministers met in Brussels on Thursday, with Marco "
        "Rubio seeking to reassure allies. Andrii Sybiha joined the talks in the "
        "afternoon.",
        [
            Expect(
                "MEETING",
                names=N({"Marco Rubio", "Andrii Sybiha"}),
                place="Brussels",
                date="2025-04-03",
            )
        ],
        [],
    ),
    (
        "and-will-opens-a-predicate-of-its-own",
        "2024-03-05",
        "The Japanese foreign minister is visiting Jakarta and will meet President "
        "Joko Widodo on Wednesday.",
        [
            Expect("VISIT", agent="Yoko Kamikawa", place="Jakarta"),
            Expect(
                "MEETING",
                "planned",
                N({"Yoko Kamikawa", "Joko Widodo"}),
                date="2024-03-06",
            ),
        ],
        [("VISIT", "planned")],
    ),
    (
        "an-access-agreement-is-a-defence-pact",
        "2024-07-09",
        "Japan and the Philippines signed a reciprocal access agreement in Manila on "
        "Monday.",
        [
            Expect(
                "ALLIANCE",
                names=N({"Japan", "Philippines"}),
                place="Manila",
                date="2024-07-08",
            )
        ],
        [],
    ),
    (
        "peacekeepers-who-served-abroad",
        "2024-03-05",
        "Indonesian peacekeepers have served in southern Lebanon for years.",
        [Expect("TROOP_DEPLOYMENT", names=N({"Indonesia", "Lebanon"}))],
        [],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected", "forbidden"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_unseen_english(
    published: str,
    text: str,
    expected: list[Expect],
    forbidden: list[tuple[str, str | None]],
) -> None:
    check_case(extract(text, "en", published), expected, forbidden)


def test_the_day_of_the_saying_does_not_date_the_deployment() -> None:
    events = extract(
        "North Korean troops sent to Russia have begun fighting in Kursk, South "
        "Korea's defence ministry said on Tuesday.",
        "en",
        "2024-11-05",
    )
    deployments = [e for e in events if e.type.value == "TROOP_DEPLOYMENT"]
    assert deployments, [summary(e) for e in events]
    assert all(e.date is None for e in deployments), [summary(e) for e in events]


def test_a_description_does_not_date_the_arrival() -> None:
    events = extract(
        "Antony Blinken, the first American official to travel to China this year, "
        "met Xi Jinping in Beijing on Monday.",
        "en",
        "2023-06-20",
    )
    visits = [e for e in events if e.type.value == "VISIT"]
    assert visits, [summary(e) for e in events]
    assert all(e.date != "2023-06-20" for e in visits), [summary(e) for e in events]


def test_a_foreign_spokesperson_speaks_at_home() -> None:
    events = extract(
        "WASHINGTON — Joe Biden ordered 3,000 troops to Poland on Wednesday. Kremlin "
        "spokesman Dmitry Peskov accused the United States of stoking tensions.",
        "en",
        "2022-02-03",
    )
    statements = [e for e in events if e.type.value == "STATEMENT"]
    assert statements, [summary(e) for e in events]
    # at home (its capital), never where the story is told
    assert all(e.place is not None and e.place.name == "Moscow" for e in statements), [
        summary(e) for e in events
    ]


def test_a_pact_named_again_keeps_its_parties() -> None:
    events = extract(
        "Vladimir Putin and Kim Jong Un signed a defence pact in Pyongyang on "
        "Wednesday. Putin later called the pact a breakthrough and accused the United "
        "States of provoking the crisis.",
        "en",
        "2024-06-19",
    )
    pacts = [e for e in events if e.type.value == "ALLIANCE"]
    assert len(pacts) == 1, [summary(e) for e in events]
    names = {p.actor.name for p in pacts[0].participants}
    assert names == {"Russia", "North Korea"}, [summary(e) for e in events]
    assert len(pacts[0].evidence) == 2


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            'Xi Jinping said the two sides "could" meet Joe Biden in April.',
            "speculated",
        ),
        ("Xi Jinping will meet Joe Biden in April.", "planned"),
    ],
)
def test_a_quoted_cue_counts_and_a_planned_month_is_the_next(
    text: str, modality: str
) -> None:
    events = extract(text, "en", "2024-05-01")
    meetings = [e for e in events if e.type.value == "MEETING"]
    assert meetings, [summary(e) for e in events]
    assert meetings[0].modality.value == modality
    assert meetings[0].date == "2025-04", [summary(e) for e in events]


def test_a_source_that_only_said_what_happened_made_no_statement() -> None:
    events = extract(
        "Kim Jong Un met Vladimir Putin in Vladivostok on Tuesday, Russian state "
        "media said.",
        "en",
        "2025-06-11",
    )
    assert [e.type.value for e in events] == ["MEETING"], [summary(e) for e in events]


def test_an_accusation_is_a_statement_made() -> None:
    events = extract(
        "Volodymyr Zelensky accused North Korea of joining the war.", "en", "2024-11-05"
    )
    assert found(events, Expect("STATEMENT", agent="Volodymyr Zelensky"))
