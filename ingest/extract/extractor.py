"""The extraction loop: sentence by sentence, triggers -> argument rules -> candidates.

For each sentence: find triggers; give attendance verbs the type of the event noun
they govern (in the clause, else the sentence, else the event reported just before:
"Netanyahu tidak hadir" after a summit); resolve anchors ("after the parade") to the
event they name; group the remaining triggers by type and clause; run the type's
argument module on each group; drop statements that are really another event of the
same sentence; then fold anaphoric candidates ("the talks", "pertemuan tersebut",
"the agreement") into the event they refer to. Attendance types and anchors are in
:mod:`ingest.extract.anchoring`; merging and validation follow in
:mod:`ingest.extract.merge`.

This module must not import ``api``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from graph.model import EventType, Modality
from ingest.extract import temporal
from ingest.extract.anaphora import integrate
from ingest.extract.anchoring import anchor_of, attendance_types, built_from, referred
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
from ingest.extract.events.statement import restates
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
_SPEECH_ACTS = frozenset({EventType.STATEMENT, EventType.INVITATION})
_HEAD_RANK = {"verb": 0, "noun": 1, "present": 2, "absent": 2, "force": 3, "weak": 4}


def _bounds(doc: Doc, sentence: Sentence, trig: Trigger) -> tuple[int, int]:
    relative = trig.type not in _KEEP_RELATIVE
    lo, hi = scope(doc, sentence, trig.start, trig.end, relative=relative)
    if trig.appositive and trig.kind in ("noun", "weak"):
        comma = doc.text.rfind(",", lo, trig.start)
        lo = max(lo, comma + 1) if comma != -1 else lo
    return lo, hi


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
        # "According to X, ...": a source phrase is no part of the clause's verb
        alone = alone or bool(
            doc.lex.attributions.search(doc.text, trig.start, trig.end)
        )
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


def _finish(doc: Doc, cand: Candidate, head: Trigger) -> None:
    if head.anchor:
        cand.anchored = True
    if cand.modality is Modality.ASSERTED and temporal.is_future(
        cand.date, doc.published
    ):
        if cand.type in _SPEECH_ACTS:
            cand.date = None  # something said was said; a future date is its content
        else:
            cand.modality = Modality.PLANNED


def candidates(doc: Doc) -> list[Candidate]:
    """Every candidate of the document, anaphors folded in, in reading order."""
    history = History()
    for sentence in doc.sentences:
        triggers = find_triggers(doc, sentence)
        if not triggers:
            continue
        triggers, referents, pending = attendance_types(
            doc, sentence, triggers, history
        )
        anchor, triggers = anchor_of(doc, sentence, triggers, history)
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
                anchor=referents.get(head.start, anchor)
                or built_from(history, pending.get(head.start))
                or referred(doc, history, sentence, members),
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
                    integrate(history, cand, sentence)
        for cand in found:
            if cand.type is EventType.STATEMENT and not restates(doc, cand, found):
                integrate(history, cand, sentence)
    return history.items
