"""Directed events on unseen news: statements, sanctions, invitations, alliances and
deployments (own test sentences, English and Indonesian).

Each case exercises one general mechanism: a dateline is where, never who; a state
that "followed" imposes the sanction just reported; spokespeople and ministries speak
for their state; a statement made at earlier talks takes their date; and the traps
that go with them.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Expect, extract, found, summary

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
    events = extract(text, lang, published)
    got = [summary(e) for e in events]
    for want in expected:
        assert found(events, want), f"{want} not in {got}"
    for type_, modality in forbidden:
        assert not any(
            e.type.value == type_ and modality in (None, e.modality.value)
            for e in events
        ), f"unexpected {type_} {modality} in {got}"
