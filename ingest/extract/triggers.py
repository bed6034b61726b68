"""Trigger detection: where a sentence names an event, and of which type.

Triggers come from the language's lexicon (``ingest/data/lexicon/<lang>.yaml``):

- ``verb`` / ``noun``: start an event of their type ("met", "talks", "parade");
- ``weak``: nouns that only refer back to an event already reported ("the agreement",
  "dokumen itu") and never start one;
- ``force``: troops, soldiers, pasukan: a deployment needs one of these and a
  deployment verb in the same clause;
- ``present`` / ``absent``: attendance verbs ("attended", "menghadiri", "skipped")
  whose type comes from the event noun they govern (resolved by the extractor).

A noun preceded by a determiner ("the talks") or, in Indonesian, followed by one
("pertemuan tersebut") is ``anaphoric``; a noun after an anchor ("after the parade",
"usai pertemuan", "on the sidelines of the summit") is an ``anchor``: it dates and
places the sentence's other events and starts an event only if none of its type was
reported before. Nothing inside quoted speech triggers, nor anything in sports copy;
a type's exclusion cue in the clause ("phone call", "tourists", "tariffs") suppresses
that type there.

This module must not import ``api``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from graph.model import EventType
from ingest.extract.clauses import scope
from ingest.extract.document import Doc, Sentence
from ingest.extract.lexicon import PhraseSet

__all__ = ["Trigger", "find_triggers"]

logger = logging.getLogger(__name__)

_SPORT_SENTENCE = 2  # distinct sport cues that make a sentence sports copy
_DETERMINER_AFTER = 60  # characters after an Indonesian noun to look for "tersebut"
_ANCHOR_GAP = 25  # characters between an anchor word and its noun
_WORD = re.compile(r"[\w-]+")
_EXCLUSION_WORDS = 6
_OBJECT_WORDS = 3  # "received an official invitation"
_OBJECT_CHARS = 40
#: Types whose exclusion cues must stand near the trigger ("talks by phone"), not
#: anywhere in the clause ("a summit announced after a phone call").
_LOCAL_EXCLUSION = frozenset({EventType.MEETING})


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger phrase at ``start:end`` of the article text."""

    type: EventType | None  # None for attendance verbs until resolved
    kind: str  # verb | noun | weak | force | present | absent
    start: int
    end: int
    text: str
    sentence: int
    anaphoric: bool = False
    anchor: bool = False
    appositive: bool = False

    @property
    def strength(self) -> float:
        """How strongly the phrase alone signals its event (for confidence)."""
        return {"verb": 1.0, "noun": 0.8, "present": 0.7, "absent": 0.7}.get(
            self.kind, 0.5
        )


def _near(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """Up to ``_EXCLUSION_WORDS`` words either side of a trigger, within its clause."""
    before = list(_WORD.finditer(text, lo, start))
    after = list(_WORD.finditer(text, end, hi))
    left = before[-_EXCLUSION_WORDS].start() if len(before) >= _EXCLUSION_WORDS else lo
    right = after[_EXCLUSION_WORDS - 1].end() if len(after) >= _EXCLUSION_WORDS else hi
    return left, right


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _anaphoric(doc: Doc, sentence: Sentence, start: int, end: int) -> bool:
    text = doc.text
    if doc.lex.postposed_determiners:
        window = text[end : min(sentence.end, end + _DETERMINER_AFTER)]
        # up to the next verb-like break: stop at a comma
        window = window.split(",")[0]
        # nor into a date ("pada Maret tahun yang sama": the year is the same)
        dates = [d.start - end for d in sentence.dates if d.start >= end]
        window = window[: min(dates)] if dates else window
        return doc.lex.determiners.search(window)
    # "the January 26 parade": a date between the determiner and its noun
    dated = [d for d in sentence.dates if text[d.end : start].strip() == ""]
    start = dated[-1].start if dated else start
    before = _WORD.findall(text[max(sentence.start, start - 30) : start])
    return bool(before) and doc.lex.determiners.search(" ".join(before[-2:]))


def _anchor(doc: Doc, sentence: Sentence, start: int) -> bool:
    """ "after the parade", "usai pertemuan": not "during a meeting" (a new one)."""
    lo = max(sentence.start, start - _ANCHOR_GAP)
    window = doc.text[lo:start]
    for match in doc.lex.anchors.finditer(window):
        rest = window[match.end() :].split()
        # "setelah Xi melakukan kunjungan": a clause with its own subject
        named = any(
            lo + match.end() <= e.start < start and e.actor for e in sentence.ents
        )
        if len(rest) <= 2 and not any("," in w for w in rest) and not named:
            return not any(w.lower() in doc.lex.indefinite for w in rest)
    return False


def _appositive(doc: Doc, sentence: Sentence, start: int) -> bool:
    """ ", a deployment that...", ", pertemuan pertama...": a noun right after a comma
    (an article at most) renames what the clause before it said."""
    before = doc.text[max(sentence.start, start - 20) : start]
    if "," not in before:
        return False
    words = [w.lower() for w in before.rsplit(",", 1)[1].split()]
    lex = doc.lex
    noun = doc.text[start : start + 30].split()[0].lower() if doc.text[start:] else ""
    if not words and not lex.determiners_follow and noun.endswith("ing"):
        return False  # ", meeting President Putin": a participle, not a noun
    return not words or (
        len(words) == 1
        and (words[0] in lex.indefinite or lex.determiners.search(words[0]))
    )


def _after_article(doc: Doc, sentence: Sentence, start: int) -> bool:
    """Whether an article, determiner or possessive stands right before ``start``
    ("a visit", "his visit"): a verb form there is a noun."""
    before = doc.text[max(sentence.start, start - 12) : start].split()
    if not before or not doc.text[start - 1 : start].isspace():
        return False
    word = before[-1].lower()
    lex = doc.lex
    return (
        word in lex.indefinite
        or word in lex.possessives
        or _genitive(word, lex.pronouns)
        or (not lex.determiners_follow and bool(lex.determiners.search(word)))
    )


_CONTRACTED = frozenset({"it", "that", "who", "there", "what", "here", "where"})


def _genitive(word: str, pronouns: PhraseSet) -> bool:
    """ "Xi's visit", "Trump's meeting": a name's genitive, not "he's" (he is)."""
    for ending in ("'s", "\u2019s"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            return stem not in _CONTRACTED and stem not in pronouns.phrases
    return False


def _relative_verb(
    doc: Doc, sentence: Sentence, start: int, type_: EventType | None, text: str
) -> bool:
    """ "a mission that took him to Moscow": after a relative pronoun that is also
    a determiner, a form that is no noun of its type is a verb."""
    before = doc.text[max(sentence.start, start - 12) : start].split()
    word = before[-1].lower() if before else ""
    nouns = doc.lex.nouns[type_] if type_ is not None else None
    return word in doc.lex.relative_words and not (nouns and nouns.search(text))


def _receives(doc: Doc, end: int) -> bool:
    """Whether an invitation noun is the object of the verb ending at ``end``."""
    words = list(_WORD.finditer(doc.text, end, end + _OBJECT_CHARS))[:_OBJECT_WORDS]
    if not words:
        return False
    nouns = doc.lex.nouns[EventType.INVITATION]
    return any(nouns.search(doc.text, w.start(), w.end()) for w in words)


def _sporty(doc: Doc, sentence: Sentence) -> bool:
    if doc.sport:
        return True
    cues = doc.lex.domains.get("sport")
    if not cues:
        return False
    found = {m.group().lower() for m in cues.finditer(sentence.text)}
    return len(found) >= _SPORT_SENTENCE


def _quoted_name(doc: Doc, sentence: Sentence, start: int) -> bool:
    """Whether the quote around ``start`` names something after a determiner
    ('deepening their "comprehensive strategic partnership for a new era"'): a
    name in quotation marks, not quoted speech."""
    lex = doc.lex
    words = lex.possessives | lex.indefinite | {w.lower() for w in lex.data.determiners}
    for a, b in sentence.quotes:
        if a <= start < b:
            before = doc.text[sentence.start : a].split()
            return bool(before) and before[-1].lower() in words
    return False


_DEPLOY = EventType.TROOP_DEPLOYMENT


def find_triggers(doc: Doc, sentence: Sentence) -> list[Trigger]:
    """Every trigger in ``sentence`` (see the module docstring), in text order."""
    if _sporty(doc, sentence):
        return []
    lex = doc.lex
    found: list[Trigger] = []
    taken: list[tuple[int, int]] = []
    span = (sentence.start, sentence.end)

    def add(kind: str, type_: EventType | None, match: re.Match[str]) -> None:
        start, end = match.span()
        inside_name = any(
            a < end and start < b and not (start <= a and b <= end) for a, b in names
        )
        # a deployment verb ("sent", "arrived", "tiba") only counts next to a force
        # noun, so it shares its words with the other types' triggers
        shared = type_ is EventType.TROOP_DEPLOYMENT and kind == "verb"
        pool = deployment_verbs if shared else taken
        quoted = sentence.in_quote(start) and not (
            type_ is EventType.ALLIANCE and _quoted_name(doc, sentence, start)
        )
        if quoted or inside_name or _overlaps((start, end), pool):
            return  # nor inside a name or an anaphor ("his host", "tuan rumah")
        if type_ is EventType.MEETING and kind == "verb" and _receives(doc, end):
            return  # "menerima undangan", "received an invitation": no meeting
        if (
            kind == "verb"
            and _after_article(doc, sentence, start)
            and not _relative_verb(doc, sentence, start, type_, match.group())
        ):
            return  # "at the end of a visit": the noun, not the verb
        if type_ is not None and kind != "force":
            lo, hi = scope(doc, sentence, start, end, relative=False)
            if type_ in _LOCAL_EXCLUSION:  # "a phone call" elsewhere in the clause
                lo, hi = _near(doc.text, lo, hi, start, end)
            # an excluded word inside a force's name ("Kontingen Garuda") excludes
            # nothing
            forces = lex.forces.finditer(doc.text, lo, hi) if type_ is _DEPLOY else []
            if any(
                not any(f.start() <= m.start() and m.end() <= f.end() for f in forces)
                for m in lex.exclude[type_].finditer(doc.text, lo, hi)
            ):
                return
        pool.append((start, end))
        noun = kind in ("noun", "weak")
        found.append(
            Trigger(
                type=type_,
                kind=kind,
                start=start,
                end=end,
                text=match.group(),
                sentence=sentence.index,
                anaphoric=noun and _anaphoric(doc, sentence, start, end),
                anchor=noun and _anchor(doc, sentence, start),
                appositive=noun and _appositive(doc, sentence, start),
            )
        )

    # a trigger may be a name ("AUKUS"), but not part of one or of an anaphor
    names = [(e.start, e.end) for e in sentence.ents if e.end > e.start]
    deployment_verbs: list[tuple[int, int]] = []
    matches: list[tuple[re.Match[str], str, EventType | None]] = []
    matches += [(m, "absent", None) for m in lex.absent.finditer(doc.text, *span)]
    matches += [(m, "present", None) for m in lex.present.finditer(doc.text, *span)]
    for type_ in EventType:
        matches += [
            (m, "verb", type_) for m in lex.verbs[type_].finditer(doc.text, *span)
        ]
        matches += [
            (m, "noun", type_) for m in lex.nouns[type_].finditer(doc.text, *span)
        ]
        matches += [
            (m, "weak", type_) for m in lex.weak[type_].finditer(doc.text, *span)
        ]
    matches += [
        (m, "force", EventType.TROOP_DEPLOYMENT)
        for m in lex.forces.finditer(doc.text, *span)
    ]
    # longest first: "did not attend" over "attend", "military parade" over "parade"
    rank = {"absent": 0, "present": 1, "verb": 2, "noun": 3, "force": 4, "weak": 5}
    for match, kind, of_type in sorted(
        matches, key=lambda x: (x[0].start() - x[0].end(), rank[x[1]], x[0].start())
    ):
        add(kind, of_type, match)
    return sorted(found, key=lambda t: t.start)
