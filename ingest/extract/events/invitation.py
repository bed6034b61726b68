"""INVITATION: one actor invites another to visit or attend (inviter, invitee).

- A verb: the inviter is the subject of an active verb ("He invited Xi", "Kim
  mengundangnya"), the agent of a passive one ("invited by", "diundang oleh",
  "tidak diundang Gedung Putih"); the invitee is the object (the "-nya" of
  "mengundangnya") or the passive's subject ("Zelensky tidak diundang").
- A noun ("invitation", "undangan", "ajakan"): the inviter is its possessor
  ("Putin's invitation"), the actor after "from" / "dari" / "by", a bare Indonesian
  passive agent ("disampaikan Macron") or the subject of a giving verb ("ia
  melontarkan ajakan"); the invitee follows "for" / "to" / "kepada", or is the
  subject of a receiving verb ("accepted an invitation", "mendapat undangan").
- An unnamed inviter is the country the invitation is to ("accepted an invitation to
  visit China" -> China); an unnamed invitee is the person the story is about.

The place is where the invitee is invited to: a destination after the trigger in the
clause ("to visit Pyongyang", "ke Anchorage", "the summit India will host"), else a
place named earlier in the sentence ("skipped the G7 in Kananaskis despite an
invitation"), else the inviter's seat ("the Kremlin could invite" -> Moscow), else
the occasion's place. The date is when the invitation was made (what follows the
trigger is the invited event's time).

This module must not import ``api``.
"""

from __future__ import annotations

from graph.model import EventType, Modality, Place, Role
from ingest.extract.anaphora import referent
from ingest.extract.arguments import Ctx
from ingest.extract.candidate import Candidate
from ingest.extract.clauses import scope
from ingest.extract.coref import pronoun_referent
from ingest.extract.entities import Ent, city_level
from ingest.extract.events.base import country_ent, make
from ingest.extract.modality import cue_modality

__all__ = ["build"]

_POSSESSIVE = ("'s", "\u2019s")
_SHORTEST_PASSIVE = 4  # "di" + a stem: longer than the preposition "di"/"dia"
_PASSIVE_EN = frozenset({"was", "were", "been", "be", "is", "are", "being"})
_REFERS_BACK = 2  # sentences back "the invitation" may refer to
_DETERMINER_REACH = 30  # characters after a noun where "tersebut" may stand


def _passive(ctx: Ctx) -> bool:
    word = ctx.head.text.lower()
    if ctx.doc.lex.lang == "id":
        return word.startswith("di")
    # "was not invited", "has been invited"; not "has not invited"
    return word.endswith("ed") and bool(
        set(ctx.words_before(ctx.head.start, 3)) & _PASSIVE_EN
    )


def _agent(ctx: Ctx) -> Ent | None:
    """The actor after "by" / "oleh" / "from" / "dari", or right after an Indonesian
    passive verb ("diundang Gedung Putih", "disampaikan Macron")."""
    for ent in ctx.actors(ctx.end, ctx.hi):
        if ctx.marker(ent) in ("by", "from"):
            return ent
        words = ctx.text[ctx.sentence.start : ent.start].split()
        if (
            ctx.doc.lex.lang == "id"
            and words
            and words[-1].lower().startswith("di")
            and len(words[-1]) > _SHORTEST_PASSIVE
        ):
            return ent
    return None


def _story_person(ctx: Ctx, than: Ent | None) -> Ent | None:
    """The first person of the story's lead, else the latest person named."""
    for sentence in ctx.doc.sentences:
        people = [e for e in sentence.ents if e.is_person]
        if people:
            lead = people[0]
            if than is None or lead.id != than.id:
                return lead
            break
    for sentence in reversed(ctx.doc.sentences[: ctx.sentence.index + 1]):
        for ent in reversed(sentence.ents):
            if sentence is ctx.sentence and ent.start >= ctx.start:
                continue
            if ent.is_person and (than is None or ent.id != than.id):
                return ent
    return None


def _verb_roles(ctx: Ctx) -> tuple[Ent | None, Ent | None]:
    if _passive(ctx):
        return _agent(ctx), ctx.subject()
    inviter = ctx.subject()
    if ctx.head.text.lower().endswith("nya"):
        invitee = pronoun_referent(ctx.doc, ctx.sentence, ctx.head.start)
        if invitee is not None and inviter is not None and invitee.id == inviter.id:
            invitee = None
        return inviter, invitee
    following = [
        a for a in ctx.actors(ctx.start + 1, ctx.hi) if a.is_person or a.is_state
    ]
    return inviter, (following[0] if following else None)


def _noun_roles(ctx: Ctx) -> tuple[Ent | None, Ent | None]:
    lex = ctx.doc.lex
    inviter = _agent(ctx)
    noun = ctx.head
    for ent in ctx.actors(ctx.lo, noun.start):
        gap = ctx.text[ent.end : noun.start]
        if gap.startswith(_POSSESSIVE) and len(gap.split()) <= 2:
            inviter = ent  # "Putin's invitation"
    if ctx.doc.lex.determiners_follow:  # "undangan Prabowo untuk ...": possessor after
        for ent in ctx.actors(noun.end, ctx.hi):
            if not ctx.text[noun.end : ent.start].split():
                inviter = ent
            break
    for ent in ctx.actors(noun.end, ctx.hi):  # "the invitation of / from Xi"
        one_word = len(ctx.text[noun.end : ent.start].split()) == 1
        if one_word and ctx.marker(ent) in ("of", "from"):
            inviter = ent
        break
    fronted = not ctx.actors(ctx.sentence.start, noun.start)
    comma = ctx.text.find(",", noun.end, ctx.sentence.end)
    if fronted and inviter is not None and comma >= inviter.end:
        # "At the invitation of Xi, Anwar will ...": the invitee is the subject
        after = [e for e in ctx.sentence.ents if e.start > comma and e.actor]
        subject = after[0] if after else None
        if subject is not None and subject.is_person:
            return inviter, subject
    invitee = next(
        (
            a
            for a in ctx.actors(ctx.end, ctx.hi)
            if ctx.marker(a) in ("for", "to", "addressee")
            and (inviter is None or a.id != inviter.id)
        ),
        None,
    )
    subject = ctx.subject()
    if subject is not None:
        before = ctx.text[subject.end : noun.start]
        if lex.receiving.search(before):
            invitee = invitee or subject
        elif inviter is None and (invitee is None or invitee.id != subject.id):
            inviter = subject
    return inviter, invitee


def _place(ctx: Ctx, inviter: Ent | None, invitee: Ent | None) -> Place | None:
    after = ctx.places(ctx.end, ctx.sentence.end)
    after = [p for p in after if p.end <= ctx.hi or ctx.sentence.in_quote(p.start)]
    if after:
        return ctx.city(after[0].place)
    if inviter is not None and inviter.is_capital:
        return city_level(inviter.place)  # "the Kremlin could invite" -> Moscow
    _, hi = scope(ctx.doc, ctx.sentence, ctx.head.start, ctx.head.end, relative=False)
    hosts = [
        a
        for a in ctx.actors(ctx.end, hi)
        if a.is_state
        and a.via != "pair"
        and a.place is not None
        and all(a.id != b.id for b in (inviter, invitee) if b is not None)
    ]
    if hosts:  # "the summit that India will host"
        return ctx.city(hosts[0].place)
    named = _event_named(ctx)
    if named is not None and named.place is not None:
        return named.place  # "untuk hadir dalam KTT tersebut": that summit's place
    earlier = ctx.places(ctx.sentence.start, ctx.lo)
    return ctx.best_place(earlier) if earlier else None


def _event_named(ctx: Ctx) -> Candidate | None:
    """The event an invitation invites to when the text names it by a noun that
    refers back ("to attend the summit", "hadir dalam KTT tersebut")."""
    lex = ctx.doc.lex
    for type_ in (EventType.MEETING, EventType.PARADE):
        for match in lex.nouns[type_].finditer(ctx.text, ctx.end, ctx.hi):
            if lex.determiners_follow:
                after = ctx.text[match.end() : match.end() + _DETERMINER_REACH]
                refers = lex.determiners.search(after.split(",")[0])
            else:
                before = ctx.text[max(ctx.lo, match.start() - 12) : match.start()]
                refers = lex.determiners.search(" ".join(before.split()[-1:]))
            if not refers:
                continue
            words = match.group().lower().split()
            noun = words[-1] if lex.lang == "en" else words[0]
            return referent(ctx.history, type_, noun, ctx.sentence.index)
    return None


def _bare_participle(ctx: Ctx) -> bool:
    """An active verb form with neither object nor auxiliary, right before a
    punctuation mark ("one of four partners invited, skipped the summit"): it
    describes someone, it reports no invitation."""
    after = ctx.text[ctx.head.end : ctx.head.end + 2].lstrip()
    bare = after[:1] in (",", ";", ".")
    return bare and ctx.head.kind == "verb" and not _passive(ctx)


def build(ctx: Ctx) -> list[Candidate]:
    if _bare_participle(ctx):
        return []
    if ctx.head.kind == "noun":
        inviter, invitee = _noun_roles(ctx)
    else:
        inviter, invitee = _verb_roles(ctx)
    if ctx.head.anaphoric and (inviter is None or invitee is None):
        # "menerima undangan tersebut": the invitation reported just before
        ref = ctx.history.last(
            EventType.INVITATION, before=ctx.sentence.index + 1, within=_REFERS_BACK
        )
        if ref is not None:
            inviter = inviter or next(iter(ref.holders(Role.INVITER)), None)
            invitee = invitee or next(iter(ref.holders(Role.INVITEE)), None)
    place = _place(ctx, inviter, invitee)
    if inviter is None and place is not None:
        inviter = country_ent(place.country or place.id)
    if invitee is None:
        invitee = _story_person(ctx, inviter)
    if inviter is None or invitee is None or inviter.id == invitee.id:
        return []
    modality = ctx.modality()
    receiving = ctx.doc.lex.receiving.finditer(ctx.text, ctx.lo, ctx.start)
    if ctx.head.kind == "noun" and receiving:
        # "siap memenuhi undangan X": the cues are about accepting, not about
        # whether the invitation was made
        modality = cue_modality(ctx.doc.lex, ctx.text, receiving[-1].end(), ctx.start)
    date = ctx.explicit_date(modality, before_only=True)
    if date is None and ctx.anchor is not None:
        date = ctx.anchor.date
    if date is None:
        date = ctx.stay_date()  # "Saat di Kyiv, Jokowi juga mengundang ..."
    if date is None and modality is Modality.ASSERTED:
        date = ctx.context_date()
    if place is None:  # the story's occasion, whenever the invitation was made
        place = ctx.anchor.place if ctx.anchor is not None else ctx.doc.story_place
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
