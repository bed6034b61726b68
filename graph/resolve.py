"""Cross-article event resolution: reports of the same real event become one event.

Every extracted event is a *report*: one article's account, with that article's
evidence. Stores keep the reports and hand the affected ones to :func:`resolve`, which
groups them into events. The grouping depends only on the set of reports, never on the
order in which articles arrived, so ingesting A then B equals ingesting B then A.

Two reports are the same event when all of these hold:

- same type and same modality (a planned meeting and the meeting itself are two claims;
  an analyst must never see speculation merged into fact);
- they come from different articles (an extractor that found two events in one article
  meant two events);
- their principals agree: one side's principals (people if it names any, else states
  and organisations) contain the other's, or they share at least two that cover half of
  the smaller side; for directed types, the agents (sender, visitor, speaker, inviter,
  imposer) are the same where both name one;
- their dates agree: both absent, or one is a prefix of the other (``2025-09`` and
  ``2025-09-03``); a dated and an undated report are not merged, so two meetings of the
  same pair a year apart can never be joined through an undated mention;
- their places agree: either absent, equal, or a city inside the other's country.

Grouping is complete-linkage: a report joins a group only if it agrees with every
report already in it, taking the most precise reports first.

This module must not import anything from ``api`` or ``ingest``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from graph.ids import event_id
from graph.model import (
    DIRECTED_AGENT_ROLES,
    ActorKind,
    Event,
    Participant,
    Place,
    PlaceKind,
)

__all__ = ["agree", "merge", "principals", "resolve", "same_place"]

_PLACE_RANK = {
    PlaceKind.VENUE: 0,
    PlaceKind.CITY: 1,
    PlaceKind.REGION: 2,
    PlaceKind.COUNTRY: 3,
}


def principals(event: Event) -> frozenset[str]:
    """The people an event names, or, if it names none, its states and organisations."""
    people = {
        p.actor.id for p in event.participants if p.actor.kind is ActorKind.PERSON
    }
    return frozenset(people or (p.actor.id for p in event.participants))


def _names_people(event: Event) -> bool:
    return any(p.actor.kind is ActorKind.PERSON for p in event.participants)


def _countries(event: Event) -> frozenset[str]:
    return frozenset(
        p.actor.id
        if p.actor.kind is ActorKind.COUNTRY
        else (p.actor.country or p.actor.id)
        for p in event.participants
    )


def _sides_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    if a <= b or b <= a:
        return True
    shared = len(a & b)
    return shared >= 2 and 2 * shared >= min(len(a), len(b))


def _agents(event: Event) -> frozenset[str]:
    role = DIRECTED_AGENT_ROLES.get(event.type)
    return frozenset(event.actor_ids(role)) if role else frozenset()


def same_place(a: Place | None, b: Place | None) -> bool:
    """Absent, equal, or one inside the other's country."""
    if a is None or b is None or a.id == b.id:
        return True
    return (a.kind is PlaceKind.COUNTRY and b.country == a.id) or (
        b.kind is PlaceKind.COUNTRY and a.country == b.id
    )


def _same_date(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a.startswith(b) or b.startswith(a)


def _articles(event: Event) -> frozenset[str]:
    return frozenset(e.article_id for e in event.evidence)


def agree(a: Event, b: Event) -> bool:
    """Whether two reports describe the same real event (see the module docstring)."""
    if a.type is not b.type or a.modality is not b.modality:
        return False
    if _articles(a) & _articles(b):
        return False
    if not (_same_date(a.date, b.date) and same_place(a.place, b.place)):
        return False
    agents_a, agents_b = _agents(a), _agents(b)
    if agents_a and agents_b and agents_a != agents_b:
        return False
    if _names_people(a) == _names_people(b):
        return _sides_agree(principals(a), principals(b))
    return _sides_agree(_countries(a), _countries(b))


def _more_specific(place: Place) -> tuple[int, str]:
    return (_PLACE_RANK[place.kind], place.id)


def merge(reports: Sequence[Event]) -> Event:
    """One event from mutually agreeing reports; the result depends only on the set."""
    ordered = sorted(reports, key=lambda r: r.id)
    first = ordered[0]
    participants: dict[tuple[str, str], Participant] = {}
    for report in ordered:
        for p in report.participants:
            participants.setdefault((p.actor.id, p.role.value), p)
    dates = [r.date for r in ordered if r.date]
    when = max(dates, key=lambda d: (len(d), d)) if dates else None
    places = [r.place for r in ordered if r.place]
    where = min(places, key=_more_specific) if places else None
    doubt = 1.0
    for report in ordered:
        doubt *= 1.0 - report.confidence
    evidence = sorted(
        {e for r in ordered for e in r.evidence},
        key=lambda e: (e.article_id, e.start, e.end),
    )
    people = sorted(participants.values(), key=lambda p: (p.role.value, p.actor.id))
    report_ids = sorted({rid for r in ordered for rid in (r.reports or (r.id,))})
    return Event(
        id=event_id(
            event_type=first.type.value,
            participants=[(p.actor.id, p.role.value) for p in people],
            place=where.id if where else None,
            date=when,
            modality=first.modality.value,
        ),
        type=first.type,
        participants=tuple(people),
        place=where,
        date=when,
        modality=first.modality,
        confidence=round(min(1.0 - doubt, 0.99), 4),
        evidence=tuple(evidence),
        cameo=next((r.cameo for r in ordered if r.cameo), None),
        plover=next((r.plover for r in ordered if r.plover), None),
        reports=tuple(report_ids),
    )


def _precision_first(report: Event) -> tuple[int, int, str]:
    return (-len(report.date or ""), -len(report.participants), report.id)


def resolve(reports: Iterable[Event]) -> list[Event]:
    """Group reports into events (complete linkage) and merge each group.

    Reports with the same id count once (the last one given wins), so re-ingesting an
    article changes nothing.

    Examples:
        >>> resolve([])
        []
    """
    unique = {r.id: r for r in reports}
    groups: list[list[Event]] = []
    for report in sorted(unique.values(), key=_precision_first):
        for group in groups:
            if all(agree(report, other) for other in group):
                group.append(report)
                break
        else:
            groups.append([report])
    return sorted((merge(g) for g in groups), key=lambda e: e.id)
