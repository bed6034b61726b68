"""An event anchored to another ("after the parade", "usai KTT") takes its day, moved
by the count the sentence gives ("a day before the parade", "dua hari setelah KTT")."""

from __future__ import annotations

import pytest

from graph.model import EventType
from tests.unit.extract.helpers import extract, summary


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "HANOI — Vietnamese President To Lam watched a military parade in Hanoi on "
            "Tuesday alongside Lao President Thongloun Sisoulith. A day before the "
            "parade, To Lam and Thongloun held talks at the Presidential Palace.",
            "2025-09-01",
        ),
        (
            "en",
            "HANOI — Vietnamese President To Lam watched a military parade in Hanoi on "
            "Tuesday alongside Lao President Thongloun Sisoulith. After the parade, "
            "To Lam and Thongloun held talks at the Presidential Palace.",
            "2025-09-02",
        ),
        (
            "id",
            "HANOI - Presiden Vietnam To Lam menyaksikan parade militer di Hanoi pada "
            "Selasa (2/9/2025) bersama Presiden Laos Thongloun Sisoulith. Sehari "
            "sebelum parade, To Lam dan Thongloun menggelar pembicaraan di Istana "
            "Kepresidenan.",
            "2025-09-01",
        ),
    ],
)
def test_a_counted_anchor_moves_the_day(lang: str, text: str, expected: str) -> None:
    events = extract(text, lang, "2025-09-02")
    meetings = [e for e in events if e.type is EventType.MEETING]
    assert [e.date for e in meetings] == [expected], [summary(e) for e in events]
    parades = [e for e in events if e.type is EventType.PARADE]
    assert [e.date for e in parades] == ["2025-09-02"], [summary(e) for e in events]
