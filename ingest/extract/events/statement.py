"""STATEMENT: a notable statement by an official about or to a foreign state or leader.

Speech verbs come from the lexicon; "addressed" ones (told, praised, thanked, warned,
urged, memuji, berterima kasih...) take the addressee as object or after "to" /
"kepada". Roles:

- speaker: the person after an inverted verb ("kata Kim", "said Putin"), else the
  subject of the verb; a state or organisation may speak too (declarations); the
  person (or state) of a fronted source phrase ("According to Maria Zakharova, ...",
  "Menurut Sugiono, ...") when the clause reports no one else's speech or event;
- addressee: the verb's object or the actor after "to" / "kepada"; else, when the
  speaker is in talks reported just before, the counterpart (a country named as
  addressee that is the counterpart's country becomes the counterpart too, "thanked
  Pyongyang" in a Putin-Kim meeting); else the first foreign state or leader the
  sentence names after the verb. Nothing foreign, no statement.

Utterances that are themselves another event of the same sentence (an invitation, a
visit, a deployment or sanction announcement) are left to that event by the
extractor. Places are dropped for interviews and social media posts.

This module must not import ``api``.
"""

from __future__ import annotations

from graph.model import DIRECTED_AGENT_ROLES, EventType, Modality, Role
from ingest.extract import temporal
from ingest.extract.arguments import Ctx
from ingest.extract.candidate import Candidate
from ingest.extract.document import Doc
from ingest.extract.entities import Ent
from ingest.extract.events.base import make, state_of
from ingest.extract.events.statement_addressee import antecedent_addressee
from ingest.extract.events.statement_place import statement_place, to_the_press
from ingest.extract.events.statement_speaker import (
    body_speaks,
    is_source_phrase,
    speaker_of,
)
from ingest.extract.merge import valid

__all__ = ["build", "restates"]

_OBJECT_GAP = 1  # words between an addressed verb and its object ("mengecam agresi X")


def _occasion(ctx: Ctx, speaker: Ent) -> tuple[Ent | None, Candidate | None, bool]:
    """The counterpart of the speaker in the talks this statement belongs to, the
    talks, and whether they are current (anchored, or reported in this sentence,
    the one before or the same paragraph): the anchored meeting, else the latest
    asserted meeting of the speaker whose date agrees with the sentence's."""
    explicit = ctx.explicit_date(before_only=True)
    meetings = [ctx.anchor] if ctx.anchor is not None else []
    meetings += [
        c
        for c in reversed(ctx.history.items)
        if c.type is EventType.MEETING and c.modality is Modality.ASSERTED
    ]
    for cand in meetings:
        if cand is None or cand.type is not EventType.MEETING:
            continue
        if not temporal.compatible(explicit, cand.date):
            continue
        if explicit is None and not (
            ctx.story_time(cand.date) or ctx.within_days(cand.date)
        ):
            continue  # an undated remark belongs to the story's time, not to the
            # talks of a month ago
        people = [e for e, _ in cand.roles if e.is_person]
        if speaker.id in {p.id for p in people}:
            others = [p for p in people if p.id != speaker.id]
            if len(others) == 1:
                last = max(cand.sentences)
                paragraph = ctx.doc.sentences[last].paragraph
                current = (
                    cand is ctx.anchor
                    or ctx.sentence.index - last <= 1
                    or paragraph == ctx.sentence.paragraph
                    or (cand.date is not None and cand.date == ctx.doc.story_date)
                )
                return others[0], cand, current
    return None, None, False


def _foreign(ent: Ent, speaker: Ent) -> bool:
    return ent.id != speaker.id and (
        speaker.country is None or ent.country != speaker.country
    )


def _addressee(ctx: Ctx, speaker: Ent) -> Ent | None:
    """The object of an addressed verb (also inside "singled Spain out"), or the
    actor after "to" / "kepada"."""
    lex = ctx.doc.lex
    inside = [
        e
        for e in ctx.sentence.ents
        if e.actor is not None and ctx.start < e.start and e.end < ctx.end
    ]
    addressed = any(lex.addressed.search(ctx.text, t.start, t.end) for t in ctx.group)
    after = [a for a in ctx.actors(ctx.end, ctx.sentence.end) if a.id != speaker.id]
    if addressed:
        # a verb's own object first ("mendesak negara-negara anggota bersatu membela
        # rakyat Palestina dan mengecam agresi Israel": Israel)
        for trig in ctx.group:
            if not lex.addressed.search(ctx.text, trig.start, trig.end):
                continue
            for ent in ctx.actors(trig.end, ctx.hi):
                gap = ctx.text[trig.end : ent.start]
                near = len(gap.split()) <= _OBJECT_GAP and "," not in gap
                if near and _foreign(ent, speaker):
                    return ent
                break
        for ent in inside + after:
            if ent.start <= ctx.hi and _foreign(ent, speaker):
                return ent
    for ent in after:
        if ctx.marker(ent) == "addressee" and _foreign(ent, speaker):
            return ent
    return None


def _as_counterpart(ent: Ent | None, counterpart: Ent | None) -> Ent | None:
    """A state named as addressee that is the counterpart's country is the
    counterpart ("thanked Pyongyang" in talks with Kim)."""
    if ent is None or counterpart is None or ent.is_person:
        return ent
    state = state_of(ent)
    return counterpart if state is not None and state.id == counterpart.country else ent


def build(ctx: Ctx) -> list[Candidate]:
    head = ctx.text[ctx.lo : ctx.lo + 12].lower().split()
    if head and head[0].strip(",") in ctx.doc.lex.concessive:
        return []  # "..., despite having said ...": background, not the news
    speaker = speaker_of(ctx)
    source = is_source_phrase(ctx)  # "According to X, ...": X is named as a source
    if speaker is None or (ctx.mentioned_only(speaker) and not source):
        return []
    addressed = any(
        ctx.doc.lex.addressed.search(ctx.text, t.start, t.end) for t in ctx.group
    )
    if (
        not speaker.is_person
        and not addressed
        and not source
        and not body_speaks(ctx, speaker)
    ):
        return []  # "the Pentagon said ...": a source, not a statement to anyone
    if ctx.modality() is not Modality.ASSERTED:
        return []  # a speech act is reported as made, or it is no statement
    modality = Modality.ASSERTED
    counterpart, talks, current = _occasion(ctx, speaker)
    addressee = _addressee(ctx, speaker)
    if addressee is None:  # the first foreign state or leader the content names
        addressee = next(
            (
                a
                for a in ctx.actors(ctx.end, ctx.sentence.end)
                if _foreign(a, speaker) and (a.is_person or a.is_state)
            ),
            None,
        )
    if addressee is None and source:
        return []  # "Menurut Trump, pertemuan itu dapat digelar ...": about nobody
    if not to_the_press(ctx):  # "told reporters that ... China's": about China
        addressee = _as_counterpart(addressee, counterpart)
    if addressee is None and current:
        addressee = counterpart
    if addressee is None:  # "condemned the attack": whoever attacked
        addressee = antecedent_addressee(ctx, speaker)
    if addressee is None:
        return []
    if not addressee.is_person:
        addressee = state_of(addressee) or addressee
    if talks is not None and not current:
        talks = None
    date = ctx.explicit_date(before_only=True)
    if date is None and talks is not None:
        date = talks.date
    if date is None:
        date = ctx.context_date()
    return [
        make(
            ctx,
            EventType.STATEMENT,
            [(speaker, Role.SPEAKER), (addressee, Role.ADDRESSEE)],
            modality,
            date,
            statement_place(ctx, speaker, talks, date),
        )
    ]


def _agents(found: list[Candidate]) -> set[str]:
    """Actors (and their countries) who act in the sentence's other events."""
    agents: set[str] = set()
    for cand in found:
        if cand.type in (EventType.STATEMENT, EventType.PARADE):
            continue
        if cand.type is EventType.MEETING:
            if cand.modality is not Modality.ASSERTED:  # an announced meeting
                for ent, _ in cand.roles:
                    agents.add(ent.id)
                    agents.add(ent.country or "")
            continue
        role = DIRECTED_AGENT_ROLES.get(cand.type)
        for ent in cand.holders(role) if role else []:
            agents.add(ent.id)
    return agents


def _second_predicate(doc: Doc, start: int, end: int) -> bool:
    """Whether a coordinator followed by a verb-like word stands between the speech
    verb and another trigger (and no complementizer: "said that ... and invited")."""
    words = doc.text[start:end].lower().split()
    lex = doc.lex
    if (
        len(words) >= 3
        and words[-1] in lex.pronoun_words
        and words[-2] in lex.coordinators
        and words[-3].endswith(",")
    ):
        return True  # "told X that ..., and he invited him": a clause of its own
    if any(w.strip(",") in lex.complementizers for w in words):
        return False
    return bool(words) and words[-1] in lex.coordinators


def restates(doc: Doc, cand: Candidate, found: list[Candidate]) -> bool:
    """A statement that is itself another event of the same sentence (an
    invitation, an announced visit, meeting, deployment or sanction), or that only
    reports one ("Lavrov said that Putin's invitation remained valid": a plain
    speech verb whose content states another event)."""
    if cand.type is not EventType.STATEMENT:
        return False
    verb = cand.trigger
    # only what the statement says counts: events stated after the speech verb,
    # not those of a second predicate ("praised Malaysia and invited Anwar")
    others = [
        c
        for c in found
        if c is not cand
        # a verb that found no event ("menyambut hangat Indonesia": no meeting
        # with one person) reports none; a noun names one ("the Budapest meeting")
        and (valid(c) or c.trigger.kind != "verb")
        and c.trigger.start > verb.end
        and not _second_predicate(doc, verb.end, c.trigger.start)
    ]
    speaker = cand.holders(Role.SPEAKER)
    agents = _agents(others)
    if speaker and (speaker[0].id in agents or (speaker[0].country or "") in agents):
        return True
    if doc.lex.addressed.search(doc.text, verb.start, verb.end):
        return False  # thanks, praise, warnings stand on their own
    return any(
        o.type is not EventType.STATEMENT
        and not o.anaphoric  # "called the agreement historic" praises, not reports
        and o.trigger.kind != "weak"
        for o in others
    )
