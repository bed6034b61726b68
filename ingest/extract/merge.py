"""Within-article merging and validation of candidates.

Two candidates are the same event when they have the same type and modality, their
dates and places are compatible (one missing, one a prefix of the other, one place
inside the other) and their actors agree:

- MEETING: the same set of people (a bilateral on the sidelines of a summit and the
  summit stay two events);
- PARADE: the same host, or one without a host (attendees are pooled);
- ALLIANCE: one's parties a subset of the other's, or the same named pact;
- directed types: the same agent and the same other party (recipient, host,
  addressee, invitee, target), one of them missing allowed for deployments.

Two cities of one host on days close together, told in adjacent sentences, are legs
of one visit (a visit is a trip to a country): the first leg's place and date stay.

Merged, the event keeps the most precise date, the most specific place, every
evidence sentence and all actors. Then each type's minimum must hold (two people
meet; a parade has an attendee; an alliance two parties; a directed event its
agent and other party); a negated event may name one participant ("X did not
attend").

This module must not import ``api``.
"""

from __future__ import annotations

import logging
from datetime import date

from graph.model import EventType, Modality, Place, Role
from ingest.extract import temporal
from ingest.extract.arguments import more_specific, within
from ingest.extract.candidate import Candidate

__all__ = ["absorb", "merge", "same_event", "valid"]

logger = logging.getLogger(__name__)

_DAY = len("2025-01-01")
_LEG_DAYS = 3  # days between two legs of one trip to a country
_OTHER = {
    EventType.TROOP_DEPLOYMENT: Role.RECIPIENT,
    EventType.VISIT: Role.HOST,
    EventType.STATEMENT: Role.ADDRESSEE,
    EventType.INVITATION: Role.INVITEE,
    EventType.SANCTION: Role.TARGET,
}
_AGENT = {
    EventType.TROOP_DEPLOYMENT: Role.SENDER,
    EventType.VISIT: Role.VISITOR,
    EventType.STATEMENT: Role.SPEAKER,
    EventType.INVITATION: Role.INVITER,
    EventType.SANCTION: Role.IMPOSER,
}


def _places_agree(a: Place | None, b: Place | None) -> bool:
    return a is None or b is None or within(a, b) or within(b, a)


def _actors_agree(a: Candidate, b: Candidate) -> bool:
    t = a.type
    if t is EventType.MEETING:
        return set(a.people()) == set(b.people())
    if t is EventType.PARADE:
        if a.modality is not Modality.ASSERTED:  # each absentee is an event
            return set(a.ids(Role.ATTENDEE)) == set(b.ids(Role.ATTENDEE))
        ha, hb = a.ids(Role.HOST), b.ids(Role.HOST)
        return not ha or not hb or ha == hb
    if t is EventType.ALLIANCE:
        if a.name and b.name and a.name == b.name:
            return True
        pa, pb = set(a.ids(Role.PARTY)), set(b.ids(Role.PARTY))
        return bool(pa and pb) and (pa <= pb or pb <= pa)
    agent, other = _AGENT[t], _OTHER[t]
    if a.ids(agent) != b.ids(agent):
        return False
    oa, ob = a.ids(other), b.ids(other)
    if t is EventType.TROOP_DEPLOYMENT:
        return not oa or not ob or oa == ob
    return oa == ob


def same_event(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates report the same event (see the module docstring)."""
    return (
        a.type is b.type
        and not a.hidden
        and not b.hidden
        and a.modality is b.modality
        and (
            (temporal.compatible(a.date, b.date) and _places_agree(a.place, b.place))
            or _same_trip(a, b)
        )
        and _actors_agree(a, b)
    )


def _earlier_leg(a: Candidate, b: Candidate) -> tuple[str, Place | None] | None:
    """For two legs of one trip on different days, the first leg's date and place
    (a visit begins with its arrival)."""
    if not _same_trip(a, b) or a.date is None or b.date is None or a.date == b.date:
        return None
    return (a.date, a.place) if a.date < b.date else (b.date, b.place)


def _same_trip(a: Candidate, b: Candidate) -> bool:
    """Two legs of one trip to a country ("arrived in Hainan on Wednesday ...
    before flying to Beijing on Thursday"): visits told in the same or adjacent
    sentences, on days at most ``_LEG_DAYS`` apart (the host is compared later)."""
    if a.type is not EventType.VISIT or not (a.date and b.date):
        return False
    if len(a.date) != _DAY or len(b.date) != _DAY:
        return False
    days = abs((date.fromisoformat(a.date) - date.fromisoformat(b.date)).days)
    gap = min(abs(x - y) for x in a.sentences for y in b.sentences)
    return days <= _LEG_DAYS and gap <= 1


def absorb(into: Candidate, other: Candidate) -> None:
    """Fold ``other`` into ``into``: evidence, actors, the most precise date and the
    most specific place."""
    into.sentences = sorted(set(into.sentences) | set(other.sentences))
    for ent, role in other.roles:
        if role is Role.HOST and into.type is EventType.PARADE and into.ids(Role.HOST):
            continue
        into.add(ent, role)
    into.date = temporal.more_precise(into.date, other.date)
    if into.place is None or (
        other.place is not None and more_specific(other.place, into.place)
    ):
        into.place = other.place or into.place
    into.distance = min(into.distance, other.distance)
    into.anchored = into.anchored and other.anchored
    if other.trigger.strength > into.trigger.strength:
        into.trigger = other.trigger


def merge(found: list[Candidate]) -> list[Candidate]:
    """Merge candidates that report the same event (see the module docstring)."""
    merged: list[Candidate] = []
    for cand in found:
        for existing in merged:
            if same_event(existing, cand):
                leg = _earlier_leg(existing, cand)
                absorb(existing, cand)
                if leg is not None:
                    existing.date, existing.place = leg
                break
        else:
            merged.append(cand)
    return [c for c in merged if not c.hidden and valid(c)]


def valid(cand: Candidate) -> bool:
    """Whether a candidate names what its type needs (see the module docstring)."""
    t = cand.type
    negated = cand.modality is Modality.NEGATED
    if t is EventType.MEETING:
        alone = negated and cand.attendance  # "X did not attend the summit"
        return len(cand.people()) >= (1 if alone else 2)
    if t is EventType.PARADE:
        return any(e.is_person for e in cand.holders(Role.ATTENDEE))
    if t is EventType.ALLIANCE:
        return len(cand.ids(Role.PARTY)) >= (1 if negated else 2)
    if t is EventType.TROOP_DEPLOYMENT:
        return bool(cand.ids(Role.SENDER))
    return bool(cand.ids(_AGENT[t])) and bool(cand.ids(_OTHER[t]))
