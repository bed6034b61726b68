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
from itertools import pairwise
from typing import TYPE_CHECKING

from graph.model import Modality
from ingest.extract.clauses import breaks

if TYPE_CHECKING:
    from ingest.extract.document import Doc, Sentence
    from ingest.extract.lexicon import Lexicon, PhraseSet

__all__ = ["cue_modality", "modality_at", "only_an_opportunity", "sentence_cancels"]

_BEFORE_WORDS = 16
_NEUTRAL_BACK = 40  # characters before a window where a neutral phrase may begin
_TAIL_WORDS = 7  # words of a source after the last comma ("..., media claimed")
_AFTER_WORDS = 8
#: ... and for a noun that leads its clause ("Talks between Joe Biden and Xi Jinping
#: in San Francisco remain possible"): names are long
_LEADING_AFTER_WORDS = 14
_RANK = {
    Modality.ASSERTED: 0,
    Modality.PLANNED: 1,
    Modality.SPECULATED: 2,
    Modality.NEGATED: 3,
}
_WORD = re.compile(r"\S+")
#: Lower-case words of a date phrase set off by commas ("Minggu sore").
_TIME_WORDS = frozenset(
    {"pagi", "siang", "sore", "malam", "morning", "afternoon", "evening", "night"}
)


def _window_start(
    text: str, lo: int, pos: int, words: int, lex: Lexicon | None = None
) -> int:
    """Start of the cue window before ``pos``: at most ``words`` words, and not
    across a comma ("Asked whether Kim might travel, Lavrov said that Putin's
    invitation..." leaves "might" out of the invitation's window). With ``lex``, a
    stretch that only continues the one before it ("..., untuk meneken ...", ", to
    sign ...") looks across its comma, over names and dates set off by commas
    ("bertolak ke Hanoi, Vietnam, Minggu sore, untuk meneken"), into the stretch
    that governs it."""
    found = list(_WORD.finditer(text, lo, pos))
    start = found[-words].start() if len(found) >= words else lo
    comma = text.rfind(",", start, pos)
    if comma == -1:
        return start
    if lex is None or not _continues(lex, text, comma + 1):
        return comma + 1
    edge = comma
    while True:
        previous = text.rfind(",", lo, edge)
        stretch = text[previous + 1 if previous != -1 else lo : edge]
        if previous == -1 or not _apposed(stretch):
            break
        edge = previous
    governing = list(_WORD.finditer(text, lo, edge))
    return governing[-words].start() if len(governing) >= words else lo


def _apposed(stretch: str) -> bool:
    """A stretch of names and dates only (", Vietnam,", ", Minggu sore (10/9),")."""
    tokens = [t.strip("()") for t in stretch.split()]
    return bool(tokens) and all(
        not t or t[:1].isupper() or t[:1].isdigit() or t.lower() in _TIME_WORDS
        for t in tokens
    )


def _window_end(
    text: str, pos: int, hi: int, words: int, lex: Lexicon | None = None
) -> int:
    """End of the cue window after a noun: at most ``words`` words, not across a
    comma nor, with ``lex``, into a second predicate ("called the pact a
    breakthrough and accused Washington ...")."""
    comma = text.find(",", pos, hi)
    hi = comma if comma != -1 else hi
    found = list(_WORD.finditer(text, pos, hi))
    if lex is not None:
        for word, nxt in pairwise(found):
            low = nxt.group().lower()
            if (
                word.group().lower() in lex.coordinators
                and nxt.group()[:1].islower()
                and low not in lex.indefinite
                and low not in lex.possessives
                and not lex.determiners.search(low)
            ):
                found = [w for w in found if w.start() < word.start()]
                hi = word.start()
                break
    return found[words - 1].end() if len(found) >= words else hi


def cue_modality(
    lex: Lexicon,
    text: str,
    start: int,
    end: int,
    trigger: tuple[int, int] | None = None,
    dates: list[tuple[int, int]] | None = None,
    *,
    ignore: PhraseSet | None = None,
    own_cue: bool = True,
) -> Modality:
    """The strongest modality cued in ``text[start:end]`` (asserted if none).

    Cue phrases of every class compete: a longer one hides the shorter ones inside
    it ("belum ada kepastian" is speculation, not the negation "belum"); neutral
    phrases ("not only") hide their cue words. A cue that overlaps the trigger is
    ignored unless it is the trigger itself ("flies to" is both a visit and a plan).
    """
    found: list[tuple[int, int, Modality | None]] = [
        # a neutral phrase that begins before the window still hides its cue
        (*m.span(), None)
        for m in lex.neutral.finditer(text, max(0, start - _NEUTRAL_BACK), end)
        if m.end() > start
    ]
    found += [(a, b, None) for a, b in dates or () if a < end and start < b]
    if ignore is not None:
        found += [(*m.span(), None) for m in ignore.finditer(text, start, end)]
    for cues, kind in (
        (lex.negated, Modality.NEGATED),
        (lex.speculated, Modality.SPECULATED),
        (lex.planned, Modality.PLANNED),
    ):
        found += [(*m.span(), kind) for m in cues.finditer(text, start, end)]
    kept: list[tuple[int, int, Modality | None]] = []
    for a, b, cue in sorted(found, key=lambda x: (x[0] - x[1], x[0])):
        if any(a < kb and ka < b for ka, kb, _ in kept):
            continue
        kept.append((a, b, cue))
    best = Modality.ASSERTED
    for a, b, cue in kept:
        if cue is None:
            continue
        overlaps = trigger is not None and a < trigger[1] and trigger[0] < b
        contains = trigger is not None and a <= trigger[0] and trigger[1] <= b
        if overlaps and (not contains or not own_cue):
            continue  # "accused" as a speech act is made, whatever it says
        if _RANK[cue] > _RANK[best]:
            best = cue
    return best


def only_an_opportunity(doc: Doc, lo: int, start: int) -> bool:
    """Whether the trigger at ``start`` is only offered as a chance ("memberikan
    kesempatan ... untuk bertemu X", "the chance to meet X"): no event at all."""
    text, lex = doc.text, doc.lex
    window = _window_start(text, lo, start, _BEFORE_WORDS)
    neutral = [m.span() for m in lex.neutral.finditer(text, window, start)]
    return any(
        not any(a < m.end() and m.start() < b for a, b in neutral)
        for m in lex.opportunity.finditer(text, window, start)
    )


def _fronted(doc: Doc, sentence: Sentence, start: int) -> Modality:
    """A sentence that opens with a condition or a plan ("Jika tidak ada halangan,
    ...", "If talks go well, ...") governs all that follows its comma."""
    text, lex = doc.text, doc.lex
    opening = text[sentence.start : sentence.start + 40].lstrip("\"'\u201c ")
    found = lex.fronted.finditer(opening)
    if not found or found[0].start() != 0:
        return Modality.ASSERTED
    if text.find(",", sentence.start, start) == -1:
        return Modality.ASSERTED
    phrase = found[0].group()
    modality = cue_modality(lex, phrase, 0, len(phrase))
    # "jika" / "if" is itself a cue; "menurut rencana," is a plan
    return Modality.PLANNED if modality is Modality.ASSERTED else modality


def _trailing(doc: Doc, sentence: Sentence, end: int) -> Modality:
    """A short source after the last comma that leaves the sentence unconfirmed or
    denies it ("..., South Korean media claimed", "..., according to unconfirmed
    reports", "..., menurut laporan yang belum dikonfirmasi"): speculated, or
    negated for a denial. Other cues there belong to what the source says."""
    text, lex = doc.text, doc.lex
    comma = text.rfind(",", end, sentence.end)
    if comma == -1 or sentence.in_quote(comma):
        return Modality.ASSERTED
    tail = text[comma + 1 : sentence.end]
    doubts = lex.doubts.finditer(tail)
    if len(tail.split()) > _TAIL_WORDS or not doubts:
        return Modality.ASSERTED
    cued = [cue_modality(lex, m.group(), 0, len(m.group())) for m in doubts]
    return Modality.NEGATED if Modality.NEGATED in cued else Modality.SPECULATED


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
    future_after: bool = True,
    leading: bool = False,
    own_cue: bool = True,
) -> Modality:
    """Modality of the trigger at ``start:end`` in the clause ``lo:hi``."""
    text, lex = doc.text, doc.lex
    dates = [(d.start, d.end) for d in sentence.dates]  # "9 May" is no cue
    before = _window_start(text, lo, start, _BEFORE_WORDS, lex)
    found = cue_modality(lex, text, before, end, (start, end), dates, own_cue=own_cue)
    if noun:
        words = _LEADING_AFTER_WORDS if leading else _AFTER_WORDS
        window_end = _window_end(text, end, hi, words, lex)
        # "signed a treaty ... pledging assistance if either is attacked": a
        # condition after a noun that was stated as done is the noun's content
        ignore = lex.conditional if found is Modality.ASSERTED else None
        after = cue_modality(
            lex, text, end, window_end, (start, end), dates, ignore=ignore
        )
        found = max(found, after, key=_RANK.__getitem__)
    future = future_after and lex.future_times.search(text, end, hi)
    if found is Modality.ASSERTED and future:
        found = (
            Modality.PLANNED
        )  # "bertolak ke Jepang pekan depan", "visits ... tomorrow"
    if lo > sentence.start and _continues(lex, text, lo):
        cuts = [c for c in breaks(doc, sentence) if c < lo]
        previous = cuts[-1] if cuts else sentence.start
        # what the clause before it quotes ('"not in a good position", while
        # Vance accused ...') is said there, not a cue of this clause
        quoted = [(a, b) for a, b in sentence.quotes if b <= lo]
        governing = cue_modality(lex, text, previous, lo, None, dates + quoted)
        head = text[lo : lo + 15].lower().split()
        if found is Modality.ASSERTED:
            found = governing
        elif head and head[0] in lex.complementizers:
            # "membantah bahwa Indonesia akan mengirim pasukan": the denial wins
            found = max(found, governing, key=_RANK.__getitem__)
    found = max(found, _fronted(doc, sentence, start), key=_RANK.__getitem__)
    found = max(found, _trailing(doc, sentence, end), key=_RANK.__getitem__)
    if found is Modality.PLANNED and lex.conditional.search(text, end, hi):
        found = Modality.SPECULATED  # "will send troops if asked": only an offer
    if absent:
        found = Modality.NEGATED
    if found is Modality.PLANNED and sentence_cancels(doc, sentence):
        found = Modality.NEGATED
    return found
