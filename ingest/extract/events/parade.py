"""PARADE: a military parade or review, its host country and the dignitaries attending.

Attendees are the people of the clause ("watched ... alongside X, Y and Z",
"keduanya bersama Xi dalam parade militer"). The host is the country that stages it
("Russia held its parade", "Beijing is staging", "China's biggest military parade",
"parade militer Tiongkok"), else the country of the parade's place.

This module must not import ``api``.
"""

from __future__ import annotations

from graph.model import EventType, Role
from ingest.extract.arguments import Ctx
from ingest.extract.candidate import Candidate
from ingest.extract.entities import Ent
from ingest.extract.events.base import country_ent, make, state_of

__all__ = ["build"]

_NEAR_WORDS = 4  # words between a country and the parade noun it owns


def _owner(ctx: Ctx, start: int, end: int) -> Ent | None:
    """The state a parade noun belongs to: "China's parade", "Russian parade",
    "parade militer Tiongkok", "the parade that Beijing is staging"."""
    for ent in ctx.sentence.ents:
        if not ent.is_state or ctx.located(ent):
            continue
        if ent.end <= start:
            gap = ctx.text[ent.end : start]
            if "," in gap or len(gap.split()) > _NEAR_WORDS:
                continue
            if gap.startswith(("'s", "\u2019s")) or (
                ent.via == "demonym" and len(gap.split()) <= 2
            ):
                return ent
        elif ent.start >= end:
            words = ctx.text[end : ent.start].split()
            if "," in ctx.text[end : ent.start] or len(words) > 2:
                continue
            if not words or words[0].lower() in ctx.doc.lex.relative_words:
                return ent
    return None


def _host(ctx: Ctx, place_country: str | None) -> Ent | None:
    for noun in ctx.group:
        if noun.kind in ("noun", "weak"):
            owner = _owner(ctx, noun.start, noun.end)
            if owner is not None:
                return owner
    subject = ctx.subject()
    if subject is not None and subject.is_state:
        return subject
    if (
        subject is not None
        and subject.is_person
        and any(t.kind == "verb" for t in ctx.group)
    ):
        return country_ent(subject.country, subject)  # "Kim paraded his missiles"
    return country_ent(place_country)


def build(ctx: Ctx) -> list[Candidate]:
    """A parade noun starts an event even before anyone is said to attend it (the
    attendees of "Prabowo watched the parade" join it later)."""
    people = ctx.attendees()
    modality, hidden = ctx.with_invitation(ctx.modality())
    date = ctx.event_date(modality)
    place = ctx.event_place(modality, date)
    country = None
    if place is not None:
        country = place.country or (
            place.id if place.id.startswith("country:") else None
        )
    owner = _host(ctx, country)
    host = state_of(owner)
    if owner is not None and owner.is_capital and ctx.best_place(ctx.places()) is None:
        place = ctx.city(owner.place)  # "the parade that Beijing is staging"
    roles = [(p, Role.ATTENDEE) for p in people]
    if host is not None:
        roles.append((host, Role.HOST))
    return [make(ctx, EventType.PARADE, roles, modality, date, place, hidden=hidden)]
