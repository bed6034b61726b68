"""MEETING: leaders or officials meet in person (symmetric participants).

Participants are the people of the trigger's clause (anaphors resolved: "the two
leaders", "keduanya", "his host"); mention-only people are left out. A verb needs two
people; an event noun ("summit", "KTT") or an attendance verb may start with one
(a later "the meeting, chaired by X" adds the others, and a one-person meeting left at
the end is dropped unless it is a negated attendance: "Netanyahu tidak hadir").

This module must not import ``api``.
"""

from __future__ import annotations

from graph.model import EventType, Role
from ingest.extract.arguments import Ctx, within
from ingest.extract.candidate import Candidate
from ingest.extract.events.base import make

__all__ = ["build"]


def _collective(ctx: Ctx) -> bool:
    """Whether an organisation stands before the verb as (part of) its subject
    ("NATO foreign ministers met", "para menteri ASEAN bertemu")."""
    return any(e.is_org for e in ctx.actors(ctx.lo, ctx.start))


def build(ctx: Ctx) -> list[Candidate]:
    people = ctx.attendees()
    kinds = {t.kind for t in ctx.group}
    if not people and not (ctx.head.anaphoric or ctx.head.anchor):
        return []
    if len(people) == 1 and kinds <= {"verb"} and not _collective(ctx):
        return []  # a verb needs two people, unless a body meets ("NATO foreign
        # ministers met ..., with Rubio ...": others join later)
    # "invited Xi to attend the summit": the invitation's content, until accepted
    modality, hidden = ctx.with_invitation(ctx.modality())
    date = ctx.event_date(modality)
    place = ctx.event_place(modality, date)
    travel = ctx.doc.lex.verbs[EventType.VISIT].search(ctx.text, ctx.lo, ctx.start)
    if travel:  # "travelled to London for a meeting ... on security in Europe"
        destination = ctx.refine(ctx.best_place(ctx.places(ctx.lo, ctx.start)), date)
        if destination is not None and (
            place is None or not within(place, destination)
        ):
            place = destination
    return [
        make(
            ctx,
            EventType.MEETING,
            [(p, Role.PARTICIPANT) for p in people],
            modality,
            date,
            place,
            attendance=bool(kinds & {"present", "absent"}),
            hidden=hidden,
        )
    ]
