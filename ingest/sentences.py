"""Sentence splitting with character offsets, for evidence spans.

``spacy.blank(lang)`` with the rule-based ``sentencizer`` (no trained model is needed or
available offline), corrected for the pitfalls it has on news text:

- a newline always ends a sentence, so headlines, bylines and paragraphs stand alone;
- no break after a known abbreviation (``pk.``, ``Jl.``, ``Dr.``, ``U.S.``...) or a
  single-letter initial (``H.``, ``George W.``), nor before a lower-case continuation;
- a numeric date such as ``3/9/2025`` stays one token (spaCy's infixes split it);
- a closing quote after the full stop stays with its sentence, and an opening quote
  moves to the sentence it opens.

This module must not import ``api``.
"""

from __future__ import annotations

import logging
import re
from functools import cache

import spacy
from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language
from spacy.util import get_lang_class

__all__ = ["ABBREVIATIONS", "NUMERIC_ABBREVIATIONS", "Span", "split_sentences"]

logger = logging.getLogger(__name__)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Abbreviations that never end a sentence (lower case, without the final dot).
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "common": _words(
        "dr prof mr mrs ms st jr sr gen col lt maj capt sgt cmdr adm gov sen rep rev "
        "hon vs approx dept fig mt ft ave u.s u.k u.n e.g i.e ph.d"
    ),
    "en": _words("pres atty supt univ"),
    "id": _words(
        "jl jln kol letjen mayjen brigjen laksdya laksda marsda marsdya kapt kh hj ir "
        "drs dra bpk yth kab kec kel prov sdr sdri"
    ),
}
#: Abbreviations that do not end a sentence when a number follows ("No. 5", "pk. 10").
NUMERIC_ABBREVIATIONS: dict[str, frozenset[str]] = {
    "common": _words(
        "no nos vol art p pp jan feb mar apr jun jul aug sep sept oct nov dec"
    ),
    "id": _words("pk pkl tgl telp hlm agt ags agu okt des mei"),
}

_QUOTES_OPEN_ONLY = "\u201c\u2018\u00ab"  # left double, left single, guillemet
_QUOTES_AMBIGUOUS = "\"'"
#: A full-width sentence end (CJK), with any closing quotes or brackets after it.
_CJK_END = re.compile(r"[\u3002\uff01\uff1f]+[\u300d\u300f\u201d\uff09)]*")
_NUMERIC_DATE = re.compile(r"^\d{1,2}/\d{1,2}(?:/\d{2,4})?$")


class Span(BaseModel):
    """A stretch of text: ``source[start:end] == text``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


@cache
def _pipeline(lang: str) -> Language:
    try:
        get_lang_class(lang)
        nlp = spacy.blank(lang)
    except (ImportError, ValueError) as exc:
        # No such language, or one that needs an extra segmenter (ja: SudachiPy).
        logger.info(
            "spaCy cannot tokenize %r (%s); using its multi-language one", lang, exc
        )
        nlp = spacy.blank("xx")
    tokenizer = nlp.tokenizer
    if hasattr(tokenizer, "token_match"):  # the Chinese tokenizer has no rules
        previous = tokenizer.token_match

        def token_match(text: str) -> bool:
            if _NUMERIC_DATE.match(text):
                return True
            return bool(previous(text)) if previous else False

        tokenizer.token_match = token_match
    nlp.add_pipe("sentencizer")
    return nlp


@cache
def _abbreviations(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    empty: frozenset[str] = frozenset()
    return (
        ABBREVIATIONS["common"] | ABBREVIATIONS.get(lang, empty),
        NUMERIC_ABBREVIATIONS["common"] | NUMERIC_ABBREVIATIONS.get(lang, empty),
    )


def _word_before_dot(line: str, dot: int) -> str:
    """The word (letters and inner dots) that ends right before ``line[dot] == '.'``."""
    start = dot
    while start > 0 and (line[start - 1].isalpha() or line[start - 1] == "."):
        start -= 1
    return line[start:dot].lower()


def _is_false_break(line: str, end: int, next_start: int, lang: str) -> bool:
    """Whether a sentencizer break between ``line[:end]`` and ``line[next_start:]`` is
    wrong: an abbreviation or initial before it, or a lower-case word after it."""
    stripped = line[:end].rstrip()
    following = line[next_start : next_start + 1]
    if following.islower():  # '"Why?" he asked.' / '"Siap?" tanya dia.'
        return True
    if not stripped.endswith("."):
        return False
    word = _word_before_dot(stripped, len(stripped) - 1)
    if not word:
        return False
    always, before_number = _abbreviations(lang)
    if word in always or (word in before_number and following.isdigit()):
        return True
    # A single capital letter (an initial), or dotted initials such as "U.S".
    original = stripped[len(stripped) - 1 - len(word) : len(stripped) - 1]
    return bool(re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", original))


def _is_opening_quote(text: str, i: int) -> bool:
    ch = text[i]
    if ch in _QUOTES_OPEN_ONLY:
        return True
    if ch not in _QUOTES_AMBIGUOUS:
        return False
    before_is_space = i == 0 or text[i - 1].isspace()
    after_is_text = i + 1 < len(text) and not text[i + 1].isspace()
    return before_is_space and after_is_text


def _cjk_split(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split at full-width sentence ends, which tokenizers without word segmentation
    (Japanese, Korean, the multi-language one) do not isolate as tokens."""
    parts: list[tuple[int, int]] = []
    for found in _CJK_END.finditer(line, start, end):
        if found.end() < end:
            parts.append((start, found.end()))
            start = found.end()
    parts.append((start, end))
    return parts


def _line_bounds(line: str, lang: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets within one line, after the corrections."""
    doc = _pipeline(lang)(line)
    raw = [(s.start_char, s.end_char) for s in doc.sents]
    merged: list[tuple[int, int]] = []
    for start, end in raw:
        if merged and _is_false_break(line, merged[-1][1], start, lang):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    merged = [part for start, end in merged for part in _cjk_split(line, start, end)]
    # Move a trailing opening quote to the sentence it opens.
    fixed: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(merged):
        if fixed and fixed[-1][1] > fixed[-1][0]:
            start = min(start, fixed[-1][1])
        cut = end
        while (
            index + 1 < len(merged)
            and cut > start
            and (line[cut - 1].isspace() or _is_opening_quote(line, cut - 1))
        ):
            cut -= 1
        fixed.append((start, cut))
    return fixed


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, lang: str) -> list[Span]:
    """Split ``text`` into sentences with offsets into ``text``.

    Args:
        text: The article body (offsets point into it unchanged).
        lang: ISO 639-1 code; languages spaCy lacks use its multi-language tokenizer.

    Returns:
        Non-empty sentences in order, trimmed of surrounding whitespace, each with
        ``text[span.start:span.end] == span.text``.

    Examples:
        >>> text = "Dr. Ani tiba pk. 10.00. Ia pulang."
        >>> [s.text for s in split_sentences(text, "id")]
        ['Dr. Ani tiba pk. 10.00.', 'Ia pulang.']
    """
    spans: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            for start, end in _line_bounds(line, lang):
                first, last = _trimmed(line, start, end)
                if last > first and any(ch.isalnum() for ch in line[first:last]):
                    spans.append(
                        Span(
                            start=offset + first,
                            end=offset + last,
                            text=line[first:last],
                        )
                    )
        offset += len(line) + 1
    return spans
