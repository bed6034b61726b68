"""The extraction loop: sentence by sentence, triggers -> argument rules -> candidates.

For each sentence: find triggers; give attendance verbs the type of the event noun
they govern (in the clause, else the sentence, else the event reported just before:
"Netanyahu tidak hadir" after a summit); resolve anchors ("after the parade") to the
event they name; group the remaining triggers by type and clause; run the type's
argument module on each group; drop statements that are really another event of the
same sentence; then fold anaphoric candidates ("the talks", "pertemuan tersebut",
"the agreement") into the event they refer to. Merging and validation follow in
:mod:`ingest.extract.merge`.

This module must not import ``api``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from graph.model import DIRECTED_AGENT_ROLES, EventType, Modality, Role
from ingest.extract import temporal
from ingest.extract.arguments import Ctx
from ingest.extract.candidate import Candidate, History
from ingest.extract.clauses import scope
from ingest.extract.document import Doc, Sentence
from ingest.extract.events import (
    alliance,
    deployment,
    invitation,
    meeting,
    parade,
    sanction,
    statement,
    visit,
)
from ingest.extract.triggers import Trigger, find_triggers

__all__ = ["BUILDERS", "candidates"]

logger = logging.getLogger(__name__)

BUILDERS: dict[EventType, Callable[[Ctx], list[Candidate]]] = {
    EventType.MEETING: meeting.build,
    EventType.PARADE: parade.build,
    EventType.ALLIANCE: alliance.build,
    EventType.TROOP_DEPLOYMENT: deployment.build,
    EventType.VISIT: visit.build,
    EventType.STATEMENT: statement.build,
    EventType.INVITATION: invitation.build,
    EventType.SANCTION: sanction.build,
}
#: Types whose nouns keep their relative clause in scope.
_KEEP_RELATIVE = frozenset({EventType.ALLIANCE, EventType.TROOP_DEPLOYMENT})
_ATTENDED = (EventType.MEETING, EventType.PARADE)
_ATTENDANCE_BACK = 2  # sentences back an attendance verb may refer to
_HEAD_RANK = {"verb": 0, "noun": 1, "present": 2, "absent": 2, "force": 3, "weak": 4}
_SYMMETRIC = {
    EventType.MEETING: (Role.PARTICIPANT,),
    EventType.PARADE: (Role.ATTENDEE, Role.HOST),
    EventType.ALLIANCE: (Role.PARTY,),
}


def _bounds(doc: Doc, sentence: Sentence, trig: Trigger) -> tuple[int, int]:
    relative = trig.type not in _KEEP_RELATIVE
    lo, hi = scope(doc, sentence, trig.start, trig.end, relative=relative)
    if trig.appositive and trig.kind in ("noun", "weak"):
        comma = doc.text.rfind(",", lo, trig.start)
        lo = max(lo, comma + 1) if comma != -1 else lo
    return lo, hi


def _attendance_types(
    doc: Doc, sentence: Sentence, triggers: list[Trigger], history: History
) -> tuple[list[Trigger], dict[int, Candidate]]:
    """Attendance verbs take the type of the event noun they govern."""
    nouns = [
        t for t in triggers if t.kind in ("noun", "weak") and t.type in _ATTENDED
    ]
    out: list[Trigger] = []
    referents: dict[int, Candidate] = {}
    for trig in triggers:
        if trig.kind not in ("present", "absent"):
            out.append(trig)
            continue
        lo, hi = scope(doc, sentence, trig.start, trig.end)
        near = [n for n in nouns if lo <= n.start < hi] or nouns
        if near:
            pick = min(near, key=lambda n: abs(n.start - trig.start))
            out.append(replace(trig, type=pick.type))
            continue
        ref = next(
            (
                c
                for c in reversed(history.items)
                if c.type in _ATTENDED
                and sentence.index - max(c.sentences) <= _ATTENDANCE_BACK
            ),
            None,
        )
        if ref is not None:
            moved = replace(trig, type=ref.type, anaphoric=True)
            referents[moved.start] = ref
            out.append(moved)
    return out, referents


def _groups(
    doc: Doc, sentence: Sentence, triggers: list[Trigger]
) -> list[tuple[list[Trigger], tuple[int, int]]]:
    """Triggers of one type in one clause form a group; weak ones stand alone. An
    appositive event noun (", a deployment that...") closes the clause before it."""
    cuts = [
        doc.text.rfind(",", sentence.start, t.start)
        for t in triggers
        if t.appositive and t.kind in ("noun", "weak")
    ]
    groups: dict[tuple[EventType, int, int], list[Trigger]] = {}
    alone: list[tuple[list[Trigger], tuple[int, int]]] = []
    for trig in triggers:
        if trig.type is None:
            continue
        lo, hi = _bounds(doc, sentence, trig)
        hi = min([hi] + [c for c in cuts if c >= trig.end])
        bounds = (lo, hi)
        if trig.kind == "weak":
            alone.append(([trig], bounds))
            continue
        groups.setdefault((trig.type, *bounds), []).append(trig)
    found = [(members, (lo, hi)) for (_, lo, hi), members in groups.items()]
    return sorted(found + alone, key=lambda g: min(t.start for t in g[0]))


def _head(members: list[Trigger]) -> Trigger:
    return min(members, key=lambda t: (_HEAD_RANK[t.kind], t.start))


def _anchor(
    doc: Doc, sentence: Sentence, triggers: list[Trigger], history: History
) -> tuple[Candidate | None, list[Trigger]]:
    """The event the sentence is anchored to, and the triggers left to process."""
    anchor: Candidate | None = None
    rest: list[Trigger] = []
    for trig in triggers:
        if trig.anchor and trig.type is not None:
            ref = history.last(trig.type, before=sentence.index + 1)
            if ref is not None:
                anchor = anchor or ref
                continue
        rest.append(trig)
    return anchor, rest


def _drop_restatements(found: list[Candidate]) -> list[Candidate]:
    """A statement that is itself an invitation, visit, deployment or sanction of
    the same sentence is left to that event."""
    agents: set[str] = set()
    for cand in found:
        if cand.type in (EventType.STATEMENT, EventType.MEETING, EventType.PARADE):
            continue
        role = DIRECTED_AGENT_ROLES.get(cand.type)
        for ent in cand.holders(role) if role else []:
            agents.add(ent.id)
            if ent.country:
                agents.add(ent.country)
    kept = []
    for cand in found:
        if cand.type is EventType.STATEMENT:
            speaker = cand.holders(Role.SPEAKER)
            if speaker and (speaker[0].id in agents):
                continue
        kept.append(cand)
    return kept


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


def _integrate(history: History, cand: Candidate, sentence: Sentence) -> None:
    """Fold an anaphoric candidate into its referent, or keep it as a new event."""
    refers = cand.anaphoric or cand.trigger.kind == "weak"
    if not refers:
        history.add(cand)
        return
    ref = history.last(cand.type, before=sentence.index + 1)
    if ref is None or ref is cand:
        if cand.trigger.kind != "weak" and cand.roles:
            history.add(cand)
        return
    symmetric = cand.type in _SYMMETRIC
    if not cand.roles or (
        cand.modality is ref.modality
        and _same_agent(ref, cand)
        and (symmetric or set(cand.ids()) <= set(ref.ids()))
    ):
        _join(ref, cand)
        return
    if cand.trigger.kind == "weak":
        return
    cand.place = cand.place or ref.place
    cand.date = cand.date or ref.date
    history.add(cand)


def candidates(doc: Doc) -> list[Candidate]:
    """Every candidate of the document, anaphors folded in, in reading order."""
    history = History()
    for sentence in doc.sentences:
        triggers = find_triggers(doc, sentence)
        if not triggers:
            continue
        triggers, referents = _attendance_types(doc, sentence, triggers, history)
        anchor, triggers = _anchor(doc, sentence, triggers, history)
        found: list[Candidate] = []
        for members, (lo, hi) in _groups(doc, sentence, triggers):
            head = _head(members)
            ctx = Ctx(
                doc=doc,
                sentence=sentence,
                head=head,
                group=members,
                lo=lo,
                hi=hi,
                history=history,
                anchor=referents.get(head.start, anchor),
            )
            built = BUILDERS[head.type](ctx) if head.type else []  # type: ignore[index]
            for cand in built:
                if head.anchor:
                    cand.anchored = True
                if cand.modality is Modality.ASSERTED and temporal.is_future(
                    cand.date, doc.published
                ):
                    cand.modality = Modality.PLANNED
            found += built
        for cand in _drop_restatements(found):
            _integrate(history, cand, sentence)
    return history.items
