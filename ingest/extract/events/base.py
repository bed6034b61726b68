"""Helpers shared by the per-type argument modules.

This module must not import ``api``.
"""

from __future__ import annotations

from graph.model import EventType, Modality, Place, Role
from ingest.extract.arguments import Ctx
from ingest.extract.candidate import Candidate
from ingest.extract.entities import Ent, gazetteer

__all__ = ["country_ent", "make", "state_of"]


def make(
    ctx: Ctx,
    type_: EventType,
    roles: list[tuple[Ent, Role]],
    modality: Modality,
    date: str | None,
    place: Place | None,
    **extra: object,
) -> Candidate:
    """A candidate from the trigger group of ``ctx``."""
    cand = Candidate(
        type=type_,
        roles=[],
        place=place,
        date=date,
        modality=modality,
        sentences=[ctx.sentence.index],
        trigger=ctx.head,
        anaphoric=_refers_back(ctx),
        noun=_noun(ctx),
        **extra,  # type: ignore[arg-type]
    )
    for ent, role in roles:
        cand.add(ent, role)
    if roles:
        cand.distance = max(
            max(abs(e.start - ctx.start), abs(e.end - ctx.end)) for e, _ in roles
        )
    return cand


def _noun(ctx: Ctx) -> str | None:
    """The head word of the group's event noun ("summit", "pertemuan")."""
    for trig in ctx.group:
        if trig.kind in ("noun", "weak"):
            words = trig.text.lower().split()
            return words[-1] if ctx.doc.lex.lang == "en" else words[0]
    return None


def _refers_back(ctx: Ctx) -> bool:
    """A group refers back when its nouns all do ("did not appear at the parade")
    and no verb of its own type states the event anew."""
    nouns = [t for t in ctx.group if t.kind in ("noun", "weak")]
    if any(t.kind == "verb" for t in ctx.group):
        return False
    if nouns:
        return all(t.anaphoric for t in nouns)
    return ctx.head.anaphoric


def country_ent(country_id: str | None, near: Ent | None = None) -> Ent | None:
    """An :class:`Ent` standing for the country ``country_id``."""
    if country_id is None:
        return None
    gaz = gazetteer()
    try:
        actor = gaz.actor(country_id)
        place = gaz.place(country_id)
    except LookupError:
        return None
    start, end, text = (near.start, near.end, near.text) if near else (0, 0, "")
    return Ent(
        start, end, text, country_id, "country", "home", actor, place, country_id
    )


def state_of(ent: Ent | None) -> Ent | None:
    """A state for ``ent``: itself if a state or organisation, else its country."""
    if ent is None:
        return None
    if ent.is_state or ent.is_org:
        if ent.kind == "place":  # a capital standing for its country
            return country_ent(ent.actor.id if ent.actor else None, ent)
        return ent
    return country_ent(ent.country, ent)
