"""Anaphora: folding a candidate that refers back into the event it refers to.

A noun with a determiner ("the talks", "pertemuan tersebut"), a weak noun ("the
agreement", "dokumen itu") or an event noun naming the actors of an earlier event
again ("pertemuan Modi dan Xi") refers back: it adds its evidence sentence and fills a
missing date or place. With its own people and the same modality it pools participants
into an event that took place ("the meeting, chaired by Rutte"); absentees never pool
("X did not attend", "Y did not attend" are two events); with another date or another
modality it is a distinct event that inherits place, date and host. A candidate that
does not refer back is merged at once into an earlier report of the same event
(:func:`ingest.extract.merge.same_event`), so later sentences see the merged event.

This module must not import ``api``.
"""

from __future__ import annotations

from graph.model import EventType, Modality, Role
from ingest.extract import temporal
from ingest.extract.candidate import Candidate, History
from ingest.extract.document import Sentence
from ingest.extract.merge import absorb, same_event

__all__ = ["integrate", "referent"]

_SYMMETRIC = {
    EventType.MEETING: (Role.PARTICIPANT,),
    EventType.PARADE: (Role.ATTENDEE, Role.HOST),
    EventType.ALLIANCE: (Role.PARTY,),
}


def _join(ref: Candidate, cand: Candidate) -> None:
    ref.sentences = sorted(set(ref.sentences) | set(cand.sentences))
    for role in _SYMMETRIC.get(ref.type, ()):
        present = {e.id for e, r in ref.roles if r is role}
        for ent, r in cand.roles:
            if r is role and (role is not Role.HOST or not present):
                ref.add(ent, r)
    if ref.place is None:
        ref.place = cand.place
    if ref.date is None or (
        cand.date is not None
        and len(cand.date) > len(ref.date)
        and temporal.compatible(ref.date, cand.date)
    ):
        ref.date = cand.date or ref.date


def _same_agent(ref: Candidate, cand: Candidate) -> bool:
    return cand.agent is None or ref.agent is None or cand.agent == ref.agent


def _named_again(history: History, cand: Candidate) -> Candidate | None:
    """An event noun naming the actors of an earlier event of its type ("pertemuan
    Modi dan Xi", "the Trump-Xi talks") refers to it."""
    if cand.trigger.kind not in ("noun", "weak") or not cand.roles:
        return None
    ids = set(cand.ids())
    for ref in reversed(history.items):
        if (
            ref is not cand
            and not ref.hidden
            and ref.type is cand.type
            and set(ref.ids()) >= ids
            and ref.modality is cand.modality
            and len(ids) >= 2
        ):
            return ref
    return None


def referent(
    history: History,
    type_: EventType,
    noun: str | None,
    index: int,
    cand: Candidate | None = None,
) -> Candidate | None:
    """The latest earlier event of ``type_`` reported by sentence ``index``, one
    named by the same noun first ("the summit" is the summit, not the bilateral
    reported since)."""
    earlier = [
        c
        for c in history.items
        if c.type is type_ and min(c.sentences) <= index and c is not cand
    ]
    same = [c for c in earlier if noun is not None and c.noun == noun]
    pool = same or earlier
    return pool[-1] if pool else None


def _referent(
    history: History, cand: Candidate, sentence: Sentence
) -> Candidate | None:
    return referent(history, cand.type, cand.noun, sentence.index, cand)


def integrate(history: History, cand: Candidate, sentence: Sentence) -> None:
    """Fold an anaphoric candidate into its referent, or keep it as a new event."""
    if cand.hidden:  # only invited to: a referent for what follows, nothing more
        history.add(cand)
        return
    again = None if cand.anaphoric else _named_again(history, cand)
    if again is not None and temporal.compatible(again.date, cand.date):
        _join(again, cand)
        return
    refers = cand.anaphoric or cand.trigger.kind == "weak"
    if not refers:
        same = next((c for c in reversed(history.items) if same_event(c, cand)), None)
        if same is not None:  # reported again: one event, more evidence
            absorb(same, cand)
        else:
            history.add(cand)
        return
    ref = _referent(history, cand, sentence)
    if ref is None or ref is cand:
        if cand.trigger.kind != "weak" and cand.roles:
            history.add(cand)
        return
    if (
        cand.type is EventType.ALLIANCE
        and len(ref.ids(Role.PARTY)) >= 2
        and cand.modality is ref.modality
        and temporal.compatible(ref.date, cand.date)
        and not ref.hidden
    ):
        # "Putin called the pact a breakthrough and accused the United States":
        # a pact's parties are those that made it, not every state named later
        ref.sentences = sorted(set(ref.sentences) | set(cand.sentences))
        ref.date = ref.date or cand.date
        ref.place = ref.place or cand.place
        return
    symmetric = cand.type in _SYMMETRIC
    dated_apart = not temporal.compatible(ref.date, cand.date) or ref.hidden
    # people are pooled only into an event that took place: "X did not attend" and
    # "Y did not attend" are two events
    pooled = (
        symmetric
        and cand.modality is Modality.ASSERTED
        # a bilateral already has its pair: "joined Anwar and Gusmao at the opening
        # session" after "Trump and Anwar held talks" is another meeting
        and (
            cand.type is not EventType.MEETING
            or len(ref.people()) < 2
            or set(cand.people()) <= set(ref.people())
        )
    )
    if not dated_apart and (
        not cand.roles
        or (
            cand.modality is ref.modality
            and _same_agent(ref, cand)
            and (pooled or set(cand.ids()) <= set(ref.ids()))
        )
    ):
        _join(ref, cand)
        return
    if cand.trigger.kind == "weak" or not cand.roles:
        return
    cand.place = cand.place or ref.place
    cand.date = cand.date or ref.date
    if cand.type is EventType.PARADE and not cand.ids(Role.HOST):
        for ent in ref.holders(Role.HOST):
            cand.add(ent, Role.HOST)
    history.add(cand)
