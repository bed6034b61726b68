"""English sentences and short articles -> expected events (own test texts)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Expect, check_case, extract

N = frozenset

# (case id, published, text, events that must be found, (type, modality) forbidden)
CASES: list[tuple[str, str, str, list[Expect], list[tuple[str, str | None]]]] = [
    (
        "meeting-with-weekday",
        "2025-03-20",
        "JAKARTA — Indonesian President Prabowo Subianto met Japanese Prime Minister "
        "Shigeru Ishiba in Tokyo on Tuesday, the two leaders agreeing to deepen "
        "maritime cooperation.",
        [
            Expect(
                "MEETING",
                names=N({"Prabowo Subianto", "Shigeru Ishiba"}),
                place="Tokyo",
                date="2025-03-18",
            )
        ],
        [],
    ),
    (
        "speculated-meeting",
        "2024-10-10",
        "Analysts say Xi Jinping could meet Joe Biden in Lima next month.",
        [Expect("MEETING", "speculated", N({"Xi Jinping", "Joe Biden"}))],
        [("MEETING", "asserted")],
    ),
    (
        "did-not-attend",
        "2024-11-20",
        "Vladimir Putin did not attend the G20 summit in Rio de Janeiro.",
        [Expect("MEETING", "negated", N({"Vladimir Putin"}), place="Rio de Janeiro")],
        [("MEETING", "asserted")],
    ),
    (
        "planned-trip-and-talks",
        "2024-07-01",
        "Narendra Modi will travel to Moscow next week for talks with Vladimir Putin.",
        [
            Expect("VISIT", "planned", agent="Narendra Modi", place="Moscow"),
            Expect("MEETING", "planned", N({"Narendra Modi", "Vladimir Putin"})),
        ],
        [("VISIT", "asserted"), ("MEETING", "asserted")],
    ),
    (
        "phone-call-is-no-meeting",
        "2025-02-13",
        "Donald Trump spoke with Vladimir Putin by phone on Wednesday and said the "
        "call was productive.",
        [],
        [("MEETING", None)],
    ),
    (
        "source-is-no-participant",
        "2024-05-01",
        "Emmanuel Macron met Olaf Scholz in Berlin on Monday, according to Ursula "
        "von der Leyen.",
        [
            Expect(
                "MEETING",
                names=N({"Emmanuel Macron", "Olaf Scholz"}),
                place="Berlin",
                date="2024-04-29",
            )
        ],
        [],
    ),
    (
        "titles-without-names",
        "2024-05-18",
        "BEIJING — The Chinese president met the Russian leader on Thursday for talks "
        "on energy.",
        [
            Expect(
                "MEETING",
                names=N({"Xi Jinping", "Vladimir Putin"}),
                place="Beijing",
                date="2024-05-16",
            )
        ],
        [],
    ),
    (
        "tourists-are-no-visit",
        "2024-08-01",
        "Thousands of Australian tourists visited Bali in July, the island's tourism "
        "office said.",
        [],
        [("VISIT", None)],
    ),
    (
        "tariffs-are-no-sanction",
        "2025-04-03",
        "The United States imposed new tariffs on Chinese steel on Wednesday.",
        [],
        [("SANCTION", None)],
    ),
    (
        "sanction",
        "2024-06-30",
        "The European Union imposed sanctions on Belarus on Friday.",
        [
            Expect(
                "SANCTION",
                agent="European Union",
                names=N({"European Union", "Belarus"}),
                date="2024-06-28",
            )
        ],
        [],
    ),
    (
        "deployment",
        "2024-03-01",
        "Turkish soldiers were deployed to northern Syria in 2019.",
        [
            Expect(
                "TROOP_DEPLOYMENT",
                agent="Turkey",
                names=N({"Turkey", "Syria"}),
                date="2019",
            )
        ],
        [],
    ),
    (
        "parade-contingent-is-no-deployment",
        "2023-07-15",
        "A contingent of Indian soldiers marched in the Bastille Day parade in Paris.",
        [],
        [("TROOP_DEPLOYMENT", None)],
    ),
    (
        "alliance-signed",
        "2024-07-10",
        "Japan and the Philippines signed a defence pact in Manila on July 8, 2024.",
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
        "trade-deal-is-no-alliance",
        "2024-07-10",
        "Indonesia and Canada signed a comprehensive trade agreement in Ottawa.",
        [],
        [("ALLIANCE", None)],
    ),
    (
        "parade-attendees-and-host",
        "2025-05-10",
        "Brazilian President Luiz Inácio Lula da Silva and Chinese President Xi "
        "Jinping attended the military parade in Moscow on 9 May 2025.",
        [
            Expect(
                "PARADE",
                names=N({"Luiz Inácio Lula da Silva", "Xi Jinping", "Russia"}),
                place="Moscow",
                date="2025-05-09",
                host="Russia",
            )
        ],
        [],
    ),
    (
        "same-pair-two-meetings",
        "2025-04-09",
        "Egyptian President Abdel Fattah el-Sisi met Emmanuel Macron in Cairo on "
        "Monday. The two leaders had previously met in Paris in 2023.",
        [
            Expect(
                "MEETING",
                names=N({"Abdel Fattah el-Sisi", "Emmanuel Macron"}),
                place="Cairo",
                date="2025-04-07",
            ),
            Expect(
                "MEETING",
                names=N({"Abdel Fattah el-Sisi", "Emmanuel Macron"}),
                place="Paris",
                date="2023",
            ),
        ],
        [],
    ),
    (
        "invitation-is-not-a-visit",
        "2023-01-14",
        "Japanese Prime Minister Fumio Kishida invited President Joe Biden to visit "
        "Hiroshima.",
        [
            Expect(
                "INVITATION",
                agent="Fumio Kishida",
                names=N({"Fumio Kishida", "Joe Biden"}),
                place="Hiroshima",
            )
        ],
        [("VISIT", None)],
    ),
    (
        "statement-warning",
        "2024-02-01",
        "German Chancellor Olaf Scholz warned Russia against escalating the war on "
        "Wednesday.",
        [
            Expect(
                "STATEMENT",
                agent="Olaf Scholz",
                names=N({"Olaf Scholz", "Russia"}),
                date="2024-01-31",
            )
        ],
        [],
    ),
    (
        "visit-arrival",
        "2024-09-05",
        "Pope Francis is not a head of government, but Singapore Prime Minister "
        "Lawrence Wong arrived in Jakarta on Tuesday for a two-day visit.",
        [Expect("VISIT", agent="Lawrence Wong", place="Jakarta", date="2024-09-03")],
        [],
    ),
    (
        "going-home-is-no-visit",
        "2025-06-01",
        "Anthony Albanese flew back to Canberra on Saturday after the summit.",
        [],
        [("VISIT", None)],
    ),
    (
        "cancelled-trip",
        "2025-08-30",
        "Prabowo Subianto, who had been scheduled to attend the summit in Tianjin, "
        "cancelled his trip to China.",
        [Expect("VISIT", "negated", agent="Prabowo Subianto")],
        [("VISIT", "asserted"), ("MEETING", "asserted")],
    ),
    (
        "conditional-deployment",
        "2025-03-01",
        "Britain is ready to send troops to Ukraine if a ceasefire holds.",
        [Expect("TROOP_DEPLOYMENT", "speculated", agent="United Kingdom")],
        [("TROOP_DEPLOYMENT", "asserted")],
    ),
    (
        "relative-clause-visit-and-main-clause-statement",
        "2025-06-26",
        "THE HAGUE — Donald Trump, who arrived in The Hague on Tuesday, criticised "
        "Spain at a news conference on Wednesday.",
        [
            Expect("VISIT", agent="Donald Trump", place="The Hague", date="2025-06-24"),
            Expect(
                "STATEMENT",
                agent="Donald Trump",
                names=N({"Donald Trump", "Spain"}),
                date="2025-06-25",
            ),
        ],
        [],
    ),
    (
        "participial-clause-shares-the-subject",
        "2025-10-31",
        "Donald Trump left Seoul on Thursday without meeting Kim Jong Un, despite "
        "having said he would love to see him.",
        [Expect("MEETING", "negated", N({"Donald Trump", "Kim Jong Un"}))],
        [("STATEMENT", None), ("MEETING", "asserted")],
    ),
    (
        "bilateral-and-session-stay-apart",
        "2025-10-27",
        "KUALA LUMPUR — Donald Trump and Anwar Ibrahim held bilateral talks on Sunday. "
        "Prabowo Subianto joined Anwar and Xanana Gusmao at the opening session.",
        [
            Expect("MEETING", names=N({"Donald Trump", "Anwar Ibrahim"})),
            Expect(
                "MEETING",
                names=N({"Anwar Ibrahim", "Prabowo Subianto", "Xanana Gusmão"}),
            ),
        ],
        [],
    ),
    (
        "reported-event-is-no-statement",
        "2025-07-13",
        "Sergei Lavrov said that Vladimir Putin's invitation for Kim Jong Un to visit "
        "Moscow remained valid.",
        [Expect("INVITATION", agent="Vladimir Putin", place="Moscow")],
        [("STATEMENT", None), ("VISIT", None)],
    ),
    (
        "background-countries-are-no-participants",
        "2024-10-24",
        "With relations between Russia and Ukraine still frozen, Narendra Modi met Xi "
        "Jinping in Kazan on Wednesday.",
        [
            Expect(
                "MEETING",
                names=N({"Narendra Modi", "Xi Jinping"}),
                place="Kazan",
                date="2024-10-23",
            )
        ],
        [],
    ),
    (
        "unknown-dateline-place",
        "2023-11-16",
        "WOODSIDE, Calif. (AP) — U.S. President Joe Biden and Chinese President Xi "
        "Jinping met on Wednesday at a country estate.",
        [
            Expect(
                "MEETING",
                names=N({"Joe Biden", "Xi Jinping"}),
                place="Woodside",
                date="2023-11-15",
            )
        ],
        [],
    ),
    (
        "where-clause-takes-the-place-before",
        "2024-04-27",
        "Antony Blinken travelled to Beijing on Friday, where he met Xi Jinping.",
        [
            Expect(
                "MEETING", names=N({"Antony Blinken", "Xi Jinping"}), place="Beijing"
            ),
            Expect("VISIT", agent="Antony Blinken", place="Beijing", date="2024-04-26"),
        ],
        [],
    ),
    (
        "fronted-condition",
        "2025-02-07",
        "If the talks go well, Donald Trump travels to Moscow in the spring.",
        [Expect("VISIT", "speculated", agent="Donald Trump", place="Moscow")],
        [("VISIT", "asserted"), ("VISIT", "planned")],
    ),
    (
        "troops-arrive",
        "2025-03-12",
        "About 1,500 US troops arrived in Poland on Monday.",
        [
            Expect(
                "TROOP_DEPLOYMENT",
                agent="United States",
                names=N({"United States", "Poland"}),
                place="Poland",
                date="2025-03-10",
            )
        ],
        [("VISIT", None)],
    ),
    (
        "alliance-sends-troops",
        "2025-03-12",
        "NATO troops remain stationed in Kosovo.",
        [Expect("TROOP_DEPLOYMENT", agent="NATO", place="Kosovo")],
        [],
    ),
    (
        "partnership-upgraded",
        "2025-03-12",
        "HANOI — Vietnam and Indonesia upgraded their ties to a comprehensive "
        "strategic partnership on Monday.",
        [
            Expect(
                "ALLIANCE",
                names=N({"Vietnam", "Indonesia"}),
                place="Hanoi",
                date="2025-03-10",
            )
        ],
        [],
    ),
    (
        "denial-is-negated-deployment-not-statement",
        "2025-01-10",
        "Russia denied sending troops to Venezuela.",
        [Expect("TROOP_DEPLOYMENT", "negated", agent="Russia")],
        [("TROOP_DEPLOYMENT", "asserted"), ("STATEMENT", None)],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected", "forbidden"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_english_sentences(
    published: str,
    text: str,
    expected: list[Expect],
    forbidden: list[tuple[str, str | None]],
) -> None:
    check_case(extract(text, "en", published), expected, forbidden)
