"""Sentence splitting: offsets, abbreviations, quotes, newlines, numeric dates."""

from __future__ import annotations

import pytest

from ingest.sentences import split_sentences


def _texts(text: str, lang: str) -> list[str]:
    spans = split_sentences(text, lang)
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.text == span.text.strip()
    return [span.text for span in spans]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "id",
            "Rapat dimulai pk. 10.00 WIB di Jl. Sudirman No. 3. Semua hadir.",
            ["Rapat dimulai pk. 10.00 WIB di Jl. Sudirman No. 3.", "Semua hadir."],
        ),
        (
            "id",
            "Ia tiba pada Rabu (3/9/2025). Keesokan harinya ia pulang.",
            ["Ia tiba pada Rabu (3/9/2025).", "Keesokan harinya ia pulang."],
        ),
        (
            "id",
            "Ketua tim, Prof. Ani, bertemu H. Salim dan Dr. Budi. Mereka makan siang.",
            [
                "Ketua tim, Prof. Ani, bertemu H. Salim dan Dr. Budi.",
                "Mereka makan siang.",
            ],
        ),
        (
            "en",
            "Mr. Lee met Mrs. Park in St. Petersburg. They talked.",
            ["Mr. Lee met Mrs. Park in St. Petersburg.", "They talked."],
        ),
        (
            "en",
            "The U.S. envoy and George W. Smith arrived. Talks began.",
            ["The U.S. envoy and George W. Smith arrived.", "Talks began."],
        ),
        (
            "en",
            'The talks ended. "We are ready." She left.',
            ["The talks ended.", '"We are ready."', "She left."],
        ),
        (
            "en",
            "He nodded. \u201cIt works,\u201d he said.",
            ["He nodded.", "\u201cIt works,\u201d he said."],
        ),
        (
            "en",
            '"Why now?" he asked. Nobody answered.',
            ['"Why now?" he asked.', "Nobody answered."],
        ),
        (
            "id",
            '"Siap?" tanya dia. Semua mengangguk.',
            ['"Siap?" tanya dia.', "Semua mengangguk."],
        ),
    ],
)
def test_splits(lang: str, text: str, expected: list[str]) -> None:
    assert _texts(text, lang) == expected


def test_newline_always_ends_a_sentence() -> None:
    text = (
        "Kedua Pemimpin Bertemu di Ibu Kota\n"
        "Rina Wati \u2022 3 September 2025 18:14\n"
        "Jakarta: Kedua pemimpin bertemu tanpa\nkesepakatan.\n\n  Paragraf kedua.  \n"
    )
    assert _texts(text, "id") == [
        "Kedua Pemimpin Bertemu di Ibu Kota",
        "Rina Wati \u2022 3 September 2025 18:14",
        "Jakarta: Kedua pemimpin bertemu tanpa",
        "kesepakatan.",
        "Paragraf kedua.",
    ]


def test_offsets_point_into_the_original_text() -> None:
    text = "\n\n  Satu dua.   Tiga empat.\r\nLima."
    spans = split_sentences(text, "id")
    assert [(s.start, s.end) for s in spans] == [(4, 13), (16, 27), (29, 34)]


def test_empty_and_punctuation_only_text() -> None:
    assert split_sentences("", "en") == []
    assert split_sentences(" \n -- \n", "en") == []


def test_unknown_language_uses_the_multilingual_tokenizer() -> None:
    assert _texts("Uno dos. Tres.", "zz") == ["Uno dos.", "Tres."]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "zh",
            "会谈没有达成协议。双方将再次会面。",
            ["会谈没有达成协议。", "双方将再次会面。"],
        ),
        (
            "ja",
            "首脳は北京で会談した。協議は続く。",
            ["首脳は北京で会談した。", "協議は続く。"],
        ),
        (
            "ar",
            "انتهت المحادثات دون اتفاق. بدأت الجولة الثانية.",
            ["انتهت المحادثات دون اتفاق.", "بدأت الجولة الثانية."],
        ),
    ],
)
def test_other_scripts(lang: str, text: str, expected: list[str]) -> None:
    assert _texts(text, lang) == expected
