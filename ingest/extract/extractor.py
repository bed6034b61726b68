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

from graph.model import DIRECTED_AGENT_ROLES, DatePrecision, EventType, Modality, Role
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
from ingest.extract.merge import absorb, same_event
from ingest.extract.modality import only_an_opportunity
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
    nouns = [t for t in triggers if t.kind in ("noun", "weak") and t.type in _ATTENDED]
    out: list[Trigger] = []
    referents: dict[int, Candidate] = {}
    for trig in triggers:
        if trig.kind not in ("present", "absent"):
            out.append(trig)
            continue
        lo, hi = scope(doc, sentence, trig.start, trig.end)
        near = [n for n in nouns if lo <= n.start < hi] or nouns
        if near:
            strong = [n for n in near if n.kind == "noun"] or near
            pick = min(strong, key=lambda n: abs(n.start - trig.start))
            elsewhere = not (lo <= pick.start < hi)  # the noun's event, named before
            out.append(replace(trig, type=pick.type, anaphoric=elsewhere))
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
    """Triggers of one type in one clause form a group. A weak noun stands alone; so
    does a noun that refers back ("during a meeting with Rutte, Trump called off the
    Budapest meeting": two events), which attendance verbs and force nouns of its
    clause join when it is the nearest noun. An appositive event noun (", a
    deployment that...") closes the clause before it."""
    cuts = [
        doc.text.rfind(",", sentence.start, t.start)
        for t in triggers
        if t.appositive and t.kind in ("noun", "weak")
    ]
    groups: dict[tuple[EventType, int, int, int], list[Trigger]] = {}
    followers: list[tuple[Trigger, tuple[int, int]]] = []
    for trig in triggers:
        if trig.type is None:
            continue
        lo, hi = _bounds(doc, sentence, trig)
        hi = min([hi] + [c for c in cuts if c >= trig.end])
        if trig.kind in ("present", "absent", "force"):
            followers.append((trig, (lo, hi)))
            continue
        alone = trig.kind == "weak" or (trig.anaphoric and trig.kind == "noun")
        groups.setdefault((trig.type, lo, hi, trig.start if alone else -1), []).append(
            trig
        )
    for trig, (lo, hi) in followers:
        same = [k for k in groups if k[:3] == (trig.type, lo, hi)]
        if same:
            key = min(same, key=lambda k: abs(groups[k][0].start - trig.start))
            groups[key].append(trig)
        else:
            groups.setdefault((trig.type, lo, hi, -1), []).append(trig)  # type: ignore[arg-type]
    found = [(members, (lo, hi)) for (_, lo, hi, _), members in groups.items()]
    return sorted(found, key=lambda g: min(t.start for t in g[0]))


def _head(members: list[Trigger]) -> Trigger:
    return min(members, key=lambda t: (_HEAD_RANK[t.kind], t.start))


def _anchor(
    doc: Doc, sentence: Sentence, triggers: list[Trigger], history: History
) -> tuple[Candidate | None, list[Trigger]]:
    """The event the sentence is anchored to ("after the parade": the latest such
    event, asserted ones first, since the phrase presupposes it took place), and the
    triggers left to process."""
    anchor: Candidate | None = None
    rest: list[Trigger] = []
    for trig in triggers:
        if trig.anchor and trig.type is not None:
            earlier = [
                c
                for c in history.items
                if c.type is trig.type and min(c.sentences) <= sentence.index
            ]
            asserted = [c for c in earlier if c.modality is Modality.ASSERTED]
            current = [
                c
                for c in asserted
                if temporal.compatible(
                    temporal.at_precision(c.date, DatePrecision.MONTH),
                    doc.story_date,
                )
            ]
            pool = current or asserted or earlier
            if pool:
                anchor = anchor or pool[-1]
                continue
        rest.append(trig)
    return anchor, rest


def _agents(found: list[Candidate]) -> set[str]:
    """Actors (and their countries) who act in the sentence's other events."""
    agents: set[str] = set()
    for cand in found:
        if cand.type in (EventType.STATEMENT, EventType.PARADE):
            continue
        if cand.type is EventType.MEETING:
            if cand.modality is not Modality.ASSERTED:  # an announced meeting
                for ent, _ in cand.roles:
                    agents.add(ent.id)
                    agents.add(ent.country or "")
            continue
        role = DIRECTED_AGENT_ROLES.get(cand.type)
        for ent in cand.holders(role) if role else []:
            agents.add(ent.id)
    return agents


def _restatement(doc: Doc, cand: Candidate, found: list[Candidate]) -> bool:
    """A statement that is itself another event of the same sentence (an
    invitation, an announced visit, meeting, deployment or sanction), or that only
    reports one ("Lavrov said that Putin's invitation remained valid": a plain
    speech verb whose content states another event)."""
    if cand.type is not EventType.STATEMENT:
        return False
    others = [c for c in found if c is not cand]
    speaker = cand.holders(Role.SPEAKER)
    agents = _agents(others)
    if speaker and (speaker[0].id in agents or (speaker[0].country or "") in agents):
        return True
    verb = cand.trigger
    if doc.lex.addressed.search(doc.text, verb.start, verb.end):
        return False  # thanks, praise, warnings stand on their own
    return any(
        o.trigger.start > verb.end
        and o.type is not EventType.STATEMENT
        and not o.anaphoric  # "called the agreement historic" praises, not reports
        and o.trigger.kind != "weak"
        for o in others
    )


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
            and ref.type is cand.type
            and set(ref.ids()) >= ids
            and ref.modality is cand.modality
            and len(ids) >= 2
        ):
            return ref
    return None


def _integrate(history: History, cand: Candidate, sentence: Sentence) -> None:
    """Fold an anaphoric candidate into its referent, or keep it as a new event."""
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
    ref = history.last(cand.type, before=sentence.index + 1)
    if ref is None or ref is cand:
        if cand.trigger.kind != "weak" and cand.roles:
            history.add(cand)
        return
    symmetric = cand.type in _SYMMETRIC
    dated_apart = not temporal.compatible(ref.date, cand.date)
    # people are pooled only into an event that took place: "X did not attend" and
    # "Y did not attend" are two events
    pooled = symmetric and cand.modality is Modality.ASSERTED
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


def _finish(doc: Doc, cand: Candidate, head: Trigger) -> None:
    if head.anchor:
        cand.anchored = True
    if cand.modality is Modality.ASSERTED and temporal.is_future(
        cand.date, doc.published
    ):
        cand.modality = Modality.PLANNED


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
            if head.type is None:
                continue
            wide = scope(doc, sentence, head.start, head.end, relative=False)[0]
            if only_an_opportunity(doc, wide, head.start):
                continue
            for cand in BUILDERS[head.type](ctx):
                _finish(doc, cand, head)
                found.append(cand)
                # visible at once to the sentence's later groups ("..., after
                # which Xi said"): statements are checked when the sentence ends
                if cand.type is not EventType.STATEMENT:
                    _integrate(history, cand, sentence)
        for cand in found:
            if cand.type is EventType.STATEMENT and not _restatement(doc, cand, found):
                _integrate(history, cand, sentence)
    return history.items
