"""INVITATION: one actor invites another to visit or attend (inviter, invitee).

- inviter: the subject of an active verb ("He invited Xi", "Kim mengundangnya"), the
  agent of a passive one ("invited by", "diundang oleh", "undangan dari",
  "disampaikan Macron"), or the possessor of the noun ("Putin's invitation");
- invitee: the object ("invited Xi", the "-nya" of "mengundangnya", "for X to
  visit", "kepada X"), or the subject of a passive ("Zelensky tidak diundang");
- an unnamed inviter is the country the invitation is to ("accepted an invitation to
  visit China" -> China); an unnamed invitee is the person the story is about.

The place is where the invitee is invited to: the destination after the trigger
("to visit Pyongyang", "ke Anchorage", "the summit India will host"), else the place
of the occasion.

This module must not import ``api``.
"""

from __future__ import annotations

from graph.model import EventType, Modality, Role
from ingest.extract.arguments import Ctx
from ingest.extract.candidate import Candidate
from ingest.extract.coref import pronoun_referent
from ingest.extract.entities import Ent
from ingest.extract.events.base import country_ent, make

__all__ = ["build"]

_PASSIVE_PREFIX = "di"


def _passive(ctx: Ctx) -> bool:
    lex = ctx.doc.lex
    for trig in ctx.group:
        word = trig.text.lower()
        if lex.lang == "id" and word.startswith(_PASSIVE_PREFIX):
            return True
        before = ctx.words_before(trig.start, 2)
        if lex.lang == "en" and word.endswith("ed") and any(
            w in ("was", "were", "been", "be", "is", "are", "not") for w in before
        ):
            return True
    return False


def _agent_after(ctx: Ctx) -> Ent | None:
    """The actor after "by" / "oleh" / "dari", or an Indonesian passive agent."""
    for ent in ctx.actors(ctx.end, ctx.hi):
        if ctx.marker(ent) in ("by", "from"):
            return ent
    return None


def build(ctx: Ctx) -> list[Candidate]:
    nouns = [t for t in ctx.group if t.kind == "noun"]
    inviter: Ent | None = None
    invitee: Ent | None = None
    following = [a for a in ctx.actors(ctx.end, ctx.hi) if a.is_person or a.is_state]
    if _passive(ctx):
        invitee = ctx.subject()
        inviter = _agent_after(ctx) or next(
            (a for a in following if invitee is None or a.id != invitee.id), None
        )
    elif nouns:
        inviter = _agent_after(ctx)
        for ent in ctx.actors(ctx.lo, ctx.start):
            gap = ctx.text[ent.end : nouns[0].start]
            if gap.startswith(("'s", "\u2019s")) and len(gap.split()) <= 2:
                inviter = ent
        invitee = next(
            (a for a in following if a.is_person and (inviter is None or a.id != inviter.id)),
            None,
        )
        if inviter is None and invitee is None:
            invitee = ctx.subject()
        elif invitee is None:
            invitee = ctx.subject()
    else:
        inviter = ctx.subject()
        head = ctx.head
        if head.text.lower().endswith("nya"):
            invitee = pronoun_referent(ctx.doc, ctx.sentence, head.start)
            if invitee is not None and inviter is not None and invitee.id == inviter.id:
                invitee = _other_person(ctx, inviter)
        else:
            invitee = following[0] if following else None
    destination = ctx.places(ctx.end, ctx.sentence.end)
    place = ctx.best_place(destination[:1]) if destination else None
    if place is None:
        after_states = [
            a
            for a in ctx.actors(ctx.end, ctx.sentence.end)
            if a.is_state and a not in (inviter, invitee)
        ]
        place = after_states[0].place if after_states else None
    if inviter is None and place is not None:
        inviter = country_ent(place.country or place.id)
    if invitee is None and inviter is not None:
        invitee = _other_person(ctx, inviter)
    if inviter is None or invitee is None or inviter.id == invitee.id:
        return []
    modality = ctx.modality()
    date = ctx.event_date(modality)
    if place is None:
        place = ctx.event_place(modality, date) if modality is Modality.ASSERTED else None
    return [
        make(
            ctx,
            EventType.INVITATION,
            [(inviter, Role.INVITER), (invitee, Role.INVITEE)],
            modality,
            date,
            place,
        )
    ]


def _other_person(ctx: Ctx, than: Ent) -> Ent | None:
    """The latest person named before the trigger other than ``than``."""
    for sentence in reversed(ctx.doc.sentences[: ctx.sentence.index + 1]):
        for ent in reversed(sentence.ents):
            if sentence is ctx.sentence and ent.start >= ctx.start:
                continue
            if ent.is_person and ent.id != than.id:
                return ent
    return None
