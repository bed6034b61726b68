"""Pairs and plurals: "both leaders", "the two men", "keduanya", "kedua negara",
"they met": who the text refers to as a pair, from the people and countries in focus.

- pairs of people: the first two people of the latest sentence that named two, while
  nobody else has been named since ("A met B ..., hours after both watched the parade
  beside C. The two leaders ..." is A and B); else the last two distinct people in
  focus;
- pairs of countries: the two countries the sentence itself names before the
  anaphor, when exactly two; else the home countries of the last two people in
  focus when they differ; else the last two countries named.

:class:`Focus` keeps the people and countries in the order the text mentions them.

This module must not import ``api``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.extract.entities import Ent, gazetteer

if TYPE_CHECKING:
    from ingest.extract.document import Doc, Sentence

__all__ = ["Focus", "pair_countries", "pair_people", "protagonists"]


class Focus:
    """People and countries in the order the text mentions them."""

    def __init__(self) -> None:
        self.people: list[Ent] = []
        self.countries: list[Ent] = []
        self.subjects: list[Ent] = []  # first person of each sentence that names one
        # the first two people of the latest sentence that names two, and how many
        # people the focus held when it was taken
        self.lead_pair: tuple[list[Ent], int] | None = None

    def recent_people(self, limit: int, skip: set[str] | None = None) -> list[Ent]:
        found: list[Ent] = []
        seen = set(skip or ())
        for ent in reversed(self.people):
            if ent.id not in seen:
                seen.add(ent.id)
                found.append(ent)
                if len(found) == limit:
                    break
        return found

    def note_sentence(self, people: list[Ent]) -> None:
        """Keep the sentence's lead pair: "A met B ..., hours after both watched the
        parade beside C" is about A and B, whoever the sentence names last."""
        distinct = list({e.id: e for e in people}.values())
        if len(distinct) >= 2:
            self.lead_pair = (distinct[:2], len(self.people))

    def add(self, ent: Ent) -> None:
        if ent.is_person:
            self.people.append(ent)
        elif ent.is_state:
            self.countries.append(ent)


def pair_people(
    focus: Focus, sentence: Sentence, pos: int, country: str | None = None
) -> list[Ent]:
    """The pair in focus before ``pos`` (see the module docstring); of ``country``
    when the phrase names one ("kedua menteri RI": the two Indonesian ministers)."""
    before = [e for e in sentence.ents if e.is_person and e.end <= pos]
    saved = focus.people
    if country is None and len({e.id for e in before}) < 2 and focus.lead_pair:
        pair, mark = focus.lead_pair
        ids = {e.id for e in pair}
        if all(e.id in ids for e in saved[mark:] + before):
            return pair
    focus.people = saved + before
    if country is not None:
        focus.people = [e for e in focus.people if e.country == country]
    try:
        return list(reversed(focus.recent_people(2)))
    finally:
        focus.people = saved


def _country_ent(country: str) -> Ent | None:
    gaz = gazetteer()
    try:
        actor = gaz.actor(country)
        place = gaz.place(country)
    except LookupError:
        return None
    return Ent(0, 0, "", country, "country", "pair", actor, place, country, None)


def _named_pair(sentence: Sentence, pos: int) -> list[Ent]:
    """The two countries the sentence itself names before ``pos`` (through people,
    states and places: "Biden ... ke Hanoi, Vietnam, ... kedua negara"), if exactly
    two."""
    homes: list[str] = []
    for ent in sentence.ents:
        if ent.end > pos or ent.via == "pair" or ent.country is None:
            continue
        if ent.country not in homes:
            homes.append(ent.country)
    if len(homes) != 2:
        return []
    found = [_country_ent(home) for home in homes]
    return [e for e in found if e is not None] if all(found) else []


def pair_countries(doc: Doc, focus: Focus, sentence: Sentence, pos: int) -> list[Ent]:
    named = _named_pair(sentence, pos)
    if named:
        return named
    gaz = gazetteer()
    people = pair_people(focus, sentence, pos)
    homes = [p.country for p in people if p.country]
    if len(homes) == 2 and homes[0] != homes[1]:
        ents = []
        for home in homes:
            try:
                actor = gaz.actor(home)
                place = gaz.place(home)
            except LookupError:
                return []
            ents.append(
                Ent(0, 0, "", home, "country", "pair", actor, place, home, None)
            )
        return ents
    seen: list[Ent] = []
    for ent in reversed(focus.countries + [e for e in sentence.ents if e.is_state]):
        if ent.end <= pos and ent.country not in {s.country for s in seen}:
            seen.append(ent)
        if len(seen) == 2:
            break
    return list(reversed(seen)) if len(seen) == 2 else []


def protagonists(focus: Focus, sentence: Sentence, pos: int) -> list[Ent]:
    """The two people the text has named most so far (ties: the more recent), for
    a bare "they" ("they met in Bali last year"): the story's pair, not whoever
    was quoted last."""
    before = [e for e in sentence.ents if e.is_person and e.end <= pos]
    counts: dict[str, int] = {}
    latest: dict[str, int] = {}
    ents: dict[str, Ent] = {}
    for index, ent in enumerate(focus.people + before):
        counts[ent.id] = counts.get(ent.id, 0) + 1
        latest[ent.id] = index
        ents[ent.id] = ent
    order = sorted(ents, key=lambda i: (counts[i], latest[i]))
    return [ents[i] for i in order[-2:]] if len(order) >= 2 else []
