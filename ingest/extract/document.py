"""The analysed document: one pass over an article that every extraction rule reads.

``build_document(article)`` splits sentences (``ingest.sentences``), links entities
once over the whole body (``ingest.linking`` via :mod:`ingest.extract.entities`), finds
dates (``ingest.dates``), marks quoted speech, finds the dateline ("ANCHORAGE —",
"Beijing:") and the story's date and place, resolves anaphors ("keduanya", "both
leaders", "his guest", "he") with :mod:`ingest.extract.coref`, and hands each sentence
its entities and dates with offsets into ``article.text``.

This module must not import ``api``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date

from graph.ids import slug
from graph.model import Article, EventType, Place, PlaceKind
from ingest.dates import DateMention, find_dates
from ingest.extract.entities import Ent, city_level, link
from ingest.extract.lexicon import Lexicon
from ingest.extract.towns import unknown_towns
from ingest.sentences import split_sentences

__all__ = ["Doc", "Sentence", "build_document"]

logger = logging.getLogger(__name__)

_DASHES = "\u2014\u2013"  # em and en dash
_UNKNOWN_DATELINE = re.compile(
    r"(?P<name>[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3})(?=[,( ]|\s*[:\u2014\u2013-])"
)
#: After the dateline's place: ", North Korea", ", KOMPAS.com", " (Reuters)", "
#: (ANTARA)", then a dash or a colon.
_DATELINE_SEP = re.compile(
    rf"\s*(?:,[^,\n{_DASHES}:()]{{2,40}})?\s*(?:\([^)\n]{{2,40}}\))?"
    rf"\s*(?:[{_DASHES}]|--|-|:)\s+"
)
#: An outlet before the dateline place: "TEMPO.CO, Jakarta -", "VIVA.co.id, Jakarta -".
_OUTLET_LEAD = re.compile(r"[A-Z][A-Za-z]*\.(?:co|com|id|CO|COM|ID)(?:\.[a-z]{2})?,\s*")
_LEAD_LINES = 5
_SPORT_ARTICLE = 3  # distinct sport cues that make an article a sports story
_LEAD_SENTENCES = 3  # sentences of the lead paragraph that may date the story
_CITY = 2  # specificity of a city (venue 3, region 1, country 0)
_TRAVEL_REACH = 40  # characters between a travel verb and its destination


@dataclass
class Sentence:
    """One sentence with what lies inside it (absolute offsets)."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    ents: list[Ent] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    appositions: list[tuple[int, int]] = field(default_factory=list)
    sport: bool = False

    def in_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quotes)

    def apposition_of(self, pos: int) -> tuple[int, int] | None:
        """The apposition ("Cha, a researcher at a Seoul institute, said") that
        contains ``pos``, if any."""
        return next(((a, b) for a, b in self.appositions if a <= pos < b), None)

    def ents_between(self, start: int, end: int) -> list[Ent]:
        return [e for e in self.ents if start <= e.start and e.end <= end]


@dataclass
class Doc:
    """An article analysed for extraction."""

    article: Article
    lang: str
    lex: Lexicon
    sentences: list[Sentence]
    published: date | None
    dateline: Ent | None
    story_date: str | None
    story_place: Place | None
    sport: bool

    @property
    def text(self) -> str:
        return self.article.text


def _language(text: str, ent: Ent, lex: Lexicon) -> bool:
    """ "bahasa Inggris", "in English": a language, not the country."""
    before = text[max(0, ent.start - 20) : ent.start].split()
    return bool(before) and before[-1].lower() in lex.language_words


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer(r"\n", text))
    return starts


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Quoted stretches, paragraph by paragraph: a curly opening quote opens, a curly
    closing one closes, a straight one toggles; an unclosed quote ends with its line."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n":
            if opened is not None:
                spans.append((opened, i))
            opened = None
        elif ch == "\u201c" and opened is None:
            opened = i
        elif ch == "\u201d" and opened is not None:
            spans.append((opened, i + 1))
            opened = None
        elif ch == '"':
            if opened is None:
                opened = i
            else:
                spans.append((opened, i + 1))
                opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _dateline(text: str, ents: list[Ent]) -> Ent | None:
    """A place that opens one of the first lines, followed by a dash or colon; an
    all-capitals name the gazetteer does not know ("WOODSIDE, Calif. (AP) —")
    still places the story, as a city with an id from its name."""
    lines = [_after_outlet(text, start) for start in _paragraph_starts(text)]
    lines = lines[:_LEAD_LINES]
    for ent in ents:
        if (
            ent.start in lines
            and ent.place is not None
            and _DATELINE_SEP.match(text, ent.end)
        ):
            return ent
        if ent.start > (lines[-1] if lines else 0) + 200:
            break
    for start in lines:
        found = _UNKNOWN_DATELINE.match(text, start)
        if found and _DATELINE_SEP.match(text, found.end("name")):
            return _unknown_place(text, found.start("name"), found.end("name"), ents)
    return None


def _after_outlet(text: str, start: int) -> int:
    found = _OUTLET_LEAD.match(text, start)
    return found.end() if found else start


def _unknown_place(text: str, start: int, end: int, ents: list[Ent]) -> Ent:
    name = " ".join(w.capitalize() for w in text[start:end].split())
    # "SOMEWHERE, Calif.": a country or a region that names its country
    after = [e for e in ents if end <= e.start <= end + 3 and _names_country(e)]
    country = after[0].country if after else None
    place = Place(
        id=f"place:{slug(name)}", name=name, kind=PlaceKind.CITY, country=country
    )
    return Ent(
        start, end, text[start:end], place.id, "place", "dateline", None, place, country
    )


def _names_country(ent: Ent) -> bool:
    return ent.kind == "country" or (
        ent.place is not None and ent.place.kind is PlaceKind.REGION
    )


def _specific(place: Place | None) -> int:
    order = {PlaceKind.VENUE: 3, PlaceKind.CITY: 2, PlaceKind.REGION: 1}
    return order.get(place.kind, 0) if place else -1


def build_document(article: Article, lex: Lexicon) -> Doc:
    """Analyse ``article`` once for every rule (see the module docstring)."""
    from ingest.extract import coref, temporal  # local: both read Doc

    text = article.text
    published = article.published.date() if article.published else None
    ents = [
        e for e in link(text, article.lang, published) if not _language(text, e, lex)
    ]
    ents = sorted([*ents, *unknown_towns(text, ents, lex)], key=lambda e: e.start)
    dates = find_dates(text, article.lang, article.published)
    quotes = _quote_spans(text)
    paragraphs = _paragraph_starts(text)
    sentences: list[Sentence] = []
    for i, span in enumerate(split_sentences(text, article.lang)):
        para = sum(1 for p in paragraphs if p <= span.start) - 1
        sentence = Sentence(i, span.start, span.end, span.text, para)
        sentence.ents = [e for e in ents if span.start <= e.start < span.end]
        sentence.dates = [d for d in dates if span.start <= d.start < span.end]
        sentence.quotes = [
            (max(a, span.start), min(b, span.end))
            for a, b in quotes
            if a < span.end and b > span.start
        ]
        sport = lex.domains.get("sport")
        sentence.sport = bool(sport and sport.search(span.text))
        sentences.append(sentence)
    sport_cues = lex.domains.get("sport")
    distinct = (
        {m.group().lower() for m in sport_cues.finditer(text)} if sport_cues else set()
    )
    dateline = _dateline(text, ents)
    doc = Doc(
        article=article,
        lang=article.lang,
        lex=lex,
        sentences=sentences,
        published=published,
        dateline=dateline,
        story_date=None,
        story_place=city_level(dateline.place) if dateline else None,
        sport=len(distinct) >= _SPORT_ARTICLE,
    )
    lead = _lead(doc)
    if lead is not None:
        same_paragraph = [
            s
            for s in sentences[lead.index : lead.index + _LEAD_SENTENCES]
            if s.paragraph == lead.paragraph
        ]
        for sentence in same_paragraph:
            doc.story_date = temporal.story_date(doc, sentence)
            if doc.story_date is not None:
                break
        place = _lead_place(doc, lead)
        # the lead's place wins over the dateline when it is a city elsewhere
        # ("Jakarta:" over a parade "di ... Paris") or more specific
        story = doc.story_place
        if place is not None and (
            story is None
            or (place.country != story.country and _specific(place) >= _CITY)
            or _specific(story) < _CITY <= _specific(place)
        ):
            doc.story_place = city_level(place)
    from ingest.extract.clauses import appositions

    for sentence in sentences:
        sentence.appositions = appositions(doc, sentence)
    if doc.story_date is None and published is not None:
        doc.story_date = published.isoformat()
    coref.resolve_anaphors(doc)
    return doc


def _lead(doc: Doc) -> Sentence | None:
    """The first sentence of the story proper (the dateline's, else the first long)."""
    if doc.dateline is not None:
        for s in doc.sentences:
            if s.start <= doc.dateline.start < s.end:
                return s
    return next((s for s in doc.sentences if len(s.text.split()) >= 8), None)


def _lead_place(doc: Doc, lead: Sentence) -> Place | None:
    """The most specific place the lead sentence locates something at ("in", "di")."""
    from ingest.extract.locate import located

    best: Place | None = None
    for ent in lead.ents:
        if doc.dateline is not None and ent.start == doc.dateline.start:
            continue
        if _specific(ent.place) <= _specific(best):
            continue
        if located(doc, lead, ent, directional=False) or (
            located(doc, lead, ent) and _after_travel(doc, lead, ent.start)
        ):
            best = city_level(ent.place)
    return best


def _after_travel(doc: Doc, lead: Sentence, pos: int) -> bool:
    """Whether a travel verb shortly precedes ``pos`` ("travelled to Beijing")."""
    window = max(lead.start, pos - _TRAVEL_REACH)
    return doc.lex.verbs[EventType.VISIT].search(
        doc.text, window, pos
    ) or doc.lex.nouns[EventType.VISIT].search(doc.text, window, pos)
