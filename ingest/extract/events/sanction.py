"""SANCTION: restrictive measures a state or bloc imposes on another (imposer, target).

- imposer: the state or organisation that imposes, adopts or joins them (the
  subject: "The United States imposed", "Uni Eropa mengadopsi", "India has not joined
  Western sanctions"; a person stands for their country), or the actor of a relative
  clause after the noun ("sanctions that Britain imposed"), or the agent of a
  passive ("Russia was hit with sanctions by the EU", "dijatuhi sanksi oleh"; the
  subject is then the target);
- target: the state after "on" / "against" / "terhadap", or the country of the
  companies hit ("on Rosneft and Lukoil, Russia's two biggest oil companies");
  "the same companies" takes the target of the previous sanction; a state inside a
  split verb ("froze Russia's assets") or the verb's object before "with" and the
  noun ("targeted Russia's shadow fleet with new sanctions");
- "Britain followed (suit)" / "Inggris mengikuti langkah itu" right after a sanction:
  the subject imposes it too, on the same target (its own date, else "the same day").

Tariffs, export controls and sports or administrative "sanctions" are excluded by
the lexicon; without a named imposer and target there is no event. Sanctions have
no place, except those adopted on the story's day (the story's place: "LUXEMBOURG -
The EU on Monday imposed ...").

This module must not import ``api``.
"""

from __future__ import annotations

from graph.model import EventType, Modality, Role
from ingest.extract.arguments import Ctx
from ingest.extract.candidate import Candidate
from ingest.extract.entities import Ent
from ingest.extract.events.base import make, state_of

__all__ = ["build"]

_RELATIVE_WORDS = 3
_TIME_REACH = 4  # characters after "followed" where its date may start ("on Tuesday")
_WITH_REACH = 2  # words between "with" and the sanction noun ("with new sanctions")
_FOLLOWER_GAP = 3  # words between a state and "followed" ("Japan has not followed")


def _relative_agent(ctx: Ctx) -> Ent | None:
    """ "sanctions that Britain imposed", "sanksi yang ditetapkan DK PBB" """
    rest = ctx.text[ctx.end : ctx.sentence.end]
    words = rest.split()
    if not words or words[0].lower() not in ctx.doc.lex.relative_words:
        return None
    for ent in ctx.sentence.ents:
        if ent.start >= ctx.end and ent.actor is not None:
            if len(ctx.text[ctx.end : ent.start].split()) <= _RELATIVE_WORDS:
                return ent
            break
    return None


def _coordinated(ctx: Ctx, subject: Ent) -> list[Ent]:
    """ "Britain, France and Germany imposed": every state of the subject phrase."""
    found: list[Ent] = []
    for ent in ctx.actors(ctx.lo, ctx.start):
        state = state_of(ent)
        if state is None or not (state.is_state or state.is_org):
            continue
        if ctx.marker(ent) in ("to", "from", "against", "for", "of", "by"):
            continue
        if state.id not in {f.id for f in found}:
            found.append(state)
    return found if any(f.id == subject.id for f in found) else [subject]


def _follows_plainly(ctx: Ctx) -> bool:
    """Whether "followed" stands alone or with a time, "with its own ...", a
    determiner or a state ("followed on Tuesday", "followed the same day",
    "mengikuti langkah itu", "mengikuti langkah AS"), not with an object of its
    own ("followed the talks closely", "mengikuti jejak pendahulunya")."""
    lex = ctx.doc.lex
    rest = ctx.text[ctx.end : ctx.hi]
    words = [w.strip("\"'\u201c\u201d,.;:").lower() for w in rest.split()]
    words = [w for w in words if w]
    # "mengikuti langkah itu": a determiner after the noun of the verb phrase
    after_noun = (
        {d.lower() for d in lex.data.determiners} if lex.determiners_follow else set()
    )
    if not words or words[0] in lex.markers["with"] | after_noun:
        return True
    if lex.same_day.finditer(rest) and lex.same_day.finditer(rest)[0].start() <= 1:
        return True
    first = ctx.end + len(rest) - len(rest.lstrip())
    if any(first <= d.start <= first + _TIME_REACH for d in ctx.sentence.dates):
        return True  # "followed on Thursday", "mengikuti langkah itu pada Kamis"
    return any(e.start == first and (e.is_state or e.is_org) for e in ctx.sentence.ents)


def _follows(ctx: Ctx) -> list[Candidate]:
    """ "Washington sanctioned Iran Air, and Britain followed the same day": the
    subject right before the verb imposes the sanction reported in this sentence or
    the one before, on the same target."""
    subject = ctx.subject()
    imposer = state_of(subject)
    if subject is None or imposer is None or not _follows_plainly(ctx):
        return []
    if len(ctx.text[subject.end : ctx.start].split()) > _FOLLOWER_GAP:
        return []
    previous = ctx.history.last(EventType.SANCTION, before=ctx.sentence.index + 1)
    if previous is None or ctx.sentence.index - max(previous.sentences) > 1:
        return []
    targets = previous.holders(Role.TARGET)
    if not targets or imposer.id in {*previous.ids(Role.IMPOSER), targets[0].id}:
        return []  # "Iran followed with its own protest" imposes nothing on itself
    modality = ctx.modality()
    date = ctx.explicit_date(modality) or ctx.then_date()
    if date is None and ctx.same_day():
        date = previous.date
    return [
        make(
            ctx,
            EventType.SANCTION,
            [(imposer, Role.IMPOSER), (targets[0], Role.TARGET)],
            modality,
            date,
            None,
        )
    ]


def _passive_agent(ctx: Ctx) -> Ent | None:
    """ "Russia was hit with sanctions by the EU", "Rusia dijatuhi sanksi oleh Uni
    Eropa": the state or bloc after "by" / "oleh" imposes; the subject is hit."""
    for ent in ctx.actors(ctx.end, ctx.hi):
        state = state_of(ent)
        if ctx.marker(ent) == "by" and state is not None:
            return state if state.is_state or state.is_org else None
    return None


def _hit_with(ctx: Ctx) -> tuple[Ent, Ent] | None:
    """ "Britain targeted Russia's shadow fleet with new sanctions", "Washington hit
    Iranian oil exporters with fresh sanctions": the clause's first state imposes,
    the state of the verb's object before "with" and the noun is the target."""
    words = ctx.text[ctx.lo : ctx.start].lower().split()
    if not (set(words[-_WITH_REACH - 1 :]) & ctx.doc.lex.markers["with"] - {"and"}):
        return None
    states = []
    for ent in ctx.sentence.ents:
        if ctx.lo <= ent.start and ent.end <= ctx.start and ent.actor is not None:
            state = state_of(ent)
            if state is not None and state.is_state:
                states.append(state)
    if len(states) != 2 or states[0].id == states[1].id:
        return None
    return states[0], states[1]


def build(ctx: Ctx) -> list[Candidate]:
    lex = ctx.doc.lex
    if all(lex.following.search(ctx.text, t.start, t.end) for t in ctx.group):
        return _follows(ctx)
    relative = _relative_agent(ctx)
    passive = None if relative else _passive_agent(ctx)
    imposer = state_of(relative or passive or ctx.subject())
    if imposer is None:
        return []
    imposers = [imposer] if relative or passive else _coordinated(ctx, imposer)
    hit = state_of(ctx.subject()) if passive else None
    targets: list[Ent | None] = [hit] if hit is not None and hit.is_state else []
    targets += [
        state_of(a)
        for a in ctx.actors(ctx.end, ctx.sentence.end if relative else ctx.hi)
        if a is not relative and (a.is_state or a.is_person)
    ]
    target = next((t for t in targets if t is not None and t.id != imposer.id), None)
    if target is None:  # "memasukkan lima perusahaan Tiongkok ke daftar hitam",
        # "froze Russia's assets": the object inside a split verb
        inside = [
            state_of(a)
            for a in ctx.actors(ctx.start, ctx.end)
            if any(t.start < a.start and a.end < t.end for t in ctx.group)
        ]
        target = next((t for t in inside if t is not None and t.id != imposer.id), None)
    hit_with = None if relative or passive or target else _hit_with(ctx)
    if hit_with is not None:
        imposers, target = [hit_with[0]], hit_with[1]
    if target is None and "same" in ctx.text[ctx.end : ctx.hi].lower().split():
        previous = ctx.history.last(EventType.SANCTION, before=ctx.sentence.index + 1)
        found = previous.holders(Role.TARGET) if previous else []
        target = found[0] if found else None
    if target is None or not target.is_state:
        return []
    modality = ctx.modality()
    date = ctx.event_date(modality)
    place = None
    dateline = ctx.doc.dateline
    if modality is Modality.ASSERTED and date and date == ctx.doc.story_date:
        # adopted where the story is filed from, that day
        place = ctx.doc.story_place if dateline is not None else None
    return [
        make(
            ctx,
            EventType.SANCTION,
            [(i, Role.IMPOSER) for i in imposers] + [(target, Role.TARGET)],
            modality,
            date,
            place,
        )
    ]
