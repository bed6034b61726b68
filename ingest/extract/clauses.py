"""Clause scope: the stretch of a sentence a trigger's arguments and cues come from.

A sentence is cut at the language's clause breaks (``clause_breaks`` in the lexicon:
";", ", but", "while", "namun", "sementara"...) and, unless ``relative`` is False, at
relative pronouns ("who", "which", "yang"): a noun and its relative clause stay
together when the rule asks for it ("soldiers who fought in Kursk", "perjanjian yang
diteken di Pyongyang"). The break word opens the next clause.

This module must not import ``api``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.extract.document import Doc, Sentence
    from ingest.extract.lexicon import Lexicon

__all__ = ["appositions", "breaks", "relative_spans", "scope"]

#: The word right after a comma.
_AFTER_COMMA = re.compile(r", (\w+)\b")
_ARTICLES = frozenset({"the", "sang"})
#: Two words in a row, the second right after the first.
_WORD_PAIR = re.compile(r"(?<![\w-])(\w+)(?= (\w+)(?![\w-]))")
_APPOSITION_REACH = 120  # characters an apposition may run to its closing comma
_ANAPHORS = ("pronoun", "possessive", "pair", "guest", "host", "title")
#: Two to four capitalised words right before ", " (a name the gazetteer may not know).
_NAME = re.compile(r"(?<![\w-])((?:[A-Z][\w'-]+ ){1,3}[A-Z][\w'-]+), (?=[a-z])")


def breaks(doc: Doc, sentence: Sentence, *, relative: bool = True) -> list[int]:
    """Offsets where a new clause starts inside ``sentence``."""
    lex = doc.lex
    found: list[int] = []
    for m in lex.breaks.finditer(doc.text, sentence.start, sentence.end):
        if sentence.in_quote(m.start()):
            continue  # quoted speech has clauses of its own
        word = m.group().strip(" ,").lower()
        if word in lex.time_breaks and any(
            m.end() <= d.start <= m.end() + 1 for d in sentence.dates
        ):
            continue  # "sejak akhir tahun lalu", "since 2022": a time, not a clause
        found.append(m.start() + (len(m.group()) - len(m.group().lstrip(" ,"))))
    found += _participles(doc, sentence) + _new_subjects(doc, sentence)
    found += _new_predicates(doc, sentence) + _modal_predicates(doc, sentence)
    if relative:
        for m in lex.relative_breaks.finditer(doc.text, sentence.start, sentence.end):
            if sentence.in_quote(m.start()):
                continue
            if lex.relative_next and not m.group().startswith(","):
                following = doc.text[m.end() : m.end() + 12].lower()
                if not following.startswith(lex.relative_next):
                    continue
            found.append(m.start() + (len(m.group()) - len(m.group().lstrip(" ,"))))
    return sorted(set(found))


def _participles(doc: Doc, sentence: Sentence) -> list[int]:
    """ ", pledging $4.5 billion", ", committing Washington to ...": a participle
    after a comma opens a clause of its own (languages that mark participles)."""
    suffixes = doc.lex.participle_suffixes
    if not suffixes:
        return []
    found: list[int] = []
    for m in _AFTER_COMMA.finditer(doc.text, sentence.start, sentence.end):
        word = m.group(1).lower()
        if word in doc.lex.not_participles:
            continue
        if word.endswith(suffixes) and not sentence.in_quote(m.start()):
            found.append(m.start(1))
    return found


def _new_subjects(doc: Doc, sentence: Sentence) -> list[int]:
    """ ", and Kishida paid a return visit": a coordinator after a comma followed by
    a person or state and a verb-like word starts a clause with its own subject
    ("met Putin, Xi, and Modi in Beijing" does not)."""
    lex = doc.lex
    found: list[int] = []
    for m in _AFTER_COMMA.finditer(doc.text, sentence.start, sentence.end):
        if m.group(1).lower() not in lex.coordinators:
            continue
        start = m.end(1) + 1
        ent = next((e for e in sentence.ents if e.start >= start), None)
        if ent is None or not (ent.is_person or ent.is_state):
            continue
        between = doc.text[start : ent.start].split()
        if len(between) > 1 or (between and between[0].lower() not in _ARTICLES):
            continue
        after = doc.text[ent.end : ent.end + 30].split()
        word = after[0] if after else ""
        if word[:1].islower() and word.isalpha() and not _function_word(lex, word):
            found.append(m.start(1))
    return found


def _new_predicates(doc: Doc, sentence: Sentence) -> list[int]:
    """ ", and later met Sunak", ", dan kemudian bertemu": a coordinator after a
    comma followed by a lower-case word other than an article opens a predicate of
    its own, with the sentence's subject ("met Putin, Xi, and the Indian leader"
    does not)."""
    lex = doc.lex
    found: list[int] = []
    for m in _AFTER_COMMA.finditer(doc.text, sentence.start, sentence.end):
        if m.group(1).lower() not in lex.coordinators or sentence.in_quote(m.start()):
            continue
        after = doc.text[m.end(1) : m.end(1) + 30].split()
        word = after[0] if after else ""
        low = word.lower()
        if not (word[:1].islower() and word.isalpha()):
            continue
        if (
            low in _ARTICLES
            or low in lex.indefinite
            or low in lex.possessives
            or lex.determiners.search(low)
            or lex.pronouns.search(low)
        ):
            continue
        found.append(m.start(1))
    return found


def _modal_predicates(doc: Doc, sentence: Sentence) -> list[int]:
    """ "is visiting Jakarta and will meet her counterpart on Wednesday": a
    coordinator followed by an auxiliary opens a predicate with its own time and
    modality."""
    lex = doc.lex
    found: list[int] = []
    for m in _WORD_PAIR.finditer(doc.text, sentence.start, sentence.end):
        first, second = m.group(1).lower(), m.group(2).lower()
        if (
            first in lex.coordinators
            and second in lex.auxiliaries
            and not sentence.in_quote(m.start())
        ):
            found.append(m.start(1))
    return found


def _function_word(lex: Lexicon, word: str) -> bool:
    low = word.lower()
    return (
        any(low in forms for forms in lex.markers.values())
        or low in lex.locative
        or low in lex.coordinators
    )


def scope(
    doc: Doc, sentence: Sentence, start: int, end: int, *, relative: bool = True
) -> tuple[int, int]:
    """Bounds of the clause that contains ``start:end``."""
    lo, hi = sentence.start, sentence.end
    for cut in breaks(doc, sentence, relative=relative):
        if cut <= start:
            lo = max(lo, cut)
        elif cut >= end:
            hi = min(hi, cut)
            break
    if relative and lo > sentence.start and doc.text[lo - 2 : lo] == ", ":
        # "Trump, who arrived on Tuesday, singled Spain out": a relative clause set
        # off by commas ends at its next comma, where the main clause resumes
        head = doc.text[lo : lo + 12].split()
        if head and head[0].lower() in doc.lex.relative_words:
            closing = doc.text.find(",", lo, sentence.end)
            if closing != -1 and end <= closing:
                hi = min(hi, closing)
            elif closing != -1:
                lo = doc.text.rfind(",", lo, start) + 1
    return lo, hi


def relative_spans(doc: Doc, sentence: Sentence) -> list[tuple[int, int]]:
    """Relative clauses set off by commas (", who arrived on Tuesday,"): what they
    say is about their noun, not about the main clause."""
    spans: list[tuple[int, int]] = []
    for match in doc.lex.relative_breaks.finditer(
        doc.text, sentence.start, sentence.end
    ):
        if not match.group().startswith(","):
            continue
        comma = doc.text.find(",", match.end(), sentence.end)
        spans.append((match.start(), comma if comma != -1 else sentence.end))
    return spans


def appositions(doc: Doc, sentence: Sentence) -> list[tuple[int, int]]:
    """Descriptions set off by commas after a person's name ("Blinken, the most
    senior official to travel to China since Biden took office, landed", "Cha, a
    researcher at a Seoul institute, said"): what they name describes the person
    and takes no part in the main clause. A relative pronoun, a break or a name
    after the comma is no apposition."""
    lex = doc.lex
    spans: list[tuple[int, int]] = []
    heads = [e.end for e in sentence.ents if e.is_person and e.via not in _ANAPHORS]
    heads += _unknown_names(doc, sentence)
    for end in sorted(set(heads)):
        rest = doc.text[end : sentence.end]
        if not rest.startswith(", "):
            continue
        words = rest[2:].split()
        if not words or not words[0][:1].islower():
            continue
        head = words[0].strip(",").lower()
        if head in lex.relative_words or head in lex.dependent or head.endswith("ing"):
            continue
        if lex.breaks.search(doc.text, end, end + 3 + len(words[0])):
            continue  # ", but ...", ", while ...": a new clause
        closing = doc.text.find(",", end + 2, sentence.end)
        if closing == -1 or closing - end > _APPOSITION_REACH:
            continue
        spans.append((end + 1, closing))
    return spans


def _unknown_names(doc: Doc, sentence: Sentence) -> list[int]:
    """Ends of names the gazetteer does not know ("Jane Roe, a researcher at ...")
    that an article or a commentator's role follows: two to four capitalised words,
    no entity and no date among them."""
    lex = doc.lex
    found: list[int] = []
    for match in _NAME.finditer(doc.text, sentence.start, sentence.end):
        start, end = match.span(1)
        if any(e.start < end and start < e.end for e in sentence.ents):
            continue
        if any(d.start < end and start < d.end for d in sentence.dates):
            continue
        following = doc.text[end + 2 : end + 40].split()
        word = following[0].lower() if following else ""
        if (
            word in lex.indefinite
            or lex.determiners.search(word)
            or lex.commentators.search(" ".join(following[:2]))
        ):
            found.append(end)
    return found
