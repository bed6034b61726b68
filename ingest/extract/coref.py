"""Coreference: anaphors become the entities they refer to, sentence by sentence.

Resolved, in the lexicon's phrases for the language:

- pairs of people ("both leaders", "the two men", "keduanya", "kedua pemimpin"): the
  last two distinct people in focus;
- pairs of countries ("both countries", "kedua negara"): the home countries of the
  last two people in focus when they differ, else the last two countries named;
- "his guest" / "tamunya": the latest person in focus from another country than the
  sentence's subject; "his host" / "tuan rumah": the latest person in focus from the
  country where the story happens, else that country's leader on the article's date;
- titles without a country ("the president", "Kepala Negara"): the latest person in
  focus who holds that office;
- personal pronouns ("he", "ia", "dia"): the subject (first person) of the sentence
  before the pronoun, else of the latest sentence that names someone;
- "they" / "mereka" right before a meeting verb ("they met"): the two people the
  story has named most;
- "di sana" / "di situ": the place named last (:mod:`ingest.extract.deixis`).

Pairs are resolved by :mod:`ingest.extract.pairs`.

Linking already resolves titles with a country ("Presiden Rusia tersebut") and short
names ("Putin"). Each anaphor is added to its sentence's entities with ``via`` set to
``pair``, ``guest``, ``host``, ``title`` or ``pronoun``.

This module must not import ``api``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from graph.model import EventType
from ingest.extract.deixis import place_anaphors
from ingest.extract.entities import Ent, gazetteer, person_ent
from ingest.extract.pairs import Focus, pair_countries, pair_people, protagonists

if TYPE_CHECKING:
    from ingest.extract.document import Doc, Sentence

__all__ = ["pronoun_referent", "resolve_anaphors"]

logger = logging.getLogger(__name__)

_PLURAL_REACH = 20  # characters between "they" and the meeting verb it is subject of


def _free(sentence: Sentence, start: int, end: int) -> bool:
    return not any(e.start < end and start < e.end for e in sentence.ents)


def _subject(sentence: Sentence, pos: int, focus: Focus) -> Ent | None:
    for ent in sentence.ents:
        if ent.start >= pos:
            break
        if ent.is_person and ent.via not in ("pronoun",):
            return ent
    return focus.subjects[-1] if focus.subjects else None


def _in_phrase(doc: Doc, sentence: Sentence, ent: Ent) -> bool:
    """Whether ``ent`` follows a preposition ("dengan Kim", "with Xi"): not a
    subject a pronoun can pick up."""
    words = doc.text[sentence.start : ent.start].split()
    if not words:
        return False
    word = words[-1].strip(",").lower()
    markers = doc.lex.markers
    return any(
        word in markers[name]
        for name in ("with", "between", "by", "to", "from", "against", "addressee")
    )


def pronoun_referent(doc: Doc, sentence: Sentence, pos: int) -> Ent | None:
    """The person a pronoun at ``pos`` refers to (see the module docstring)."""
    for ent in sentence.ents:
        if ent.start >= pos:
            break
        if ent.is_person and not _in_phrase(doc, sentence, ent):
            return ent
    for previous in reversed(doc.sentences[: sentence.index]):
        people = [e for e in previous.ents if e.is_person]
        if people:
            return people[0]
    return None


def _object_referent(
    doc: Doc, sentence: Sentence, pos: int, subject: Ent | None
) -> Ent | None:
    """The person an object pronoun at ``pos`` refers to ("Putin invited him"): the
    latest person named before it who is not its verb's subject, the nearest person
    before it ("the Russian president welcomed him") or, after a subject pronoun
    ("..., and he invited him"), the person that pronoun stands for (``subject``)."""
    earlier = [e for e in sentence.ents if e.start < pos]
    nearest = next((e for e in reversed(earlier) if e.is_person), None)
    gap = doc.text[nearest.end if nearest else sentence.start : pos].lower().split()
    subjects = doc.lex.pronoun_words - doc.lex.objects - doc.lex.possessives
    if nearest is not None and not subjects & {w.strip(",") for w in gap}:
        subject = nearest
    for previous in reversed(doc.sentences[: sentence.index]):
        earlier = previous.ents + earlier
        if len([e for e in earlier if e.is_person]) >= 2:
            break
    for ent in reversed(earlier):
        if ent.is_person and (subject is None or ent.id != subject.id):
            return ent
    return None


def _story_country(doc: Doc) -> str | None:
    place = doc.story_place
    if place is None:
        return None
    return place.country or (place.id if place.id.startswith("country:") else None)


def _host(doc: Doc, focus: Focus, subject: Ent | None) -> Ent | None:
    country = _story_country(doc)
    if country is None:
        return None
    for ent in reversed(focus.people):
        if ent.country == country and (subject is None or ent.id != subject.id):
            return ent
    if doc.published is None:
        return None
    leader = gazetteer().leader_of(country, doc.published)
    if leader is None or (subject is not None and leader.id == subject.id):
        return None
    return person_ent(leader, 0, 0, leader.name, "host")


def _guest(doc: Doc, focus: Focus, subject: Ent | None) -> Ent | None:
    country = _story_country(doc)
    for ent in reversed(focus.people):
        if subject is not None and (
            ent.id == subject.id or ent.country == subject.country
        ):
            continue
        if country is None or ent.country != country:
            return ent
    return None


def _titled(doc: Doc, focus: Focus, role: str) -> Ent | None:
    if doc.published is None:
        return None
    gaz = gazetteer()
    home = doc.lex.home_country
    if home is not None:
        for actor in gaz.office_holders(role, home, doc.published):
            return person_ent(actor, 0, 0, actor.name, "title")
    for ent in reversed(focus.people):
        if gaz.holds(ent.id, role, None, doc.published):
            return ent
    return None


def _anaphors(doc: Doc, sentence: Sentence, focus: Focus) -> list[Ent]:
    lex = doc.lex
    text = doc.text
    found: list[Ent] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return _free(sentence, start, end) and not any(
            a < end and start < b for a, b in taken
        )

    def add(referents: list[Ent], start: int, end: int, via: str) -> None:
        taken.append((start, end))
        found.extend(r.moved(start, end, text[start:end], via) for r in referents)

    span = (sentence.start, sentence.end)
    matches = sorted(
        [(m, "pair") for m in lex.pair_countries.finditer(text, *span)]
        + [(m, "pair_people") for m in lex.pair_people.finditer(text, *span)]
        + [(m, "guest") for m in lex.guest.finditer(text, *span)]
        + [(m, "host") for m in lex.host.finditer(text, *span)]
        + [(m, "title") for m in lex.generic.finditer(text, *span)]
        + [(m, "pronoun") for m in lex.pronouns.finditer(text, *span)]
        + [(m, "plural") for m in lex.plural.finditer(text, *span)],
        key=lambda x: (x[0].start() - x[0].end(), x[0].start()),
    )
    for match, kind in matches:
        start, end = match.span()
        if not free(start, end):
            continue
        if kind == "pair":
            add(pair_countries(doc, focus, sentence, start), start, end, "pair")
        elif kind == "pair_people":
            # "kedua menteri RI": a country right after the phrase qualifies it
            qualifier = next(
                (
                    e.country
                    for e in sentence.ents
                    if e.kind == "country" and 0 < e.start - end <= 1
                ),
                None,
            )
            add(pair_people(focus, sentence, start, qualifier), start, end, "pair")
        elif kind == "plural":  # "they met": the pair in focus, before a meeting
            if lex.verbs[EventType.MEETING].search(text, end, end + _PLURAL_REACH):
                add(protagonists(focus, sentence, start), start, end, "pair")
        elif kind in ("guest", "host"):
            subject = _subject(sentence, start, focus)
            resolve = _guest if kind == "guest" else _host
            who = resolve(doc, focus, subject)
            if who is not None:
                add([who], start, end, kind)
            else:
                taken.append((start, end))  # "tuan rumah Arab Saudi": no person
        elif kind == "title":
            following = text[end : end + 2].lstrip()
            if following[:1].isupper():
                continue  # a title before a name the linker did not know
            named = next((e for e in sentence.ents if e.start >= end), None)
            if named is not None and named.is_person and named.start - end <= 15:
                continue  # "presiden terpilih Prabowo Subianto": that person's title
            role = lex.generic_titles.get(" ".join(match.group().lower().split()))
            who = _titled(doc, focus, role) if role else None
            if who is not None:
                add([who], start, end, "title")
        else:
            who = pronoun_referent(doc, sentence, start)
            if match.group().lower() in lex.objects:
                who = _object_referent(doc, sentence, start, who)
            if who is not None:
                possessive = match.group().lower() in lex.possessives
                add([who], start, end, "possessive" if possessive else "pronoun")
    return found


def resolve_anaphors(doc: Doc) -> None:
    """Add resolved anaphors to every sentence's entities (see module docstring)."""
    focus = Focus()
    for sentence in doc.sentences:
        extra = _anaphors(doc, sentence, focus) + place_anaphors(doc, sentence)
        if extra:
            sentence.ents = sorted(sentence.ents + extra, key=lambda e: e.start)
        people = [e for e in sentence.ents if e.is_person and e.via != "pronoun"]
        if people:
            focus.subjects.append(people[0])
        for ent in sentence.ents:
            if ent.via != "pronoun":
                focus.add(ent)
        focus.note_sentence(people)
