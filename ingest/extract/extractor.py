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

from graph.model import DatePrecision, EventType, Modality
from ingest.extract import temporal
from ingest.extract.anaphora import integrate, referent
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
from ingest.extract.locate import located
from ingest.extract.modality import only_an_opportunity
from ingest.extract.places import within
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
_OBJECT_REACH = 40  # characters between an attendance verb and the person it names
_ANCHOR_PLACE = 30  # characters after an anchor noun where its own place may stand
_HEAD_RANK = {"verb": 0, "noun": 1, "present": 2, "absent": 2, "force": 3, "weak": 4}


def _bounds(doc: Doc, sentence: Sentence, trig: Trigger) -> tuple[int, int]:
    relative = trig.type not in _KEEP_RELATIVE
    lo, hi = scope(doc, sentence, trig.start, trig.end, relative=relative)
    if trig.appositive and trig.kind in ("noun", "weak"):
        comma = doc.text.rfind(",", lo, trig.start)
        lo = max(lo, comma + 1) if comma != -1 else lo
    return lo, hi


def _has_object(doc: Doc, sentence: Sentence, trig: Trigger) -> bool:
    """Whether an attendance verb governs a noun of its own ("join Western
    efforts"); without one ("did not attend", "tidak hadir karena ...", "joined
    them") it refers to an event reported before."""
    rest = doc.text[trig.end : sentence.end]
    if not rest[:1].isspace():
        return False  # "did not attend." / "attended,"
    person = next((e for e in sentence.ents if e.start >= trig.end), None)
    if (
        person is not None
        and person.is_person
        and person.start - trig.end <= _OBJECT_REACH
        and "," not in doc.text[trig.end : person.start]
    ):
        return False  # "represented by Prime Minister X": who attends
    words = rest.split()
    if not words:
        return False
    word = words[0].strip("\"'\u201c\u201d(),.:;")
    low = word.lower()
    lex = doc.lex
    function = (
        set().union(*lex.markers.values())
        | lex.locative
        | lex.dependent
        | lex.relative_words
        | lex.complementizers
        | lex.coordinators
        | lex.time_breaks
        | lex.time_clauses
    )
    if low in function or lex.pronouns.search(low) or lex.breaks.search(f" {low} "):
        return False
    if any(cues.search(low) for cues in (lex.negated, lex.speculated, lex.planned)):
        return False  # "tidak hadir tanpa penjelasan": a cue, not an object
    return bool(word) and (word[:1].isupper() or word.isalpha())


def _attendance_types(
    doc: Doc, sentence: Sentence, triggers: list[Trigger], history: History
) -> tuple[list[Trigger], dict[int, Candidate], dict[int, int]]:
    """Attendance verbs take the type of the event noun they govern; one that
    governs a noun of another clause ("skipped a summit, sending X in his place")
    is anchored to the event of that noun (start of the noun in the last map)."""
    nouns = [t for t in triggers if t.kind in ("noun", "weak") and t.type in _ATTENDED]
    out: list[Trigger] = []
    referents: dict[int, Candidate] = {}
    pending: dict[int, int] = {}
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
            if elsewhere:
                pending[trig.start] = pick.start
            continue
        ref = None
        # "skipped", "tidak hadir" refer back; "refused to join Western efforts"
        # names what is joined
        if trig.kind == "absent" or not _has_object(doc, sentence, trig):
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
    return out, referents, pending


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
            today = [c for c in current if c.date == doc.story_date]
            pool = today or current or asserted or earlier
            if pool and _same_place(doc, sentence, trig, pool[-1]):
                anchor = anchor or pool[-1]
                continue
            trig = replace(trig, anchor=False)  # "setelah lawatan di Vietnam"
        rest.append(trig)
    return anchor, rest


def _same_place(doc: Doc, sentence: Sentence, trig: Trigger, cand: Candidate) -> bool:
    """Whether an anchor noun may name ``cand``: no place of its own right after it
    ("after the talks in Hanoi"), or one that agrees with the candidate's."""
    if cand.place is None:
        return True
    for ent in sentence.ents:
        if ent.start < trig.end or ent.start - trig.end > _ANCHOR_PLACE:
            continue
        if "," in doc.text[trig.end : ent.start]:
            break
        if ent.place is not None and located(doc, sentence, ent, directional=False):
            return within(ent.place, cand.place) or within(cand.place, ent.place)
    return True


def _built_from(history: History, start: int | None) -> Candidate | None:
    """The candidate built from the trigger at ``start``, if any."""
    if start is None:
        return None
    return next((c for c in reversed(history.items) if c.trigger.start == start), None)


def _referred(
    doc: Doc, history: History, sentence: Sentence, members: list[Trigger]
) -> Candidate | None:
    """The event an attendance verb with a noun that only refers back names
    ("attended the gathering"): its date and place come before the story's."""
    nouns = [t for t in members if t.kind in ("noun", "weak")]
    if not nouns or not any(t.kind in ("present", "absent") for t in members):
        return None
    if any(t.kind == "verb" for t in members):
        return None
    if not all(t.anaphoric or t.kind == "weak" for t in nouns):
        return None
    head = nouns[0]
    if head.type is None:
        return None
    words = head.text.lower().split()
    noun = words[-1] if doc.lex.lang == "en" else words[0]
    return referent(history, head.type, noun, sentence.index)


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
        triggers, referents, pending = _attendance_types(
            doc, sentence, triggers, history
        )
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
                anchor=referents.get(head.start, anchor)
                or _built_from(history, pending.get(head.start))
                or _referred(doc, history, sentence, members),
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
