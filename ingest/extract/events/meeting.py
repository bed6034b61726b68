"""MEETING: leaders or officials meet in person (symmetric participants).

Participants are the people of the trigger's clause (anaphors resolved: "the two
leaders", "keduanya", "his host"); mention-only people are left out. A verb needs two
people; an event noun ("summit", "KTT") or an attendance verb may start with one
(a later "the meeting, chaired by X" adds the others, and a one-person meeting left at
the end is dropped unless it is a negated attendance: "Netanyahu tidak hadir").
"Separate talks with X" / "bertemu secara terpisah dengan X" are one bilateral
meeting per person before the trigger with each person after it; a verb with a list
of dated objects ("met Trump on Monday and Starmer on Thursday") is one meeting per
object, on its own date.

This module must not import ``api``.
"""

from __future__ import annotations

import re

from graph.model import EventType, Modality, Place, Role
from ingest.extract import temporal
from ingest.extract.arguments import Ctx, within
from ingest.extract.candidate import Candidate
from ingest.extract.clauses import breaks
from ingest.extract.entities import Ent
from ingest.extract.events.base import make

__all__ = ["build"]

_SEPARATE_WORDS = 3  # words around the trigger that may say "separate(ly)"
_STAY_SENTENCES = 3  # sentences back where an arrival still places its visitor


def _collective(ctx: Ctx) -> bool:
    """Whether an organisation stands before the verb as (part of) its subject
    ("NATO foreign ministers met", "para menteri ASEAN bertemu")."""
    return any(e.is_org for e in ctx.actors(ctx.lo, ctx.start))


def _separate(ctx: Ctx, people: list[Ent]) -> list[list[Ent]] | None:
    """ "Macron and Starmer held separate talks with Trump": one meeting per person
    on either side of the trigger (a pair anaphor, "both leaders", counts as both).
    None when the text does not say separate, or one side names nobody."""
    before = ctx.text[ctx.lo : ctx.start]
    words = list(re.finditer(r"\S+", before))[-_SEPARATE_WORDS:]
    lo = ctx.lo + words[0].start() if words else ctx.start
    after = list(re.finditer(r"\S+", ctx.text[ctx.end : ctx.hi]))[:_SEPARATE_WORDS]
    hi = ctx.end + after[-1].end() if after else ctx.end
    if not ctx.doc.lex.separate.search(ctx.text, lo, hi):
        return None
    pairs = {p.start for p in people if p.via == "pair"}
    everyone = [
        *people,
        *(e for e in ctx.sentence.ents if e.is_person and e.start in pairs),
    ]
    one = [p for p in everyone if p.start < ctx.start]
    other = [p for p in everyone if p.start >= ctx.start]
    one = [p for i, p in enumerate(one) if p.id not in {q.id for q in one[:i]}]
    other = [p for i, p in enumerate(other) if p.id not in {q.id for q in other[:i]}]
    if not one or not other:
        return None
    return [[a, b] for a in one for b in other if a.id != b.id]


def _gapped(ctx: Ctx, people: list[Ent]) -> list[tuple[list[Ent], int]] | None:
    """ "Macron met Trump on Monday and Starmer on Thursday": the subject meets each
    dated object on its date (the index of the date mention in the clause); when
    the article already reported the other reading (Starmer meeting Trump), a later
    name is the subject of the elided verb."""
    if ctx.head.kind != "verb":
        return None
    dates = temporal.mentions_in(ctx.doc, ctx.sentence, ctx.end, ctx.hi)
    objects = [p for p in people if p.start >= ctx.end]
    subjects = [p for p in people if p.start < ctx.start]
    if len(objects) < 2 or len(dates) != len(objects) or not subjects:
        return None
    coordinators = ctx.doc.lex.coordinators
    out: list[tuple[list[Ent], int]] = []
    for i, (obj, when) in enumerate(zip(objects, dates, strict=True)):
        if not obj.end <= when.start or len(ctx.text[obj.end : when.start]) > 12:
            return None  # the date must follow its object ("Trump on Monday")
        if i and ctx.text[dates[i - 1].end : obj.start].strip(" ,") not in coordinators:
            return None
        pair = {obj.id, objects[0].id}
        elided = i > 0 and any(
            c.type is EventType.MEETING and set(c.people()) == pair
            for c in ctx.history.items
        )
        out.append(([obj, objects[0]] if elided else [*subjects, obj], i))
    return out


def _leg(ctx: Ctx) -> bool:
    """Whether the clause opens with a destination ("and then to Beijing ...")."""
    words = ctx.text[ctx.lo : ctx.start].lower().split()[:3]
    return any(w in ctx.doc.lex.directional for w in words) and bool(
        ctx.places(ctx.lo, ctx.start)
    )


def _during_visit(ctx: Ctx, date: str | None) -> Place | None:
    """ "last met when Putin visited Beijing", "bertemu saat Putin berkunjung ke
    Beijing": a meeting placed by the visit its time clause tells of."""
    head = ctx.text[ctx.hi : ctx.hi + 15].lstrip(" ,").lower().split()
    if not head or head[0] not in ctx.doc.lex.time_clauses:
        return None
    later = [c for c in breaks(ctx.doc, ctx.sentence) if c > ctx.hi + 1]
    end = later[0] if later else ctx.sentence.end
    if not ctx.doc.lex.verbs[EventType.VISIT].search(ctx.text, ctx.hi, end):
        return None
    return ctx.refine(ctx.best_place(ctx.places(ctx.hi, end)), date)


def _staying(ctx: Ctx, people: list[Ent]) -> Place | None:
    """ "Xi has landed in Budapest. Xi is due to hold talks with Orban on
    Thursday": a meeting without a place of its own is where a participant was
    just reported arriving, when that is another participant's country."""
    ids = {p.id for p in people}
    homes = {p.country for p in people if p.country}
    for cand in reversed(ctx.history.items):
        if ctx.sentence.index - max(cand.sentences) > _STAY_SENTENCES:
            break
        if cand.type is not EventType.VISIT or cand.modality is not Modality.ASSERTED:
            continue
        hosts = cand.ids(Role.HOST)
        if set(cand.ids(Role.VISITOR)) & ids and hosts and hosts[0] in homes:
            return cand.place
    return None


def _unnamed(ctx: Ctx, kinds: set[str]) -> list[Candidate]:
    """ "Para pemimpin ASEAN menutup KTT di Melbourne, Rabu": a summit that names
    no one is a hidden referent, so that "Jokowi hadir bersama ..." next attends
    it (its place and date), but it is never reported itself."""
    if kinds != {"noun"}:
        return []
    modality = ctx.modality()
    date = ctx.event_date(modality)
    place = ctx.event_place(modality, date)
    if date is None or place is None:
        return []
    return [make(ctx, EventType.MEETING, [], modality, date, place, hidden=True)]


def build(ctx: Ctx) -> list[Candidate]:
    people = ctx.attendees()
    kinds = {t.kind for t in ctx.group}
    if not people and not (ctx.head.anaphoric or ctx.head.anchor):
        return _unnamed(ctx, kinds)
    if len(people) == 1 and kinds <= {"verb"} and not _collective(ctx):
        return []  # a verb needs two people, unless a body meets ("NATO foreign
        # ministers met ..., with Rubio ...": others join later)
    # "invited Xi to attend the summit": the invitation's content, until accepted
    modality, hidden = ctx.with_invitation(ctx.modality())
    date = ctx.event_date(modality)
    place = ctx.event_place(modality, date) or _staying(ctx, people)
    visits = ctx.doc.lex.verbs[EventType.VISIT]
    travel = visits.search(ctx.text, ctx.lo, ctx.start) or (
        # "flew to Moscow ... and then to Beijing on Monday to meet Xi": a leg
        visits.search(ctx.text, ctx.sentence.start, ctx.lo) and _leg(ctx)
    )
    if travel:  # "travelled to London for a meeting ... on security in Europe"
        destination = ctx.refine(ctx.best_place(ctx.places(ctx.lo, ctx.start)), date)
        if destination is not None and (
            place is None or not within(place, destination)
        ):
            place = destination
    place = place or _during_visit(ctx, date)
    gapped = _gapped(ctx, people)
    dated: list[tuple[list[Ent], str | None]]
    if gapped:  # "met X on Monday and Y on Thursday": each object on its own day
        dates = temporal.mentions_in(ctx.doc, ctx.sentence, ctx.end, ctx.hi)
        dated = [(g, ctx.mention_value(dates[i], modality)) for g, i in gapped]
        attendance = False
    else:
        dated = [(g, date) for g in _separate(ctx, people) or [people]]
        attendance = bool(kinds & {"present", "absent"})
    return [
        make(
            ctx,
            EventType.MEETING,
            [(p, Role.PARTICIPANT) for p in group],
            modality,
            when,
            place,
            attendance=attendance,
            hidden=hidden,
        )
        for group, when in dated
    ]
