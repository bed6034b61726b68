"""VISIT: a leader travels to, arrives in or visits a foreign country or city.

Travel language is required (the lexicon's VISIT verbs and nouns: arrived, flew,
kunjungan, lawatan, tiba...). Roles:

- visitor: the person the clause makes travel (its subject, the possessor of the noun
  "lawatan Putin" / "Xi's visit", or the pronoun in "lawatannya" / "his trip");
- host: the country of each destination ("to X", "ke X", "visited X"), which must
  not be the visitor's own (going home is no visit). Several destinations make
  several visits ("landed in Tianjin, coming from a visit to Japan"; "ke Lima, Peru,
  ... lalu ke Rio de Janeiro, Brasil"); an arrival at an unnamed spot ("arrived in
  the east coast city", "tiba di kota wisata itu") is at the story's place.

The place is the destination, refined to the city where the text places the visitor
when the destination is a country. The date is the arrival day when the clause
states one or narrates the arrival (an arrival verb); otherwise the month of the
occasion (the corpus convention); the date rules are in
:mod:`ingest.extract.events.visit_dates`. A visit someone is only invited to make is no
event ("invited Xi to visit"), unless the invitation was accepted (then planned).

This module must not import ``api``.
"""

from __future__ import annotations

import re

from graph.model import EventType, Modality, Place, PlaceKind, Role
from ingest.extract import temporal
from ingest.extract.arguments import Ctx, within
from ingest.extract.candidate import Candidate
from ingest.extract.clauses import breaks
from ingest.extract.coref import pronoun_referent
from ingest.extract.entities import Ent
from ingest.extract.events.base import country_ent, make
from ingest.extract.events.visit_dates import (
    leg_date,
    occasion_month,
    purpose_date,
    visit_date,
)

__all__ = ["build"]

_POSSESSOR_WORDS = 2
_PREPOSITIONS = ("with", "between", "by", "to", "from", "against", "for", "of")
_WORD = re.compile(r"[\w'-]+")


def _visitor(ctx: Ctx) -> Ent | None:
    for noun in ctx.group:
        if noun.kind != "noun":
            continue
        if noun.text.lower().endswith("nya"):
            return pronoun_referent(ctx.doc, ctx.sentence, noun.start)
        for ent in ctx.people():
            if ent.start >= noun.end and ctx.doc.lex.lang != "en":
                gap = ctx.text[noun.end : ent.start]
                if len(gap.split()) <= _POSSESSOR_WORDS and "," not in gap:
                    return ent
            elif ent.end <= noun.start:
                gap = ctx.text[ent.end : noun.start]
                if gap.startswith(("'s", "\u2019s")) and len(gap.split()) <= 3:
                    return ent
    return ctx.subject(people=True) or _fronted_subject(ctx)


def _fronted_subject(ctx: Ctx) -> Ent | None:
    """ "Setibanya di Tokyo pada Senin, Prabowo langsung bertemu ...", "Upon arriving
    in Tokyo, Prabowo met ...": a fronted clause with no actor of its own travels
    with the person who opens the main clause right after its comma."""
    sentence = ctx.sentence
    if any(e.actor is not None and e.start < ctx.start for e in sentence.ents):
        return None
    comma = ctx.text.find(",", ctx.end, sentence.end)
    if comma == -1:
        return None
    first = next(
        (e for e in sentence.ents if e.start > comma and e.actor is not None), None
    )
    if (
        first is None
        or not first.is_person
        or ctx.text[comma + 1 : first.start].strip()
    ):
        return None
    return first


def _described_subject(ctx: Ctx) -> Ent | None:
    """ "Orban met Putin in Moscow, the first EU leader to visit Russia since ...":
    a description after a comma whose infinitive is the trigger is about the
    clause's subject (its first person), not the person named last."""
    comma = ctx.text.rfind(",", ctx.lo, ctx.start)
    if comma == -1:
        return None
    stretch = ctx.text[comma + 1 : ctx.start].strip().lower()
    if not any(stretch.startswith(d) for d in ctx.doc.lex.descriptions):
        return None
    people = [
        p for p in ctx.people(ctx.lo, comma) if ctx.marker(p) not in _PREPOSITIONS
    ]
    return people[0] if people else None


def _visitors(ctx: Ctx) -> list[Ent]:
    """The visitor, with the people coordinated with them as subject ("Kishida and
    Yoon arrived", "Jokowi dan Iriana tiba"): each makes a visit."""
    visitor = _described_subject(ctx) or _visitor(ctx)
    if visitor is None:
        return []
    coordinators = ctx.doc.lex.coordinators
    found = [visitor]
    if visitor.via == "pair":  # "both leaders flew into Kazan": each of the pair
        same = [p for p in ctx.people() if p.start == visitor.start]
        return [p for i, p in enumerate(same) if p.id not in {q.id for q in same[:i]}]
    people = [p for p in ctx.people(ctx.lo, visitor.start) if p.id != visitor.id]
    for ent in reversed(people):
        gap = ctx.text[ent.end : found[-1].start].strip(" ,").lower()
        if gap not in coordinators:
            break
        found.append(ent)
    found.reverse()
    for ent in ctx.people(visitor.end, ctx.start):
        gap = ctx.text[found[-1].end : ent.start].strip(" ,").lower()
        if gap not in coordinators or ent.id in {f.id for f in found}:
            break
        found.append(ent)
    return found


def _reach(ctx: Ctx) -> int:
    """End of the trigger's clause, extended over clauses that only continue the
    itinerary ("..., lalu ke Rio de Janeiro", "and then to South Korea")."""
    cuts = breaks(ctx.doc, ctx.sentence)
    hi = ctx.hi
    while hi in cuts:
        head = ctx.text[hi : hi + 15].lower().split()
        word = head[0].strip(",") if head else ""
        if word not in ctx.doc.lex.dependent or word in ctx.doc.lex.earlier:
            break
        later = [c for c in cuts if c > hi]
        hi = later[0] if later else ctx.sentence.end
    return hi


def _destinations(ctx: Ctx) -> list[Ent]:
    """Destination places after the trigger, one per host country, in text order."""
    found: list[Ent] = []
    hosts: set[str | None] = set()
    for ent in ctx.places(ctx.start, _reach(ctx)):
        if found and _after_time_word(ctx, found[-1].end, ent.start):
            break  # "arrived in Belgrade ... after a final day in France"
        host = ent.place.country if ent.place else None
        host = host or ent.id
        if host in hosts:
            continue
        hosts.add(host)
        found.append(ent)
    if found or any(t.kind == "verb" for t in ctx.group):
        return found  # "Kim toured rocket facilities": a verb's destination follows
    # "berkunjung ke Korut sejak lawatan Xi pada 2019": a noun's destination may
    # be named before it in the sentence
    before = ctx.places(ctx.sentence.start, ctx.start)
    return before[-1:]


def _after_time_word(ctx: Ctx, lo: int, hi: int) -> bool:
    """Whether a time word ("after", "before", "setelah") stands in ``[lo, hi)``."""
    words = {w.lower() for w in _WORD.findall(ctx.text[lo:hi])}
    return bool(words & ctx.doc.lex.time_breaks)


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
    return ctx.best_place(inside) or ctx.refine(place, date) or place


def build(ctx: Ctx) -> list[Candidate]:
    visitors = _visitors(ctx)
    if not visitors:
        return []
    return [c for v in visitors for c in _visits(ctx, v)]


def _visits(ctx: Ctx, visitor: Ent) -> list[Candidate]:
    arrival = any(t.kind == "verb" for t in ctx.group)
    # "invited Xi to visit": the invitation's content, until accepted
    modality, hidden = ctx.with_invitation(ctx.modality())
    targets: list[tuple[Place, Ent | None]] = [
        (t.place, t) for t in _destinations(ctx) if t.place is not None
    ]
    story = ctx.doc.story_place
    if not targets and arrival and modality is Modality.ASSERTED and story is not None:
        targets = [(story, None)]  # "tiba di kota wisata itu": at the story's place
    date = visit_date(ctx, modality, arrival)
    if not targets and modality is Modality.NEGATED and story is not None:
        # "cancelled his trip" in a story told from the summit: the trip there
        targets = [(story, None)]
        date = date or ctx.month_of(ctx.doc.story_date)
    out: list[Candidate] = []
    for place, ent in targets:
        host_id = place.country or (
            place.id if place.id.startswith("country:") else None
        )
        if host_id is None or host_id == visitor.country:
            continue
        host = country_ent(host_id, ent)
        if host is None:
            continue
        where = ctx.city(_refine(ctx, place, date)) or place
        when = date
        if len(out) and ctx.explicit_date(modality) is None:
            when = ctx.month_of(date)
        elif len(out) and ent is not None:  # "... and then to Beijing on Monday"
            when = leg_date(ctx, ent, modality) or ctx.month_of(date)
        if (
            when is not None
            and not temporal.compatible(
                ctx.month_of(when), ctx.month_of(ctx.doc.story_date)
            )
            and ctx.explicit_date(modality) is None
            and purpose_date(ctx, modality) is None
        ):
            when = None
        if when is None and modality is not Modality.ASSERTED:
            when = occasion_month(ctx, where)
        out.append(
            make(
                ctx,
                EventType.VISIT,
                [(visitor, Role.VISITOR), (host, Role.HOST)],
                modality,
                when,
                where,
                hidden=hidden,
            )
        )
    return out
