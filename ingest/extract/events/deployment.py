"""TROOP_DEPLOYMENT: forces sent to, stationed in or fighting in another country.

A clause needs a force noun ("troops", "pasukan") and a deployment verb ("sent",
"dikerahkan", "based", "bertempur", "membantu"), or a deployment noun ("pengiriman
pasukan"). Roles:

- sender: the state that owns the force ("North Korean soldiers", "pasukan Korea
  Utara", "US Marines"), else the subject of the verb ("Pyongyang would dispatch",
  "Kim memutuskan untuk mengirim" -> his country);
- recipient: the country of the destination ("to Russia's Kursk region", "ke Israel",
  "based in Darwin") or the state the force helps ("membantu Rusia");
- against: another state the clause opposes them to ("a Ukrainian incursion",
  "melawan Ukraina").

A deployment without a sender, or inside the sender's own country, is none. The
date comes from the text only (a deployment is a state of affairs, not a day).

This module must not import ``api``.
"""

from __future__ import annotations

from graph.model import EventType, Role
from ingest.extract.arguments import Ctx
from ingest.extract.candidate import Candidate
from ingest.extract.entities import Ent
from ingest.extract.events.base import country_ent, make, state_of

__all__ = ["build"]

_OWNER_WORDS = 2  # words between a force noun and the state that owns it


def _owner(ctx: Ctx, start: int, end: int) -> Ent | None:
    """The state written next to a force noun: before it in English, after it in
    Indonesian (either order is tried, nearest first)."""
    best: tuple[int, Ent] | None = None
    for ent in ctx.sentence.ents:
        if not (ent.is_state or ent.is_person or ent.is_org) or ctx.located(ent):
            continue
        if ent.end <= start:
            gap = ctx.text[ent.end : start]
            words = gap.replace("'s", " ").replace("\u2019s", " ").split()
        elif ent.start >= end:
            gap = ctx.text[end : ent.start]
            words = gap.split()
            if (
                len(words) > 1
                or ctx.doc.lex.verbs[EventType.TROOP_DEPLOYMENT].search(gap)
                or any(w.lower() in ctx.doc.lex.markers["to"] for w in words)
            ):
                continue  # "tentara untuk membantu Rusia": Russia is helped
        else:
            continue
        if "," in gap or len(words) > _OWNER_WORDS:
            continue
        if ent.is_person:
            continue
        distance = len(words)
        if best is None or distance < best[0]:
            best = (distance, ent)
    return state_of(best[1]) if best else None


def build(ctx: Ctx) -> list[Candidate]:
    kinds = {t.kind for t in ctx.group}
    forces = [t for t in ctx.group if t.kind == "force"]
    if not ("noun" in kinds or (forces and "verb" in kinds)):
        return []
    sender: Ent | None = None
    for force in forces:
        sender = _owner(ctx, force.start, force.end)
        if sender is not None:
            break
    verbs = [t for t in ctx.group if t.kind == "verb"]
    nominal = [t for t in ctx.group if t.kind in ("force", "noun")]
    if sender is None and verbs and (not nominal or verbs[0].start < nominal[0].start):
        # the subject of "X sent troops"; not of "troops sent to fight" or of a
        # nominal ("pengiriman pasukan untuk berperang")
        sender = state_of(ctx.subject(before=verbs[0].start))
    if sender is not None and sender.is_org and sender.country:
        sender = country_ent(sender.country, sender)  # "personel TNI": Indonesia's
    if sender is None or not (sender.is_state or sender.is_org):
        return []  # "NATO troops": an alliance may send forces too
    modality = ctx.modality()
    place_ents = [p for p in ctx.places(origin=True) if p.country != sender.country]
    place = ctx.best_place(place_ents)
    recipient = country_ent(place.country or place.id) if place is not None else None
    if recipient is not None and not recipient.is_state:
        recipient = None
    opposed: list[Ent] = []
    others: list[Ent] = []
    allies: list[Ent] = []
    for actor in ctx.actors():
        state = state_of(actor) if actor.is_state else None
        if state is None or actor.start < ctx.start or state.id == sender.id:
            continue
        marker = ctx.marker(actor)
        if marker == "against":
            opposed.append(state)
        elif marker == "with":  # "fighting alongside Russian forces"
            allies.append(state)
        else:
            others.append(state)
    others = allies + others
    if recipient is None and others:
        recipient = others.pop(0)
    others = opposed + others
    if place is None and recipient is None and ctx.places():
        return []  # inside the sender's own country
    roles = [(sender, Role.SENDER)]
    if recipient is not None and recipient.id != sender.id:
        roles.append((recipient, Role.RECIPIENT))
    against = next(
        (o for o in others if recipient is None or o.id != recipient.id), None
    )
    if against is not None:
        roles.append((against, Role.AGAINST))
    date = ctx.event_date(modality, fallback=False)
    return [make(ctx, EventType.TROOP_DEPLOYMENT, roles, modality, date, place)]
