"""Modality: asserted, planned, speculated or negated, from cues around a trigger.

Rules (cue phrases are per language, in the lexicon's ``modality`` section):

- cues count inside the trigger's clause, in the few words before it; for nouns also
  in the words after it up to the next comma ("a visit could take place", "pertemuan
  itu dapat digelar");
- a phrase that merely contains a cue word ("not only", "tidak hanya") is no cue, and
  a cue that overlaps the trigger itself is ignored;
- several cues: negated beats speculated beats planned ("will not attend" is
  negated, "is expected to meet ... will" speculated);
- a clause that only continues the one before it ("before travelling to Japan",
  "untuk bertemu Trump") takes that clause's modality when it has no cue of its own;
- in a sentence that reports a cancellation ("called off", "membatalkan") or a changed
  plan ("originally", "semula"), a planned event is negated;
- absence verbs ("skipped", "absen") are negated by themselves;
- an event dated after publication is at least planned (see ``temporal.is_future``).

This module must not import ``api``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.model import Modality
from ingest.extract.clauses import breaks

if TYPE_CHECKING:
    from ingest.extract.document import Doc, Sentence
    from ingest.extract.lexicon import Lexicon, PhraseSet

__all__ = ["cue_modality", "modality_at", "sentence_cancels"]

_BEFORE_WORDS = 10
_AFTER_WORDS = 8
_RANK = {
    Modality.ASSERTED: 0,
    Modality.PLANNED: 1,
    Modality.SPECULATED: 2,
    Modality.NEGATED: 3,
}
_WORD = re.compile(r"\S+")


def _window_start(text: str, lo: int, pos: int, words: int) -> int:
    found = list(_WORD.finditer(text, lo, pos))
    return found[-words].start() if len(found) >= words else lo


def _window_end(text: str, pos: int, hi: int, words: int) -> int:
    comma = text.find(",", pos, hi)
    hi = comma if comma != -1 else hi
    found = list(_WORD.finditer(text, pos, hi))
    return found[words - 1].end() if len(found) >= words else hi


def _hits(
    cues: PhraseSet,
    text: str,
    start: int,
    end: int,
    skip: list[tuple[int, int]],
) -> bool:
    return any(
        not any(m.start() < b and a < m.end() for a, b in skip)
        for m in cues.finditer(text, start, end)
    )


def cue_modality(
    lex: Lexicon,
    text: str,
    start: int,
    end: int,
    skip: list[tuple[int, int]] | None = None,
) -> Modality:
    """The strongest modality cued in ``text[start:end]`` (asserted if none)."""
    avoid = list(skip or [])
    avoid += [m.span() for m in lex.neutral.finditer(text, start, end)]
    for cues, found in (
        (lex.negated, Modality.NEGATED),
        (lex.speculated, Modality.SPECULATED),
        (lex.planned, Modality.PLANNED),
    ):
        if _hits(cues, text, start, end, avoid):
            return found
    return Modality.ASSERTED


def sentence_cancels(doc: Doc, sentence: Sentence) -> bool:
    """Whether the sentence reports a cancelled or changed plan."""
    lex = doc.lex
    span = (sentence.start, sentence.end)
    return lex.cancelled.search(doc.text, *span) or lex.superseded.search(
        doc.text, *span
    )


def _continues(lex: Lexicon, text: str, lo: int) -> bool:
    """Whether a clause starting at ``lo`` only continues the previous one."""
    head = text[lo : lo + 20].lower().split()
    return bool(head) and head[0].strip(",") in lex.dependent


def modality_at(
    doc: Doc,
    sentence: Sentence,
    lo: int,
    hi: int,
    start: int,
    end: int,
    *,
    noun: bool,
    absent: bool = False,
) -> Modality:
    """Modality of the trigger at ``start:end`` in the clause ``lo:hi``."""
    text, lex = doc.text, doc.lex
    skip = [(start, end)]
    before = _window_start(text, lo, start, _BEFORE_WORDS)
    found = cue_modality(lex, text, before, start, skip)
    if noun:
        after = cue_modality(lex, text, end, _window_end(text, end, hi, _AFTER_WORDS), skip)
        found = max(found, after, key=_RANK.__getitem__)
    if found is Modality.ASSERTED and lo > sentence.start and _continues(lex, text, lo):
        cuts = [c for c in breaks(doc, sentence) if c < lo]
        previous = cuts[-1] if cuts else sentence.start
        found = cue_modality(lex, text, previous, lo)
    if absent:
        found = Modality.NEGATED
    if found is Modality.PLANNED and sentence_cancels(doc, sentence):
        found = Modality.NEGATED
    return found
