"""Whom a statement about an earlier act is addressed to.

"Retno condemned the attack", "Araghchi dismissed the decision", "menyebut penembakan
itu kejahatan perang": when the object right after the speech verb is a noun that
refers back and the clause names no foreign state or leader, the statement is
addressed to the foreign state or organisation that acted in the sentences just
before (states first, the nearest sentence first).

This module must not import ``api``.
"""

from __future__ import annotations

import re

from ingest.extract.arguments import Ctx
from ingest.extract.entities import Ent
from ingest.extract.events.base import state_of
from ingest.extract.locate import located

__all__ = ["antecedent_addressee"]

_OBJECT_WORDS = 3  # words after the verb where the referring noun's determiner stands
_BACK = 3  # sentences back where the actor of the act may be named


def _refers_back(ctx: Ctx) -> bool:
    """Whether the verb's object is a noun that refers back ("the decision",
    "serangan itu", "keputusan tersebut")."""
    lex = ctx.doc.lex
    if not any(lex.addressed.search(ctx.text, t.start, t.end) for t in ctx.group):
        return False  # "said the transfers were ...": content, not an object
    words = [
        w.strip("\"'\u201c\u201d,.").lower()
        for w in re.findall(r"\S+", ctx.text[ctx.head.end : ctx.hi])
    ][: _OBJECT_WORDS + (1 if lex.determiners_follow else 0)]
    if not words or words[0] in lex.complementizers:
        return False
    dets = {d.lower() for d in lex.data.determiners}
    if lex.determiners_follow:
        return any(w in dets for w in words[1:])
    return any(w in dets for w in words[:_OBJECT_WORDS])


def antecedent_addressee(ctx: Ctx, speaker: Ent) -> Ent | None:
    """The foreign actor of the act the statement's object refers back to."""
    if not _refers_back(ctx):
        return None
    index = ctx.sentence.index
    for sentence in reversed(ctx.doc.sentences[max(0, index - _BACK) : index]):
        found: list[Ent] = []
        for ent in sentence.ents:
            if ent.actor is None or ent.is_person or sentence.in_quote(ent.start):
                continue
            if located(ctx.doc, sentence, ent):
                continue
            state = state_of(ent)
            if state is None or state.id == speaker.country:
                continue
            if speaker.country is not None and state.country == speaker.country:
                continue
            found.append(state)
        states = [s for s in found if s.is_state] or found
        if states:
            return states[0]
    return None
