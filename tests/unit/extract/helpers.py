"""Builders for extractor tests: articles from short texts, events as plain tuples."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from graph.ids import article_id
from graph.model import Article, Event, Role
from ingest.extract import extract_events

__all__ = ["Expect", "article", "check_case", "extract", "found", "summary"]


def article(text: str, lang: str, published: str) -> Article:
    """An article with ``text`` as body, published at noon UTC on ``published``."""
    when = datetime.fromisoformat(published).replace(hour=12, tzinfo=UTC)
    return Article(
        id=article_id(url=None, text=text), lang=lang, published=when, text=text
    )


def extract(text: str, lang: str, published: str) -> list[Event]:
    return extract_events(article(text, lang, published))


@dataclass(frozen=True)
class Expect:
    """What an expected event must have; ``None`` fields are not checked.

    ``names`` are the participants' canonical names (any role); ``agent`` is the
    name in the type's directed agent role (visitor, sender, speaker...).
    """

    type: str
    modality: str = "asserted"
    names: frozenset[str] | None = None
    place: str | None = None
    date: str | None = None
    agent: str | None = None
    host: str | None = None


_AGENTS = {
    "VISIT": Role.VISITOR,
    "TROOP_DEPLOYMENT": Role.SENDER,
    "STATEMENT": Role.SPEAKER,
    "INVITATION": Role.INVITER,
    "SANCTION": Role.IMPOSER,
}


def summary(event: Event) -> str:
    names = "+".join(
        sorted(f"{p.actor.name}/{p.role.value}" for p in event.participants)
    )
    place = event.place.name if event.place else None
    return f"{event.type.value} {event.modality.value} {names} @{place} {event.date}"


def _fits(event: Event, want: Expect) -> bool:
    if event.type.value != want.type or event.modality.value != want.modality:
        return False
    names = {p.actor.name for p in event.participants}
    if want.names is not None and names != set(want.names):
        return False
    if want.place is not None and (
        event.place is None or event.place.name != want.place
    ):
        return False
    if want.date is not None and event.date != want.date:
        return False
    role = _AGENTS.get(want.type)
    if want.agent is not None and role is not None:
        agents = {p.actor.name for p in event.participants if p.role is role}
        if agents != {want.agent}:
            return False
    if want.host is not None:
        hosts = {p.actor.name for p in event.participants if p.role is Role.HOST}
        if hosts != {want.host}:
            return False
    return True


def found(events: list[Event], want: Expect) -> bool:
    """Whether some event has everything ``want`` asks for."""
    return any(_fits(e, want) for e in events)


def check_case(
    events: list[Event],
    expected: list[Expect],
    forbidden: list[tuple[str, str | None]],
) -> None:
    """Every ``expected`` event is found; no event has a ``forbidden`` type and
    modality (``None``: any modality)."""
    got = [summary(e) for e in events]
    for want in expected:
        assert found(events, want), f"{want} not in {got}"
    for type_, modality in forbidden:
        assert not any(
            e.type.value == type_ and modality in (None, e.modality.value)
            for e in events
        ), f"unexpected {type_} {modality} in {got}"
