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

from itertools import pairwise

from graph.model import EventType, Role
from ingest.extract.arguments import Ctx
from ingest.extract.candidate import Candidate
from ingest.extract.clauses import relative_spans
from ingest.extract.entities import Ent
from ingest.extract.events.base import country_ent, make, state_of
from ingest.extract.triggers import Trigger

__all__ = ["build"]

_OWNER_WORDS = 2  # words between a force noun and the state that owns it
_INHERIT_BACK = 2  # sentences back an ownerless force may refer to
_BORDER_GAP = 2  # words between "border with" and the neighbouring state
_HELPED_GAP = 2  # words between "help" and the state helped
_HEAD_KINDS = ("verb", "noun", "present", "absent", "force", "weak")
_HELD_GAP = 3  # words between "has" and the forces it has ("has about 90 soldiers")


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


def _inherited_sender(ctx: Ctx) -> Ent | None:
    """ "About 1,700 soldiers will deploy to Poland" right after "Biden ordered 3,000
    American troops to Europe": forces without an owner are the ones just reported."""
    previous = ctx.history.last(
        EventType.TROOP_DEPLOYMENT, before=ctx.sentence.index, within=_INHERIT_BACK
    )
    found = previous.holders(Role.SENDER) if previous is not None else []
    return found[0] if found else None


def _neighbours(ctx: Ctx) -> set[int]:
    """Starts of states named as a border's other side ("its border with Ukraine",
    "perbatasan dengan Ukraina"): neighbours, not recipients."""
    lex = ctx.doc.lex
    found: set[int] = set()
    for match in lex.borders.finditer(ctx.text, ctx.lo, ctx.hi):
        for ent in ctx.sentence.ents:
            gap = ctx.text[match.end() : ent.start]
            if ent.start >= match.end() and len(gap.split()) <= _BORDER_GAP:
                found.add(ent.start)
                break
    return found


def _destinations(ctx: Ctx, sender: Ent, first: int) -> list[Ent]:
    """Places the forces go to or are in: after the first trigger of the group (or
    fronted at the start of the sentence), never the sender's own country."""
    fronted_end = min(
        (e.start for e in ctx.sentence.ents if e.actor is not None and e.is_person),
        default=first,
    )
    return [
        p
        for p in ctx.places(origin=True)
        if p.country != sender.country
        and (p.start >= first or p.end <= min(fronted_end, first))
        and not ctx.in_apposition(p)
    ]


def _listed(ctx: Ctx, places: list[Ent]) -> list[Ent]:
    """Destinations given as one list ("to Poland, Germany and Romania"), one per
    country, when there are several; else []."""
    if len(places) < 2:
        return []
    lex = ctx.doc.lex
    joining = lex.coordinators | lex.locative | lex.approximators
    found = [places[0]]
    for prev, ent in pairwise(places):
        # "to Poland, Germany and Romania"; "28,500 troops in South Korea and
        # some 54,000 in Japan"
        gap = ctx.text[prev.end : ent.start].replace(", ", " ").lower().split()
        if any(w not in joining and not w[:1].isdigit() for w in gap):
            break
        if all(ent.country != f.country for f in found):
            found.append(ent)
    return found if len(found) > 1 else []


def _helps_nobody(ctx: Ctx, verb: Trigger) -> bool:
    """A helping verb ("help", "membantu") without the state it helps right after
    it ("help build up its defence industry") deploys nothing."""
    if not ctx.doc.lex.helping.search(ctx.text, verb.start, verb.end):
        return False
    for ent in ctx.sentence.ents:
        if ent.start >= verb.end:
            near = len(ctx.text[verb.end : ent.start].split()) <= _HELPED_GAP
            return not (near and (ent.is_state or ent.is_org))
    return True


def _holds_nothing(ctx: Ctx, verb: Trigger) -> bool:
    """A verb of having ("has", "keeps", "memiliki") deploys only the forces right
    after it ("has about 90 soldiers in Britain"), not "would keep them there"."""
    if not ctx.doc.lex.holding.search(ctx.text, verb.start, verb.end):
        return False
    return not any(
        t.kind == "force"
        and t.start >= verb.end
        and len(ctx.text[verb.end : t.start].split()) <= _HELD_GAP
        for t in ctx.group
    )


def _source(ctx: Ctx, actor: Ent) -> bool:
    """Whether ``actor`` heads a source tagged on after a comma ("..., South
    Korea's defence ministry said on Tuesday"): it reports, it takes no part."""
    if not ctx.text[ctx.sentence.start : actor.start].rstrip().endswith(","):
        return False
    found = ctx.doc.lex.speech.finditer(ctx.text, actor.end, ctx.sentence.end)
    return bool(found) and len(ctx.text[actor.end : found[0].start()].split()) <= 3


def _refers(noun: Trigger) -> bool:
    """A noun that refers back (", a deployment that ...", "the deployment")."""
    return noun.appositive or noun.anaphoric


def build(ctx: Ctx) -> list[Candidate]:
    ctx.group = [
        t
        for t in ctx.group
        if not (t.kind == "verb" and (_helps_nobody(ctx, t) or _holds_nothing(ctx, t)))
    ]
    if not ctx.group:
        return []
    if ctx.head not in ctx.group:  # "has said ... put troops": "put" heads
        ctx.head = min(ctx.group, key=lambda t: (_HEAD_KINDS.index(t.kind), t.start))
    for a, b in relative_spans(ctx.doc, ctx.sentence):
        if all(a <= t.start and t.end <= b for t in ctx.group):
            ctx.hi = min(ctx.hi, b)  # "X, which has troops in Y, said it would
            # keep them until 2025": the main clause dates and cues nothing here
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
    if sender is None and forces and not ctx.actors(ctx.lo, forces[0].start):
        sender = _inherited_sender(ctx)
    nouns = [t for t in ctx.group if t.kind == "noun"]
    if sender is None and nouns and not verbs and not _refers(nouns[0]):
        # "US missile units would begin deployments to Germany": the subject of
        # the noun's own clause deploys
        subject = ctx.subject(before=nouns[0].start)
        if subject is not None and subject.start >= ctx.lo:
            sender = state_of(subject)
    if sender is not None and sender.is_org and sender.country:
        sender = country_ent(sender.country, sender)  # "personel TNI": Indonesia's
    if sender is None or not (sender.is_state or sender.is_org):
        return []  # "NATO troops": an alliance may send forces too
    modality = ctx.modality()
    first = min(t.start for t in ctx.group)
    place_ents = _destinations(ctx, sender, first)
    lex = ctx.doc.lex
    if (
        not place_ents
        and all(lex.holding.search(ctx.text, t.start, t.end) for t in verbs)
        and verbs
        and "noun" not in kinds
    ):
        return []  # "North Korea has 1.2 million troops": an army, no deployment
    border = ctx.doc.lex.borders.search(ctx.text, first, ctx.hi)
    if border and not place_ents:
        return []  # "massed near its border": forces at home
    neighbours = _neighbours(ctx)
    date = ctx.event_date(modality, fallback=False)
    listed = _listed(ctx, place_ents)
    if listed:  # one deployment per country of a list of destinations
        out = []
        for ent in listed:
            recipient = country_ent(ent.country, ent)
            roles = [(sender, Role.SENDER)]
            if recipient is not None and recipient.is_state:
                roles.append((recipient, Role.RECIPIENT))
            place = ctx.city(ent.place)
            out.append(
                make(ctx, EventType.TROOP_DEPLOYMENT, roles, modality, date, place)
            )
        return out
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
        if actor.start in neighbours or _source(ctx, actor):
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
    fighting = any(
        ctx.doc.lex.fighting.search(ctx.text, t.start, t.end)
        for t in ctx.group
        if t.kind == "verb"
    )
    # another state of the clause is the adversary only where the forces fight
    others = opposed + (others if fighting else [])
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
    return [make(ctx, EventType.TROOP_DEPLOYMENT, roles, modality, date, place)]
