"""Who "the two leaders" are, and what an "hours after" clause adds to a meeting.

A sentence that names two people first and a third in an adjunct ("..., hours after
both men watched the parade beside X") is about its first two: a later "the two
leaders" / "kedua pemimpin" refers to them, and the adjunct neither joins the third
person to the meeting nor loses the day.
"""

from __future__ import annotations

from graph.model import Event, EventType
from tests.unit.extract.helpers import extract, summary


def _meetings(events: list[Event]) -> list[set[str]]:
    return [
        {p.actor.name for p in e.participants}
        for e in events
        if e.type is EventType.MEETING
    ]


def test_the_two_leaders_are_the_pair_that_leads_the_sentence_before() -> None:
    events = extract(
        "Narendra Modi met Emmanuel Macron in Paris on Tuesday, hours after both "
        "leaders toured an air show with German Chancellor Olaf Scholz. The two men "
        "later held talks over dinner.",
        "en",
        "2025-05-07",
    )
    meetings = _meetings(events)
    assert meetings, [summary(e) for e in events]
    assert all(m == {"Narendra Modi", "Emmanuel Macron"} for m in meetings), meetings


def test_kedua_pemimpin_are_the_pair_that_leads_the_sentence_before() -> None:
    events = extract(
        "Presiden Prabowo Subianto bertemu Presiden Brasil Luiz Inácio Lula da Silva "
        "di Brasilia, Rabu (9/7/2025), setelah keduanya menghadiri KTT bersama "
        "Perdana Menteri India Narendra Modi. Kedua pemimpin kemudian menggelar "
        "pembicaraan tertutup.",
        "id",
        "2025-07-09",
    )
    meetings = _meetings(events)
    assert {"Prabowo Subianto", "Luiz Inácio Lula da Silva"} in meetings, meetings
    assert not any(
        m == {"Luiz Inácio Lula da Silva", "Narendra Modi"} for m in meetings
    ), meetings


def test_an_hours_after_clause_keeps_its_day_and_its_own_people() -> None:
    events = extract(
        "ULAANBAATAR — Japanese Prime Minister Fumio Kishida met Mongolian President "
        "Ukhnaagiin Khurelsukh on Friday, hours after both men watched a military "
        "parade beside Chinese Premier Li Qiang.",
        "en",
        "2024-07-12",
    )
    meetings = _meetings(events)
    assert meetings == [{"Fumio Kishida", "Ukhnaagiin Khürelsükh"}], [
        summary(e) for e in events
    ]
    parades = [e for e in events if e.type is EventType.PARADE]
    assert [e.date for e in parades] == ["2024-07-12"], [summary(e) for e in events]
