"""Directed events on unseen news: statements, sanctions, invitations, alliances and
deployments (own test sentences, English and Indonesian).

Each case exercises one general mechanism: a dateline is where, never who; a state
that "followed" imposes the sanction just reported; spokespeople and ministries speak
for their state; a statement made at earlier talks takes their date; and the traps
that go with them.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Expect, check_case, extract

N = frozenset

Case = tuple[str, str, str, str, list[Expect], list[tuple[str, str | None]]]

CASES: list[Case] = [
    (
        "a-dateline-is-where-not-who",
        "en",
        "2025-03-03",
        "BRUSSELS (Wire) - The European Union on Monday imposed sanctions on "
        "several Belarusian banks.",
        [
            Expect(
                "SANCTION",
                names=N({"European Union", "Belarus"}),
                agent="European Union",
                place="Brussels",
                date="2025-03-03",
            )
        ],
        [],
    ),
    (
        "a-state-that-followed-imposes-the-same-sanction",
        "en",
        "2024-03-14",
        "Canada sanctioned three Russian banks on Tuesday, and Australia followed "
        "the same day.",
        [
            Expect("SANCTION", agent="Canada", date="2024-03-12"),
            Expect(
                "SANCTION",
                names=N({"Australia", "Russia"}),
                agent="Australia",
                date="2024-03-12",
            ),
        ],
        [],
    ),
    (
        "followed-suit-in-the-next-sentence-keeps-its-own-date",
        "en",
        "2024-03-14",
        "The United States imposed sanctions on Venezuelan oil officials on Monday. "
        "Japan followed suit on Wednesday.",
        [Expect("SANCTION", names=N({"Japan", "Venezuela"}), date="2024-03-13")],
        [],
    ),
    (
        "whatever-else-followed-is-no-sanction",
        "en",
        "2024-03-14",
        "Canada imposed sanctions on Iran on Monday. Protests followed in Tehran, "
        "and Iran followed with its own complaint.",
        [Expect("SANCTION", agent="Canada")],
        [],
    ),
    (
        "mengikuti-langkah-imposes-the-same-sanction",
        "id",
        "2024-03-14",
        "Uni Eropa menjatuhkan sanksi terhadap Iran pada Senin. Inggris mengikuti "
        "langkah itu sehari kemudian.",
        [
            Expect("SANCTION", agent="European Union"),
            Expect("SANCTION", names=N({"United Kingdom", "Iran"})),
        ],
        [],
    ),
    (
        "following-a-step-in-talks-is-no-sanction",
        "id",
        "2024-03-14",
        "Jepang mengikuti langkah Tiongkok dalam perundingan dagang.",
        [],
        [("SANCTION", None)],
    ),
    (
        "may-follow-suit-is-speculated",
        "en",
        "2024-03-14",
        "The EU imposed sanctions on Russia on Monday. Japan may follow suit.",
        [Expect("SANCTION", "speculated", names=N({"Japan", "Russia"}))],
        [],
    ),
    (
        "has-not-followed-suit-is-negated",
        "en",
        "2024-03-14",
        "The EU imposed sanctions on Russia on Monday. Japan has not followed suit.",
        [Expect("SANCTION", "negated", names=N({"Japan", "Russia"}))],
        [],
    ),
    (
        "following-talks-closely-imposes-nothing",
        "en",
        "2024-03-14",
        "The EU imposed sanctions on Russia on Monday. China followed the talks "
        "closely.",
        [Expect("SANCTION", agent="European Union")],
        [],
    ),
    (
        "mengikuti-jejak-pendahulunya-imposes-nothing",
        "id",
        "2024-03-14",
        "Uni Eropa menjatuhkan sanksi terhadap Rusia. Presiden Prabowo Subianto "
        "mengikuti jejak pendahulunya berkunjung ke Moskwa.",
        [Expect("SANCTION", agent="European Union")],
        [],
    ),
    (
        "a-lower-case-title-introduces-an-unknown-spokesperson",
        "en",
        "2024-05-01",
        "Defence ministry spokeswoman Ryu Ji-won warned Tokyo at a briefing in Seoul "
        "that the patrols were provocative and said the South would respond.",
        [
            Expect(
                "STATEMENT",
                names=N({"Ryu Ji-won", "Japan"}),
                agent="Ryu Ji-won",
                place="Seoul",
            )
        ],
        [],
    ),
    (
        "a-spokesperson-in-apposition-speaks",
        "en",
        "2024-05-01",
        "Maria Zakharova, a spokeswoman for Russia's foreign ministry, criticised "
        "Canada over the decision.",
        [Expect("STATEMENT", names=N({"Maria Zakharova", "Canada"}))],
        [],
    ),
    (
        "the-person-a-spokesman-works-for-does-not-speak",
        "en",
        "2024-05-01",
        "A spokesman for Vladimir Putin, Dmitry Peskov, warned Britain against "
        "escalation.",
        [Expect("STATEMENT", agent="Dmitry Peskov")],
        [],
    ),
    (
        "a-remark-at-talks-days-ago-takes-their-date",
        "en",
        "2024-05-01",
        "Antony Blinken held talks with Wang Yi in Beijing on Friday. Blinken told "
        "Wang that Washington was worried about Chinese support for Russia.",
        [
            Expect(
                "STATEMENT",
                names=N({"Antony Blinken", "Wang Yi"}),
                place="Beijing",
                date="2024-04-26",
            )
        ],
        [],
    ),
    (
        "reporting-a-cancelled-meeting-is-no-statement",
        "en",
        "2024-05-01",
        "Donald Trump said he had called off the Budapest meeting.",
        [],
        [("STATEMENT", None)],
    ),
    (
        "a-welcome-verb-without-a-meeting-leaves-the-statement",
        "id",
        "2024-05-01",
        "Juru bicara Kementerian Luar Negeri Tiongkok Lin Jian menyatakan Beijing "
        "menyambut hangat keputusan Vietnam.",
        [Expect("STATEMENT", names=N({"Lin Jian", "Vietnam"}), agent="Lin Jian")],
        [("MEETING", None)],
    ),
    (
        "a-ministry-speaks-for-its-state",
        "en",
        "2024-09-03",
        "Ukraine's foreign ministry said on Tuesday that Mongolia's decision was a "
        "blow to international justice.",
        [Expect("STATEMENT", names=N({"Ukraine", "Mongolia"}), agent="Ukraine")],
        [],
    ),
    (
        "a-bloc-speaks-through-its-spokesperson",
        "en",
        "2024-09-03",
        "A European Union spokesperson in Brussels said on Tuesday that the bloc "
        "regretted Mongolia's decision.",
        [
            Expect(
                "STATEMENT",
                names=N({"European Union", "Mongolia"}),
                place="Brussels",
            )
        ],
        [],
    ),
    (
        "kementerian-speaks-for-its-state",
        "id",
        "2024-09-03",
        "Kementerian Luar Negeri Rusia menyatakan keputusan Finlandia itu merupakan "
        "langkah yang bermusuhan.",
        [Expect("STATEMENT", names=N({"Russia", "Finland"}), agent="Russia")],
        [],
    ),
    (
        "a-ministry-tagged-on-as-source-makes-no-statement",
        "en",
        "2024-09-03",
        "North Korean troops have begun fighting in Kursk, South Korea's defence "
        "ministry said on Tuesday, the clearest sign yet that Pyongyang has joined "
        "the war.",
        [],
        [("STATEMENT", None)],
    ),
    (
        "a-ministry-reporting-its-own-war-makes-no-statement",
        "en",
        "2024-09-03",
        "Russia's defence ministry said its forces had captured two villages in the "
        "Donetsk region.",
        [],
        [("STATEMENT", None)],
    ),
    (
        "a-ministry-announcing-a-visit-makes-no-statement",
        "en",
        "2024-09-03",
        "China's foreign ministry said Xi Jinping would visit Serbia next week.",
        [Expect("VISIT", "planned", agent="Xi Jinping")],
        [("STATEMENT", None)],
    ),
    (
        "kata-kementerian-as-source-makes-no-statement",
        "id",
        "2024-09-03",
        "Pasukan Korea Utara sudah bertempur di Kursk, kata Kementerian Pertahanan "
        "Korea Selatan.",
        [],
        [("STATEMENT", None)],
    ),
    (
        "a-foreign-spokesperson-speaks-in-the-capital",
        "en",
        "2025-01-07",
        "WASHINGTON - Kremlin spokesman Dmitry Peskov said Moscow regretted "
        "Finland's decision.",
        [Expect("STATEMENT", agent="Dmitry Peskov", place="Moscow")],
        [],
    ),
    (
        "an-object-pronoun-is-not-the-subject",
        "en",
        "2024-09-03",
        "Xi Jinping met Lula da Silva in Beijing. Xi invited him to the summit in "
        "Shanghai in November.",
        [
            Expect(
                "INVITATION",
                names=N({"Xi Jinping", "Luiz Inácio Lula da Silva"}),
                agent="Xi Jinping",
                place="Shanghai",
            )
        ],
        [],
    ),
    (
        "an-object-pronoun-after-a-subject-pronoun",
        "en",
        "2024-09-03",
        "At the talks, Olaf Scholz told Anthony Albanese that ties were strong, and "
        "he invited him to Berlin next year.",
        [
            Expect("INVITATION", agent="Olaf Scholz", place="Berlin"),
            Expect("STATEMENT", agent="Olaf Scholz"),
        ],
        [],
    ),
    (
        "the-host-who-welcomed-him-is-not-him",
        "en",
        "2024-09-03",
        "Narendra Modi held talks with Vladimir Putin on Tuesday, a day after the "
        "Russian president welcomed him at his residence.",
        [Expect("MEETING", names=N({"Narendra Modi", "Vladimir Putin"}))],
        [],
    ),
    (
        "stopped-short-of-inviting-is-no-invitation",
        "en",
        "2024-07-10",
        "EU leaders stopped short of inviting Georgia to open membership talks.",
        [],
        [("INVITATION", "asserted")],
    ),
    (
        "the-countries-invited-is-a-description",
        "en",
        "2024-07-10",
        "Anthony Albanese, whose country is one of four partners invited, stayed "
        "at home.",
        [],
        [("INVITATION", None)],
    ),
    (
        "forces-a-state-has-abroad-are-deployed",
        "en",
        "2024-07-11",
        "Canada has about 2,000 troops in Latvia.",
        [
            Expect(
                "TROOP_DEPLOYMENT",
                names=N({"Canada", "Latvia"}),
                agent="Canada",
                place="Latvia",
            )
        ],
        [],
    ),
    (
        "an-army-at-home-is-no-deployment",
        "en",
        "2024-07-11",
        "North Korea has 1.2 million troops.",
        [],
        [("TROOP_DEPLOYMENT", None)],
    ),
    (
        "memiliki-tentara-di-luar-negeri",
        "id",
        "2024-07-11",
        "Kanada memiliki sekitar 2.000 tentara di Latvia.",
        [Expect("TROOP_DEPLOYMENT", names=N({"Canada", "Latvia"}), agent="Canada")],
        [],
    ),
    (
        "memiliki-tentara-di-dalam-negeri",
        "id",
        "2024-07-11",
        "Korea Utara memiliki 1,2 juta tentara.",
        [],
        [("TROOP_DEPLOYMENT", None)],
    ),
    (
        "the-main-clause-neither-dates-nor-plans-a-relative-clause",
        "en",
        "2024-07-11",
        "Japan, which has about 50 soldiers in Djibouti, said it would withdraw "
        "them by 2026.",
        [
            Expect(
                "TROOP_DEPLOYMENT",
                names=N({"Japan", "Djibouti"}),
                agent="Japan",
            )
        ],
        [("TROOP_DEPLOYMENT", "planned")],
    ),
    (
        "the-subject-of-a-deployment-noun-deploys",
        "en",
        "2024-07-11",
        "British missile units, including Sky Sabre batteries, will begin "
        "rotational deployments to Poland in 2026.",
        [
            Expect(
                "TROOP_DEPLOYMENT",
                "planned",
                names=N({"United Kingdom", "Poland"}),
                date="2026",
            )
        ],
        [("TROOP_DEPLOYMENT", "asserted")],
    ),
    (
        "a-partnership-named-in-quotation-marks",
        "en",
        "2024-05-21",
        "Vladimir Putin and Kassym-Jomart Tokayev on Tuesday signed a declaration "
        'on deepening their "comprehensive strategic partnership and alliance".',
        [
            Expect(
                "ALLIANCE",
                names=N({"Russia", "Kazakhstan"}),
                date="2024-05-21",
            )
        ],
        [],
    ),
    (
        "quoted-speech-still-signs-nothing",
        "en",
        "2024-05-21",
        'Sergei Lavrov said: "We will sign a strategic partnership with Iran."',
        [],
        [("ALLIANCE", "asserted")],
    ),
    (
        "a-second-pact-signed-at-another-time",
        "id",
        "2025-04-03",
        "Jepang dan Filipina meneken perjanjian akses timbal balik pada 2024 dan "
        "melengkapi perjanjian persahabatan yang diteken pada 1956.",
        [
            Expect("ALLIANCE", names=N({"Japan", "Philippines"}), date="2024"),
            Expect("ALLIANCE", names=N({"Japan", "Philippines"}), date="1956"),
        ],
        [],
    ),
    (
        "condemning-an-act-addresses-whoever-did-it",
        "en",
        "2024-10-14",
        "Canada on Monday expelled six Indian diplomats. Indian Foreign Minister "
        "Subrahmanyam Jaishankar dismissed the decision as absurd.",
        [
            Expect(
                "STATEMENT",
                names=N({"S. Jaishankar", "Canada"}),
                agent="S. Jaishankar",
            )
        ],
        [],
    ),
    (
        "mengecam-serangan-itu-addresses-the-attacker",
        "id",
        "2024-10-10",
        "Drone Rusia menghantam gedung kedutaan di Kyiv. Menteri Luar Negeri Sugiono "
        "mengecam keras serangan itu.",
        [Expect("STATEMENT", names=N({"Sugiono", "Russia"}), agent="Sugiono")],
        [],
    ),
    (
        "saying-something-about-the-transfers-is-content",
        "en",
        "2024-10-14",
        "The European Union on Monday imposed sanctions on Iran Air. Josep Borrell "
        "said the transfers were a threat to Europe.",
        [],
        [("STATEMENT", None)],
    ),
    (
        "has-said-is-no-deployment-of-its-own",
        "en",
        "2025-02-28",
        "Keir Starmer has said Britain would be ready to put troops on the ground in "
        "Ukraine.",
        [],
        [("STATEMENT", None), ("TROOP_DEPLOYMENT", "asserted")],
    ),
    (
        "a-participle-speech-act-takes-its-clauses-day",
        "en",
        "2024-07-12",
        "Mao Ning hit back at a briefing in Beijing on Thursday, accusing Japan of "
        "stoking tensions and warning it not to interfere.",
        [
            Expect(
                "STATEMENT",
                names=N({"Mao Ning", "Japan"}),
                place="Beijing",
                date="2024-07-11",
            )
        ],
        [],
    ),
    (
        "a-relative-clause-date-governs-nothing",
        "en",
        "2024-07-12",
        "Donald Trump, who arrived in Ottawa on Tuesday, singled Canada out on "
        "Thursday, saying Ottawa would pay more.",
        [Expect("STATEMENT", agent="Donald Trump", date="2024-07-11")],
        [],
    ),
    (
        "a-post-on-facebook-has-no-place",
        "en",
        "2024-09-03",
        "KYIV - Foreign Minister Andrii Sybiha wrote on Facebook on Tuesday that "
        "Mongolia had let a fugitive escape justice.",
        [
            Expect(
                "STATEMENT", names=N({"Andrii Sybiha", "Mongolia"}), date="2024-09-03"
            )
        ],
        [],
    ),
    (
        "not-criticising-is-no-statement",
        "en",
        "2024-07-12",
        "Mao Ning did not criticise Japan or warn it about the drills.",
        [],
        [("STATEMENT", None)],
    ),
    (
        "the-condemned-state-is-the-addressee-not-the-one-defended",
        "id",
        "2024-12-19",
        "Dalam pidatonya, Prabowo Subianto mendesak negara-negara anggota membela "
        "rakyat Sudan dan mengecam agresi Rusia di Ukraina.",
        [Expect("STATEMENT", names=N({"Prabowo Subianto", "Russia"}))],
        [],
    ),
    (
        "the-object-of-the-second-addressed-verb",
        "en",
        "2024-12-19",
        "Anthony Albanese urged Pacific nations to stand with Tuvalu and condemned "
        "China over the drills.",
        [Expect("STATEMENT", names=N({"Anthony Albanese", "China"}))],
        [],
    ),
    (
        "a-speech-used-to-urge-a-state",
        "en",
        "2024-07-11",
        "Volodymyr Zelensky used a speech in Washington on Tuesday to urge the "
        "United States to lift its limits on strikes.",
        [
            Expect(
                "STATEMENT",
                names=N({"Volodymyr Zelensky", "United States"}),
                date="2024-07-09",
            )
        ],
        [],
    ),
    (
        "expected-to-urge-is-not-said-yet",
        "en",
        "2024-07-11",
        "Joe Biden is expected to urge Xi Jinping to rein in exports.",
        [],
        [("STATEMENT", None)],
    ),
    (
        "a-statement-made-at-a-briefing-elsewhere",
        "id",
        "2024-10-10",
        "BEIRUT - Menteri Pertahanan Prancis Sebastien Lecornu mengecam serangan "
        "Israel itu dalam keterangan pers di Paris, Kamis.",
        [Expect("STATEMENT", names=N({"Sébastien Lecornu", "Israel"}), place="Paris")],
        [],
    ),
    (
        "a-source-tagged-on-is-neither-destination-nor-adversary",
        "en",
        "2024-11-05",
        "Russian troops have begun fighting in Transnistria, Ukraine's defence "
        "ministry said on Tuesday.",
        [Expect("TROOP_DEPLOYMENT", names=N({"Russia", "Moldova"}), agent="Russia")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected", "forbidden"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_unseen_directed(
    lang: str,
    published: str,
    text: str,
    expected: list[Expect],
    forbidden: list[tuple[str, str | None]],
) -> None:
    check_case(extract(text, lang, published), expected, forbidden)
