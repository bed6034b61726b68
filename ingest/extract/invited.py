"""Events that are only what someone is invited to do, and accepted invitations.

"Kim invited Putin to visit Pyongyang", "Erdogan mengundang Prabowo melakukan
kunjungan balasan ke Ankara", "akan mengundang Putin ke KTT G20": the visit, the
summit attendance is the content of the invitation, not an event of its own. It
becomes one (planned, or speculated when the acceptance is) once the invitation is
accepted, in the same sentence ("..., and Putin accepted") or in the next one
("Prabowo diperkirakan memenuhi undangan tersebut").

Content is what follows an invitation verb or noun in the same comma-free stretch,
up to a coordinator that opens a new predicate ("accepted the invitation and
visited Tokyo": the visit took place). Invitation-only candidates stay in the
history as referents ("the parade" later names the parade he was invited to) but are
never reported.

This module must not import ``api``.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from graph.model import EventType, Modality
from ingest.extract.modality import cue_modality

if TYPE_CHECKING:
    from ingest.extract.document import Doc, Sentence

__all__ = ["Invited", "invited"]

_CONTENT_WORDS = 8  # words between an invitation and what it invites to
_ACCEPT_REACH = 30  # characters before "invitation" where "accepted" may stand
_RANK = {
    Modality.ASSERTED: 0,
    Modality.PLANNED: 1,
    Modality.SPECULATED: 2,
    Modality.NEGATED: 3,
}


@dataclass(frozen=True, slots=True)
class Invited:
    """Whether a trigger is an invitation's content, and if accepted, how surely."""

    content: bool
    accepted: Modality | None = None


def _opens_predicate(doc: Doc, gap: str) -> bool:
    """Whether the stretch between an invitation and a trigger starts a predicate of
    its own: a comma, a clause break, or a coordinator followed by a lower-case word
    ("and visited")."""
    if "," in gap or ";" in gap or doc.lex.breaks.search(f" {gap} "):
        return True  # "... disampaikan Macron saat berkunjung": a new clause
    words = gap.split()
    return any(
        w.lower() in doc.lex.coordinators and nxt[:1].islower()
        for w, nxt in pairwise(words)
    )


def _invitation_before(doc: Doc, sentence: Sentence, start: int) -> int | None:
    """End of the invitation whose content the trigger at ``start`` is, if any."""
    lex = doc.lex
    found = [m.end() for m in lex.invited.finditer(doc.text, sentence.start, start)]
    for phrases in (lex.verbs[EventType.INVITATION], lex.nouns[EventType.INVITATION]):
        for match in phrases.finditer(doc.text, sentence.start, start):
            gap = doc.text[match.end() : start]
            # with the trigger's own word: "... and visited" opens a predicate
            space = doc.text.find(" ", start)
            upto = doc.text[match.end() : space if space != -1 else len(doc.text)]
            if len(gap.split()) <= _CONTENT_WORDS and not _opens_predicate(doc, upto):
                found.append(match.end())
    return max(found) if found else None


def _accepted_after(doc: Doc, sentence: Sentence, end: int) -> Modality | None:
    """The acceptance reported after the invitation: later in the sentence
    (planned), or in the next sentence next to an invitation noun ("memenuhi
    undangan tersebut"), as surely as that sentence says it."""
    lex = doc.lex
    if lex.accepted.search(doc.text, end, sentence.end):
        return Modality.PLANNED
    if sentence.index + 1 >= len(doc.sentences):
        return None
    nxt = doc.sentences[sentence.index + 1]
    nouns = lex.nouns[EventType.INVITATION]
    for match in lex.accepted.finditer(doc.text, nxt.start, nxt.end):
        if not nouns.search(doc.text, match.end(), match.end() + _ACCEPT_REACH):
            continue
        cued = cue_modality(lex, doc.text, nxt.start, match.start())
        return max(cued, Modality.PLANNED, key=_RANK.__getitem__)
    return None


def invited(doc: Doc, sentence: Sentence, start: int) -> Invited:
    """Whether the trigger at ``start`` is only invited (see the module docstring)."""
    end = _invitation_before(doc, sentence, start)
    if end is None:
        return Invited(content=False)
    before = doc.text[max(sentence.start, end - 60) : end]
    if doc.lex.accepted.search(before):  # "accepted an invitation to visit"
        return Invited(content=True, accepted=Modality.PLANNED)
    return Invited(content=True, accepted=_accepted_after(doc, sentence, end))
