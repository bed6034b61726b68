"""Indonesian mechanisms that generalise to unseen news (own test sentences).

Each case exercises one general rule added while measuring the rules on articles
their authors had not seen (see ``test_unseen_en.py`` for English).
"""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Expect, extract, found, summary

N = frozenset

CASES: list[tuple[str, str, str, list[Expect], list[tuple[str, str | None]]]] = [
    (
        "koma-mengakhiri-frasa",
        "2025-05-13",
        "Presiden Prabowo Subianto bertemu Perdana Menteri Jepang Shigeru Ishiba di "
        "Tokyo, Senin (12/5/2025). Dalam konferensi pers bersama, Prabowo menyebut "
        "Jepang sebagai mitra penting Indonesia.",
        [
            Expect(
                "STATEMENT",
                names=N({"Prabowo Subianto", "Shigeru Ishiba"}),
                agent="Prabowo Subianto",
            )
        ],
        [],
    ),
    (
        "awal-bulan-ini-lalu",
        "2024-06-27",
        "Awal Juni lalu, Uni Eropa menjatuhkan sanksi baru terhadap Belarus.",
        [Expect("SANCTION", agent="European Union", date="2024-06")],
        [],
    ),
    (
        "mewakili-berarti-hadir",
        "2025-10-27",
        "Wakil Presiden Gibran Rakabuming Raka mewakili Indonesia dalam KTT di Kuala "
        "Lumpur, Minggu (26/10/2025), bersama Perdana Menteri Malaysia Anwar "
        "Ibrahim.",
        [
            Expect(
                "MEETING",
                names=N({"Gibran Rakabuming Raka", "Anwar Ibrahim"}),
                place="Kuala Lumpur",
                date="2025-10-26",
            )
        ],
        [],
    ),
    (
        "meresmikan-kemitraan-strategis",
        "2023-07-05",
        "Presiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese di "
        "Sydney, Selasa (4/7/2023). Dalam pertemuan itu, kedua pemimpin meresmikan "
        "peningkatan hubungan kedua negara menjadi kemitraan strategis komprehensif.",
        [
            Expect(
                "ALLIANCE",
                names=N({"Indonesia", "Australia"}),
                place="Sydney",
                date="2023-07-04",
            )
        ],
        [],
    ),
    (
        "belum-dapat-dipastikan-spekulasi",
        "2022-09-01",
        "Hingga kini belum dapat dipastikan apakah Presiden Rusia Vladimir Putin akan "
        "datang langsung ke Bali.",
        [Expect("VISIT", "speculated", agent="Vladimir Putin", place="Bali")],
        [("VISIT", "asserted"), ("VISIT", "negated")],
    ),
    (
        "kembali-ke-negara-lain",
        "2023-07-05",
        "Perdana Menteri Australia Anthony Albanese diperkirakan akan kembali ke "
        "Jakarta pada September mendatang.",
        [
            Expect(
                "VISIT",
                "speculated",
                N({"Anthony Albanese", "Indonesia"}),
                agent="Anthony Albanese",
            )
        ],
        [("VISIT", "asserted")],
    ),
    (
        "kembali-ke-negeri-sendiri",
        "2023-07-05",
        "Presiden Joko Widodo kembali ke Jakarta pada Kamis malam.",
        [],
        [("VISIT", None)],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected", "forbidden"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_unseen_indonesian(
    published: str,
    text: str,
    expected: list[Expect],
    forbidden: list[tuple[str, str | None]],
) -> None:
    events = extract(text, "id", published)
    got = [summary(e) for e in events]
    for want in expected:
        assert found(events, want), f"{want} not in {got}"
    for type_, modality in forbidden:
        assert not any(
            e.type.value == type_ and modality in (None, e.modality.value)
            for e in events
        ), f"unexpected {type_} {modality} in {got}"
