"""Who makes a statement.

The person after an inverted verb following a quote ('..., said Putin', '"...," kata
Kim'), else the clause's subject: a person, unless only an unnamed source reports
about them ("Biden has ordered troops to Poland, the Pentagon said"), else a state or
organisation. A state or bloc may speak through a body that leads its clause
("Ukraine's foreign ministry said that ...", "Kementerian Luar Negeri Rusia
menyatakan"), not through one tagged on as a source.

This module must not import ``api``.
"""

from __future__ import annotations

import re

from ingest.extract.arguments import Ctx
from ingest.extract.entities import Ent

__all__ = ["body_speaks", "is_source_phrase", "speaker_of"]

_INVERTED_GAP = 2  # words between an inverted speech verb and its speaker
_CLOSING_QUOTES = ('"', "\u201d", "\u2019", "'")
_BODY_REACH = 40  # characters before a state where the body it speaks through stands
_BODY_GAP = 6  # words between that state and the speech verb
_SAID_WORDS = 4  # words after the verb that make it a statement, not a source tag
_SOURCE_WORDS = 6  # words of a fronted source phrase ("According to ... Zakharova,")


def is_source_phrase(ctx: Ctx) -> bool:
    """Whether the trigger is a source phrase ("according to", "menurut")."""
    lex = ctx.doc.lex
    return all(lex.attributions.search(ctx.text, t.start, t.end) for t in ctx.group)


def _fronted_source(ctx: Ctx) -> Ent | None:
    """ "According to Maria Zakharova, Moscow will ...", "Menurut Sugiono, ...": the
    person or state that ends a source phrase opening the sentence and closed by a
    comma; not "according to a source", "according to Russian officials" or a
    source tagged on after the clause ("..., according to X"); a state only when
    named right after the phrase ("menurut media pemerintah Tiongkok" is media)."""
    head = ctx.head
    if ctx.text[ctx.sentence.start : head.start].strip(" \"'\u201c"):
        return None
    comma = ctx.text.find(",", head.end, ctx.sentence.end)
    if comma == -1 or len(ctx.text[head.end : comma].split()) > _SOURCE_WORDS:
        return None
    speech = ctx.doc.lex.speech.finditer(ctx.text, comma, ctx.sentence.end)
    if any(
        not ctx.doc.lex.attributions.search(ctx.text, m.start(), m.end())
        for m in speech
    ):
        return None  # "According to X, Lavrov told Blinken ...": Lavrov speaks
    named = [
        e
        for e in ctx.sentence.ents
        if e.actor is not None and head.end <= e.start and e.end <= comma
    ]
    if not named or ctx.text[named[-1].end : comma].strip():
        return None
    last = named[-1]
    if last.is_state and ctx.text[head.end : last.start].strip():
        return None  # "menurut media pemerintah Tiongkok": the state's media
    return last if last.is_person or last.is_state else None


def speaker_of(ctx: Ctx) -> Ent | None:
    """The person after an inverted verb ('..., said Putin', '"...," kata Kim'), else
    the nearest person before the verb, else a state or organisation there."""
    lex = ctx.doc.lex
    if is_source_phrase(ctx):
        return _fronted_source(ctx)
    for trig in ctx.group:
        if not lex.inverted.search(ctx.text, trig.start, trig.end):
            continue
        before = ctx.text[ctx.sentence.start : trig.start].rstrip().rstrip(",")
        if not before.endswith(_CLOSING_QUOTES):
            continue  # "X, an analyst, said ...": the speaker is X, not what follows
        for ent in ctx.actors(trig.end, ctx.sentence.end):
            gap = ctx.text[trig.end : ent.start].split()
            if len(gap) <= _INVERTED_GAP:
                return ent
            break
    subject = ctx.subject()
    person = ctx.subject(people=True)
    if (
        subject is not None
        and (subject.is_state or subject.is_org)
        and subject.start >= ctx.lo
        and (person is None or person.start < ctx.lo)
    ):
        return subject  # "..., and the Kremlin said": the clause's own speaker
    if person is not None:
        return None if _unnamed_source(ctx, person) else person
    if subject is not None and (subject.is_state or subject.is_org):
        return subject
    return None


def _unnamed_source(ctx: Ctx, person: Ent) -> bool:
    """ "Biden has ordered troops to Poland, the Pentagon said": the speaker is the
    unnamed source after the comma, not the person the report is about."""
    comma = ctx.text.rfind(",", ctx.lo, ctx.start)
    if comma == -1 or person.start > comma:
        return False
    stretch = ctx.text[comma + 1 : ctx.start]
    # "..., the Pentagon said", "..., Russian state media said": no person
    return bool(stretch.split()) and not ctx.actors(comma + 1, ctx.start, people=True)


def body_speaks(ctx: Ctx, speaker: Ent) -> bool:
    """A state or bloc that speaks through a body leading the clause ("Ukraine's
    foreign ministry said on Tuesday that ...", "A European Union spokesperson
    said", "Kementerian Luar Negeri Rusia menyatakan ..."), with something said
    after the verb: not a source tagged on at the end ("..., the ministry said")."""
    if speaker.start < ctx.lo or speaker.end > ctx.start:
        return False
    lo = max(ctx.lo, speaker.start - _BODY_REACH)
    if not ctx.doc.lex.bodies.search(ctx.text, lo, ctx.start):
        return False
    if len(ctx.text[speaker.end : ctx.start].split()) > _BODY_GAP:
        return False
    said = re.split(r"[,.;]", ctx.text[ctx.head.end : ctx.sentence.end], maxsplit=1)
    return len(said[0].split()) >= _SAID_WORDS  # not "..., the ministry said on
    # Tuesday, the clearest confirmation yet": what was said stands before it
