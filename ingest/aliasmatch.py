"""Find every gazetteer alias in a text: Aho-Corasick over a length-preserving fold.

The text is folded character by character (lower case, accents dropped, hyphens and
whitespace to a space, curly apostrophes to straight ones) so that offsets in the
folded text are offsets in the original: ``Kim Jong-Un`` and ``kim jong un`` match the
same key, and ``Sánchez`` matches ``Sanchez``. Short all-capitals aliases (``AS``,
``RI``, ``US``, ``NATO``) go to a second, case-sensitive automaton, so the words
"as" and "us" never match. A single-word alias must start with a capital letter in
the text ("China" the country, not "china" the porcelain), and every match must sit
on word boundaries (Unicode-aware).

pyahocorasick over raw text was chosen over spaCy's PhraseMatcher: it needs no
tokenizer (whose splits would have to agree with every alias, in two languages),
builds in a fraction of the time, and scans faster (see ``benchmarks/``).

This module must not import ``api``, ``graph`` or other ``ingest`` modules.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick

__all__ = ["AliasEntry", "AliasMatcher", "Hit", "fold", "is_case_sensitive"]

_HYPHENS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")
_APOSTROPHES = frozenset("\u2019\u2018\u02bc\u2032`")


class _FoldTable(dict[int, str]):
    """``str.translate`` table that computes (and keeps) each character's fold."""

    def __init__(self, *, lower: bool) -> None:
        super().__init__()
        self._lower = lower

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char.isspace() or char in _HYPHENS:
            out = " "
        elif char in _APOSTROPHES:
            out = "'"
        elif self._lower:
            base = unicodedata.normalize("NFD", char)[0]
            low = base.lower()
            out = low if len(low) == 1 else base
        else:
            out = char
        self[code] = out
        return out


_FOLD = _FoldTable(lower=True)
_SPACE = _FoldTable(lower=False)


def fold(text: str) -> str:
    """Lower-cased, accent-free, hyphen-as-space copy of ``text``, same length.

    Examples:
        >>> fold("Kim Jong-Un, Sánchez")
        'kim jong un, sanchez'
    """
    return text.translate(_FOLD)


def _space(text: str) -> str:
    return text.translate(_SPACE)


def is_case_sensitive(alias: str) -> bool:
    """All-capitals aliases of up to six letters match only as written (AS, RI, NATO).

    Examples:
        >>> [is_case_sensitive(a) for a in ("AS", "Korut", "U.S.")]
        [True, False, True]
    """
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(letters) <= 6 and not any(c.islower() for c in alias)


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """What one surface form stands for.

    ``kind`` is person, country, organization, place or title; ``via`` is how the
    form names the entity (name, alias, short, demonym, title). ``target`` is an
    entity id, or a role for titles. ``context`` asks for a locative word before it
    (or a neighbouring place that contains it or lies in it); ``secondary`` marks a
    reading that counts only next to such a place ("Atlanta, Georgia").
    """

    surface: str
    target: str
    kind: str
    via: str
    context: bool = False
    secondary: bool = False


@dataclass(frozen=True, slots=True)
class Hit:
    """A match on word boundaries: ``text[start:end]`` and what it may stand for."""

    start: int
    end: int
    entries: tuple[AliasEntry, ...]


class AliasMatcher:
    """Two automata (folded and case-sensitive) over a fixed set of aliases."""

    def __init__(self, entries: Iterable[AliasEntry]) -> None:
        folded: dict[str, list[AliasEntry]] = {}
        exact: dict[str, list[AliasEntry]] = {}
        for entry in entries:
            if is_case_sensitive(entry.surface):
                exact.setdefault(_space(entry.surface).strip(), []).append(entry)
            else:
                folded.setdefault(fold(entry.surface).strip(), []).append(entry)
        self._folded = self._automaton(folded)
        self._exact = self._automaton(exact)
        self.size = len(folded) + len(exact)

    @staticmethod
    def _automaton(keys: dict[str, list[AliasEntry]]) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for key, entries in keys.items():
            if key:
                automaton.add_word(key, (len(key), " " not in key, tuple(entries)))
        automaton.make_automaton()
        return automaton

    def hits(self, text: str) -> list[Hit]:
        """Every alias occurrence on word boundaries, overlapping ones included."""
        out = list(self._scan(text, fold(text), self._folded, capital=True))
        out += self._scan(text, _space(text), self._exact, capital=False)
        return out

    @staticmethod
    def _scan(
        text: str, haystack: str, automaton: ahocorasick.Automaton, *, capital: bool
    ) -> Iterator[Hit]:
        if len(automaton) == 0:
            return
        last = len(text)
        for end_index, (length, single_word, entries) in automaton.iter(haystack):
            end = end_index + 1
            start = end - length
            if start > 0 and text[start - 1].isalnum():
                continue
            if end < last and text[end].isalnum():
                continue
            if capital and single_word:
                first = text[start]
                if first.isalpha() and not first.isupper():
                    # single-word names need their capital; titles ("presiden") do not
                    entries = tuple(e for e in entries if e.kind == "title")
                    if not entries:
                        continue
            yield Hit(start, end, entries)
