"""Anchoring: which earlier event a trigger's event is tied to.

- attendance verbs ("attended", "skipped", "tidak hadir", "in his place") take the
  type of the event noun they govern, in their clause, else in the sentence, else
  the event reported just before (when the verb has no object of its own: not
  "refused to join Western efforts"); one whose noun stands in another clause is
  anchored to that noun's event;
- anchor nouns ("after the parade", "usai pertemuan") name the latest such event,
  the story's day first, asserted ones first, unless a place of their own says
  otherwise ("setelah lawatan di Vietnam");
- an attendance verb with a noun that only refers back ("attended the gathering")
  is anchored to the event that noun names.

An anchor gives a candidate its date and place before the story's.

This module must not import ``api``.
"""

from __future__ import annotations

from dataclasses import replace

from graph.model import DatePrecision, EventType, Modality
from ingest.extract import temporal
from ingest.extract.anaphora import referent
from ingest.extract.candidate import Candidate, History
from ingest.extract.clauses import scope
from ingest.extract.document import Doc, Sentence
from ingest.extract.locate import located
from ingest.extract.places import within
from ingest.extract.triggers import Trigger

__all__ = ["anchor_of", "attendance_types", "built_from", "referred"]

_ATTENDED = (EventType.MEETING, EventType.PARADE)
_ATTENDANCE_BACK = 2  # sentences back an attendance verb may refer to
_OBJECT_REACH = 40  # characters between an attendance verb and the person it names
_ANCHOR_PLACE = 30  # characters after an anchor noun where its own place may stand


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


def attendance_types(
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
            if pick.kind == "weak" and not any(
                c.type is pick.type for c in history.items
            ):
                continue  # "attended a ceremony marking ...": not a parade unless
                # one was reported ("Xi attended the ceremony" after the parade)
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


def anchor_of(
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
            # a plan for talks among others is not the talks a sentence presupposes
            # ("Xi and Vucic signed ... after talks", Xi's talks with Orban planned)
            earlier = [c for c in earlier if c in asserted or _among(sentence, c)]
            pool = today or current or asserted or earlier
            if pool and _same_place(doc, sentence, trig, pool[-1]):
                anchor = anchor or pool[-1]
                continue
            trig = replace(trig, anchor=False)  # "setelah lawatan di Vietnam"
        rest.append(trig)
    return anchor, rest


def _among(sentence: Sentence, cand: Candidate) -> bool:
    """Whether the people the sentence names (two or more) all take part in
    ``cand``; a sentence naming fewer may refer to any."""
    people = {e.id for e in sentence.ents if e.is_person}
    return len(people) < 2 or people <= set(cand.people())


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


def built_from(history: History, start: int | None) -> Candidate | None:
    """The candidate built from the trigger at ``start``, if any."""
    if start is None:
        return None
    return next((c for c in reversed(history.items) if c.trigger.start == start), None)


def referred(
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
