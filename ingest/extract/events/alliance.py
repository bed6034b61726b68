"""ALLIANCE: a treaty, defence pact, alliance or strategic partnership (parties).

Parties are the states of the clause (a noun keeps its relative clause: "the treaty
that Russia and North Korea signed"; capitals stand for their countries; "both
countries" / "kedua negara" resolved by coreference), else the countries of the
people who sign. The date is the signing date only: a date near a signing verb
("signed ... on June 19, 2024", "diteken ... pada Juni tahun lalu") or right after the
noun ("perjanjian pertahanan bersama tahun 2024"); a pact mentioned as in force gets
no date. A later pact noun of the clause with a signing clause of its own ("and
complements the treaty signed in 1951") is another alliance, of that date. Trade
deals, MoUs and peace declarations are excluded by the lexicon. Joining a military
alliance organisation (NATO, CSTO: "Finland joined NATO", "became NATO's 32nd
member", "bergabung dengan NATO") is an alliance of the joining state and it; an
infinitive ("Sweden's bid to join NATO") is not yet a fact.

This module must not import ``api``.
"""

from __future__ import annotations

from graph.model import EventType, Modality, Role
from ingest.extract import temporal
from ingest.extract.arguments import Ctx
from ingest.extract.candidate import Candidate
from ingest.extract.entities import Ent
from ingest.extract.events.base import make, state_of
from ingest.extract.triggers import Trigger

__all__ = ["build"]

_AFTER_NOUN = 25  # characters after the noun where its year may stand
_LEAD_SENTENCES = 3  # sentences that report the story's own news
_OWN_REACH = 30  # characters after a pact noun where its own signing verb may stand
_OWN_GAP = 2  # words between the noun and that verb ("yang diteken", "that was")
_OWN_DATE = 12  # characters between that verb and its date ("diteken pada 1951")
_JOIN_GAP = 3  # words between a joining verb and the alliance ("acceded to", "NATO's")
# military alliance organisations of the gazetteer one may join (not ASEAN, the EU
# or BRICS: joining those is no alliance)
_MILITARY_ALLIANCES = frozenset({"org:nato", "org:csto"})
_INFINITIVE = frozenset({"to", "untuk"})  # "bid to join", "upaya untuk bergabung"


def _parties(ctx: Ctx) -> list[Ent]:
    seen: dict[str, Ent] = {}
    actors = ctx.actors()
    states = [a for a in actors if a.is_state]
    source = states or [a for a in actors if a.is_person]
    for ent in source:
        state = state_of(ent)
        if state is not None and state.is_state and state.id not in seen:
            seen[state.id] = state
    return list(seen.values())


def _date(ctx: Ctx, modality: Modality) -> str | None:
    doc, sentence = ctx.doc, ctx.sentence
    signing = doc.lex.signing.finditer(doc.text, ctx.lo, ctx.hi)
    if signing:
        verb = signing[0]
        mentions = temporal.mentions_in(doc, sentence, ctx.lo, ctx.hi)
        found = temporal.nearest(mentions, verb.start())
        if found is not None:
            return temporal.value(doc, found, None)
        if modality is Modality.ASSERTED and ctx.same_day():
            return ctx.context_date()  # "later in the day": the narrated day
        mentions = temporal.mentions_in(doc, sentence, sentence.start, sentence.end)
        found = temporal.nearest(mentions, verb.start())
        if found is not None:
            return temporal.value(doc, found, None)
        if ctx.anchor is not None and ctx.anchor.date:
            return ctx.anchor.date
        if modality is Modality.ASSERTED and _in_lead(ctx) and not ctx.shifted():
            return ctx.context_date()  # signed at the occasion the lead reports
        return None
    end = ctx.end
    for mention in sentence.dates:
        if end <= mention.start <= end + _AFTER_NOUN:
            return mention.value
    return None


def _in_lead(ctx: Ctx) -> bool:
    """Whether the sentence is one of the story's first few (its news, not its
    background)."""
    return ctx.sentence.index < _LEAD_SENTENCES + _skipped(ctx)


def _skipped(ctx: Ctx) -> int:
    """Sentences before the story proper (captions, bylines): up to the dateline."""
    dateline = ctx.doc.dateline
    if dateline is None:
        return 0
    for sentence in ctx.doc.sentences:
        if sentence.start <= dateline.start < sentence.end:
            return sentence.index
    return 0


def _own_signing(ctx: Ctx, noun: Trigger) -> str | None:
    """The date of a pact's own signing clause right after its noun ("..., and
    complements the Mutual Defence Treaty signed in 1951", "Perjanjian Pertahanan
    Bersama yang diteken pada 1951"): another pact than the clause's first."""
    lex = ctx.doc.lex
    verbs = lex.signing.finditer(ctx.text, noun.end, min(ctx.hi, noun.end + _OWN_REACH))
    if not verbs:
        return None
    gap = [w.lower() for w in ctx.text[noun.end : verbs[0].start()].split()]
    if len(gap) > _OWN_GAP or (gap and gap[0] not in lex.relative_words):
        return None
    for mention in ctx.sentence.dates:
        if 0 <= mention.start - verbs[0].end() <= _OWN_DATE:
            return temporal.value(ctx.doc, mention, None)
    return None


def _other_pacts(
    ctx: Ctx, parties: list[Ent], modality: Modality, date: str | None
) -> list[Candidate]:
    """One more alliance per pact noun of the clause signed at another time."""
    nouns = [t for t in ctx.group if t.kind == "noun"]
    out: list[Candidate] = []
    for noun in nouns:
        own = _own_signing(ctx, noun)
        if own is None or own == date or modality is not Modality.ASSERTED:
            continue
        roles = [(p, Role.PARTY) for p in parties]
        out.append(make(ctx, EventType.ALLIANCE, roles, modality, own, None))
    return out


def _joining(ctx: Ctx) -> list[Candidate] | None:
    """ "Finland joined NATO", "Sweden acceded to NATO", "became NATO's 32nd
    member", "Finlandia resmi bergabung dengan NATO": the subject state and the
    military alliance organisation named right after the verb are parties. None
    when no joining verb of the group names one (no alliance of its own)."""
    for trig in ctx.group:
        if trig.kind != "verb":
            continue
        stop = ctx.text.find(",", trig.end, ctx.hi)
        stop = ctx.hi if stop == -1 else stop
        after = [
            e
            for e in ctx.sentence.ents
            if trig.start <= e.start
            and e.end <= stop
            and len(ctx.text[trig.end : e.start].split()) <= _JOIN_GAP
        ]
        org = next((e for e in after if e.id in _MILITARY_ALLIANCES), None)
        if org is None:
            continue
        joiner = state_of(ctx.subject())
        if joiner is None or not joiner.is_state:
            return []
        modality = ctx.modality()
        before = ctx.text[ctx.sentence.start : trig.start].lower().split()[-2:]
        if modality is Modality.ASSERTED and set(before) & _INFINITIVE:
            modality = Modality.SPECULATED  # "Sweden's bid to join NATO": not yet
        roles = [(joiner, Role.PARTY), (org, Role.PARTY)]
        date = ctx.event_date(modality)
        return [make(ctx, EventType.ALLIANCE, roles, modality, date, None)]
    return None


def build(ctx: Ctx) -> list[Candidate]:
    joined = _joining(ctx)
    if joined is not None:
        return joined
    if all(t.kind == "verb" for t in ctx.group):
        return []  # "joined the talks": no alliance
    parties = _parties(ctx)
    modality = ctx.modality()
    if not parties and not ctx.head.anaphoric:
        return []
    date = _date(ctx, modality)
    place = None
    if ctx.doc.lex.signing.search(ctx.text, ctx.lo, ctx.hi):
        # where it was signed; a pact only said to be in force has no place
        place = ctx.best_place(ctx.places()) or ctx.best_place(
            ctx.places(ctx.sentence.start, ctx.sentence.end)
        )
        if place is None and ctx.anchor is not None:
            place = ctx.anchor.place
        if place is None and date is not None and date == ctx.doc.story_date:
            place = ctx.doc.story_place
    name = next(
        (t.text for t in ctx.group if t.text.isupper() and len(t.text) > 2), None
    )
    return [
        make(
            ctx,
            EventType.ALLIANCE,
            [(p, Role.PARTY) for p in parties],
            modality,
            date,
            place,
            name=name,
        ),
        *_other_pacts(ctx, parties, modality, date),
    ]
