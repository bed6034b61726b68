"""Language detection on short hand-written sentences and longer paragraphs."""

from __future__ import annotations

import pytest

from ingest.language import SHORT_TEXT, detect_language, guess_language

ID_PARAGRAPH = (
    "Menteri Luar Negeri tiba di Jakarta pada Selasa malam setelah lawatan tiga hari "
    "ke Tokyo. Dalam kunjungan itu, kedua pihak sepakat memperluas kerja sama di "
    "bidang energi dan pendidikan, serta membahas rencana pertemuan para pemimpin "
    "pada akhir tahun."
)
EN_PARAGRAPH = (
    "The foreign minister returned to the capital on Tuesday evening after a three-day "
    "trip to Tokyo. During the visit both sides agreed to widen cooperation on energy "
    "and education, and discussed plans for a leaders' meeting at the end of the year."
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Presiden akan berkunjung ke Tiongkok pekan depan.", "id"),
        ("Menteri luar negeri tiba di Jakarta kemarin.", "id"),
        ("The minister arrived in Jakarta yesterday.", "en"),
        ("He will visit China next week.", "en"),
        (
            "Polis sedang menyiasat kejadian itu dan orang ramai diminta bertenang.",
            "ms",
        ),
        ("Nagpulong ang mga pinuno ng dalawang bansa kahapon.", "tl"),
        ("Les deux dirigeants se sont rencontrés à Pékin.", "fr"),
        ("Die beiden Staatschefs trafen sich in Peking.", "de"),
        ("Лидеры двух стран встретились в Пекине.", "ru"),
        ("两国领导人在北京会晤。", "zh"),
        ("양국 정상은 베이징에서 만났다.", "ko"),
        (ID_PARAGRAPH, "id"),
        (EN_PARAGRAPH, "en"),
    ],
)
def test_detects_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_paragraphs_are_long_enough_for_the_light_detector() -> None:
    assert len(ID_PARAGRAPH) >= SHORT_TEXT
    assert len(EN_PARAGRAPH) >= SHORT_TEXT


def test_confidence_is_reported() -> None:
    guess = guess_language(ID_PARAGRAPH)
    assert guess.lang == "id"
    assert 0.5 < guess.confidence <= 1.0


@pytest.mark.parametrize("text", ["", "   ", "12345 6.000 -- 18:14"])
def test_text_without_letters_falls_back_to_default(text: str) -> None:
    guess = guess_language(text, default="id")
    assert guess.lang == "id"
    assert guess.confidence == 0.0
