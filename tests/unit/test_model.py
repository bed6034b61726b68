from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from graph.model import (
    Actor,
    ActorKind,
    DatePrecision,
    Event,
    EventQuery,
    Evidence,
    Role,
    date_bounds,
    date_precision,
)
from tests.factories import BEIJING, KIM, PUTIN, article, meeting

SOURCE = article("Kim Jong Un met Vladimir Putin in Beijing.")
SENTENCE = "Kim Jong Un met Vladimir Putin in Beijing."


@pytest.mark.parametrize(
    ("value", "precision", "bounds"),
    [
        ("2025", DatePrecision.YEAR, (date(2025, 1, 1), date(2025, 12, 31))),
        ("2024-02", DatePrecision.MONTH, (date(2024, 2, 1), date(2024, 2, 29))),
        ("2025-09-03", DatePrecision.DAY, (date(2025, 9, 3), date(2025, 9, 3))),
    ],
)
def test_partial_dates(
    value: str, precision: DatePrecision, bounds: tuple[date, date]
) -> None:
    assert date_precision(value) is precision
    assert date_bounds(value) == bounds


@pytest.mark.parametrize(
    "bad", ["25", "2025-13", "2025-02-30", "2025-9-3", "03/09/2025", ""]
)
def test_event_rejects_bad_dates(bad: str) -> None:
    with pytest.raises(ValidationError):
        meeting(SOURCE, SENTENCE, KIM, PUTIN, date=bad)


def test_event_is_frozen_and_forbids_unknown_fields() -> None:
    event = meeting(SOURCE, SENTENCE, KIM, PUTIN, place=BEIJING, date="2025-09")
    with pytest.raises(ValidationError):
        event.date = "2025"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Event.model_validate({**event.model_dump(), "colour": "red"})


def test_event_dump_round_trips_with_computed_precision() -> None:
    event = meeting(SOURCE, SENTENCE, KIM, PUTIN, place=BEIJING, date="2025-09")
    dumped = event.model_dump(mode="json")
    assert dumped["date_precision"] == "month"
    assert Event.model_validate(dumped) == event


def test_event_needs_participants_and_evidence() -> None:
    event = meeting(SOURCE, SENTENCE, KIM, PUTIN)
    with pytest.raises(ValidationError):
        Event.model_validate({**event.model_dump(), "participants": []})
    with pytest.raises(ValidationError):
        Event.model_validate({**event.model_dump(), "evidence": []})


def test_same_actor_twice_in_same_role_is_refused() -> None:
    event = meeting(SOURCE, SENTENCE, KIM, PUTIN)
    twice = [p.model_dump() for p in event.participants] * 2
    with pytest.raises(ValidationError, match="twice"):
        Event.model_validate({**event.model_dump(), "participants": twice})


def test_actor_ids_by_role() -> None:
    event = meeting(SOURCE, SENTENCE, KIM, PUTIN)
    assert event.actor_ids() == (KIM.id, PUTIN.id)
    assert event.actor_ids(Role.HOST) == ()


def test_aliases_are_sorted_and_unique() -> None:
    actor = Actor(
        id="person:x", name="X", kind=ActorKind.PERSON, aliases=("b", "a", "b", " ")
    )
    assert actor.aliases == ("a", "b")


@pytest.mark.parametrize("bad", ["kim", "Person:kim", "person:", "person:kim jong"])
def test_ids_have_a_kind_prefix(bad: str) -> None:
    with pytest.raises(ValidationError):
        Actor(id=bad, name="Kim", kind=ActorKind.PERSON)


def test_evidence_span_must_be_ordered() -> None:
    with pytest.raises(ValidationError):
        Evidence(article_id=SOURCE.id, sentence="x", start=5, end=5, lang="en")


def test_query_refuses_reversed_range() -> None:
    with pytest.raises(ValidationError, match="after"):
        EventQuery(date_from=date(2025, 2, 1), date_to=date(2025, 1, 1))
