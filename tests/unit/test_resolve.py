"""Cross-article resolution: one real event, several reports, any arrival order."""

from __future__ import annotations

import itertools

from graph.model import EventType, Modality, Role
from graph.resolve import agree, resolve, same_place
from tests.factories import (
    BEIJING,
    CHINA,
    CHINA_PLACE,
    KIM,
    LUKASHENKO,
    NORTH_KOREA,
    PUTIN,
    PYONGYANG,
    RUSSIA,
    UKRAINE,
    XI,
    article,
    meeting,
    report,
)

A = article(
    "Kim met Putin. Xi, Kim and Putin watched the parade.", url="https://a.example/1"
)
B = article(
    "Kim bertemu Putin. Xi, Kim, Putin dan Lukashenko menonton parade.",
    lang="id",
    url="https://b.example/1",
)
C = article(
    "Kim and Putin met again. Kim and Putin met in Beijing.", url="https://c.example/1"
)


def parade(source, sentence, *attendees, date="2025-09-03"):  # type: ignore[no-untyped-def]
    return report(
        source,
        sentence,
        EventType.PARADE,
        [(CHINA, Role.HOST), *((a, Role.ATTENDEE) for a in attendees)],
        place=BEIJING,
        date=date,
    )


def test_day_and_month_reports_merge_into_the_precise_one() -> None:
    day = meeting(A, "Kim met Putin.", KIM, PUTIN, place=BEIJING, date="2025-09-03")
    month = meeting(
        B, "Kim bertemu Putin.", KIM, PUTIN, place=CHINA_PLACE, date="2025-09"
    )
    (event,) = resolve([day, month])
    assert event.date == "2025-09-03"
    assert event.place == BEIJING  # the city is more specific than the country
    assert set(event.reports) == {day.id, month.id}
    assert event.confidence > max(day.confidence, month.confidence)


def test_three_and_four_named_attendees_are_one_parade() -> None:
    three = parade(A, "Xi, Kim and Putin watched the parade.", XI, KIM, PUTIN)
    four = parade(
        B, "Xi, Kim, Putin dan Lukashenko menonton parade.", XI, KIM, PUTIN, LUKASHENKO
    )
    (event,) = resolve([three, four])
    assert set(event.actor_ids(Role.ATTENDEE)) == {
        XI.id,
        KIM.id,
        PUTIN.id,
        LUKASHENKO.id,
    }


def test_result_does_not_depend_on_order() -> None:
    reports = [
        meeting(A, "Kim met Putin.", KIM, PUTIN, place=BEIJING, date="2025-09-03"),
        meeting(B, "Kim bertemu Putin.", KIM, PUTIN, date="2025-09"),
        meeting(
            C, "Kim and Putin met again.", KIM, PUTIN, place=BEIJING, date="2025-09-03"
        ),
        parade(A, "Xi, Kim and Putin watched the parade.", XI, KIM, PUTIN),
    ]
    outcomes = {
        tuple(e.id for e in resolve(p)) for p in itertools.permutations(reports)
    }
    assert len(outcomes) == 1


def test_distinct_dates_stay_apart() -> None:
    one = meeting(A, "Kim met Putin.", KIM, PUTIN, date="2024-06-19")
    two = meeting(C, "Kim and Putin met again.", KIM, PUTIN, date="2025-09-03")
    assert not agree(one, two)
    assert len(resolve([one, two])) == 2


def test_dated_and_undated_reports_stay_apart() -> None:
    dated = meeting(A, "Kim met Putin.", KIM, PUTIN, date="2025-09-03")
    undated = meeting(C, "Kim and Putin met again.", KIM, PUTIN)
    assert len(resolve([dated, undated])) == 2


def test_two_reports_from_one_article_are_never_merged() -> None:
    first = meeting(C, "Kim and Putin met again.", KIM, PUTIN, date="2025-09-03")
    second = meeting(
        C, "Kim and Putin met in Beijing.", KIM, PUTIN, place=BEIJING, date="2025-09-03"
    )
    assert len(resolve([first, second])) == 2


def test_modalities_never_merge() -> None:
    fact = meeting(A, "Kim met Putin.", KIM, PUTIN, date="2025-09")
    plan = meeting(
        C,
        "Kim and Putin met again.",
        KIM,
        PUTIN,
        date="2025-09",
        modality=Modality.PLANNED,
    )
    assert not agree(fact, plan)


def test_directed_events_need_the_same_agent() -> None:
    sent = report(
        A,
        "Kim met Putin.",
        EventType.TROOP_DEPLOYMENT,
        [(NORTH_KOREA, Role.SENDER), (RUSSIA, Role.RECIPIENT)],
        date="2025",
    )
    reverse = report(
        B,
        "Kim bertemu Putin.",
        EventType.TROOP_DEPLOYMENT,
        [(RUSSIA, Role.SENDER), (NORTH_KOREA, Role.RECIPIENT)],
        date="2025",
    )
    same = report(
        C,
        "Kim and Putin met again.",
        EventType.TROOP_DEPLOYMENT,
        [(NORTH_KOREA, Role.SENDER), (RUSSIA, Role.RECIPIENT), (UKRAINE, Role.AGAINST)],
        date="2025",
    )
    assert not agree(sent, reverse)
    assert agree(sent, same)


def test_people_and_country_reports_compare_by_country() -> None:
    people = report(
        A,
        "Kim met Putin.",
        EventType.ALLIANCE,
        [(KIM, Role.PARTY), (PUTIN, Role.PARTY)],
        date="2024",
    )
    states = report(
        B,
        "Kim bertemu Putin.",
        EventType.ALLIANCE,
        [(NORTH_KOREA, Role.PARTY), (RUSSIA, Role.PARTY)],
        date="2024-06",
    )
    assert agree(people, states)


def test_disjoint_pairs_do_not_merge() -> None:
    one = meeting(A, "Kim met Putin.", KIM, PUTIN, date="2025-09-03")
    other = meeting(C, "Kim and Putin met again.", XI, LUKASHENKO, date="2025-09-03")
    assert not agree(one, other)


def test_places_in_other_countries_disagree() -> None:
    assert same_place(BEIJING, CHINA_PLACE)
    assert same_place(None, PYONGYANG)
    assert not same_place(BEIJING, PYONGYANG)
