"""VISIT: a leader travels to, arrives in or visits a foreign country or city.

Travel language is required (the lexicon's VISIT verbs and nouns: arrived, flew,
kunjungan, lawatan, tiba...). Roles:

- visitor: the person the clause makes travel (its subject, the possessor of the noun
  "lawatan Putin" / "Xi's visit", or the pronoun in "lawatannya" / "his trip");
- host: the country of the destination ("to X", "ke X", "visited X"), which must not
  be the visitor's own (going home is no visit).

The place is the destination, refined to the city where the text places the visitor
when the destination is a country ("kunjungan ke Rusia" in a story from St.
Petersburg). The date is the arrival day when the clause states one; otherwise the
month of the occasion (the convention of the corpus and of most event datasets). A
visit someone is only invited to make is no event ("invited Xi to visit"), unless
the invitation was accepted (then it is planned).

This module must not import ``api``.
"""

from __future__ import annotations

from graph.model import EventType, Modality, Place, PlaceKind, Role
from ingest.extract import temporal
from ingest.extract.arguments import Ctx, within
from ingest.extract.candidate import Candidate
from ingest.extract.coref import pronoun_referent
from ingest.extract.entities import Ent
from ingest.extract.events.base import country_ent, make

__all__ = ["build"]

_POSSESSOR_WORDS = 2


def _visitor(ctx: Ctx) -> Ent | None:
    for noun in ctx.group:
        if noun.kind != "noun":
            continue
        if noun.text.lower().endswith("nya"):
            return pronoun_referent(ctx.doc, ctx.sentence, noun.start)
        for ent in ctx.people():
            if ent.start >= noun.end:
                gap = ctx.text[noun.end : ent.start].split()
                if len(gap) <= _POSSESSOR_WORDS and "," not in " ".join(gap):
                    if ctx.doc.lex.lang != "en":
                        return ent
            elif ent.end <= noun.start:
                gap = ctx.text[ent.end : noun.start]
                if gap.startswith(("'s", "\u2019s")) and len(gap.split()) <= 3:
                    return ent
    return ctx.subject(people=True)


def _destination(ctx: Ctx) -> Ent | None:
    after = [p for p in ctx.places(ctx.start, ctx.hi)]
    if after:
        return after[0]
    # "visited Japan", "mengunjungi Pyongyang": the object, unmarked
    for ent in ctx.sentence.ents:
        if ent.start >= ctx.end and ent.place is not None and ent.end <= ctx.hi:
            gap = ctx.text[ctx.end : ent.start].split()
            if len(gap) <= 1:
                return ent
            break
    return None


def _refine(ctx: Ctx, place: Place, date: str | None) -> Place:
    """The most specific place inside the destination the sentence puts the visitor
    in ("arrived in China ... for a summit in Tianjin"), else the story's city."""
    if place.kind not in (PlaceKind.COUNTRY, PlaceKind.REGION):
        return place
    inside = [
        e
        for e in ctx.places(ctx.sentence.start, ctx.sentence.end)
        if e.place is not None and e.place.id != place.id and within(e.place, place)
    ]
    return ctx.best_place(inside) or ctx.refine(place, date)


def _invited(ctx: Ctx) -> Modality | None:
    """None when the visit is only an invitation's content; PLANNED when accepted."""
    lex = ctx.doc.lex
    for match in lex.invited.finditer(ctx.text, ctx.sentence.start, ctx.start):
        before = ctx.text[max(ctx.sentence.start, match.start() - 30) : match.start()]
        if lex.accepted.search(before):
            return Modality.PLANNED
        return None
    return Modality.ASSERTED


def build(ctx: Ctx) -> list[Candidate]:
    invited = _invited(ctx)
    if invited is None:
        return []
    visitor = _visitor(ctx)
    target = _destination(ctx)
    if visitor is None or target is None or target.place is None:
        return []
    host_id = target.place.country or (
        target.id if target.id.startswith("country:") else None
    )
    if host_id is None or host_id == visitor.country:
        return []
    host = country_ent(host_id, target)
    if host is None:
        return []
    modality = ctx.modality()
    if invited is Modality.PLANNED and modality is Modality.ASSERTED:
        modality = Modality.PLANNED
    explicit = ctx.explicit_date()
    arrival = any(t.kind == "verb" for t in ctx.group)
    if explicit is not None:
        date = explicit if arrival or len(explicit) < 10 else ctx.month_of(explicit)
    elif modality is Modality.ASSERTED:
        context = ctx.context_date()
        date = context if ctx.same_day() else ctx.month_of(context)
    else:
        date = None
    place = _refine(ctx, target.place, date)
    if explicit is None and date is not None and not temporal.compatible(
        date, ctx.doc.story_date
    ):
        date = None
    return [
        make(
            ctx,
            EventType.VISIT,
            [(visitor, Role.VISITOR), (host, Role.HOST)],
            modality,
            date,
            place,
        )
    ]
