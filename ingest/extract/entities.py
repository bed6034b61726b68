"""Linked entities as the extractor sees them: actors and places with their countries.

Wraps :func:`ingest.linking.find_mentions` and the gazetteer: each mention becomes an
:class:`Ent` that carries the :class:`~graph.model.Actor` it can stand for (a person,
country or organisation; a capital or seat of government stands for its country,
"thanked Pyongyang"), the :class:`~graph.model.Place` it can name (a city, region,
venue or country) and its country. Whether a capital is an actor or a place is decided
later, by the argument rules, from the words around it.

This module must not import ``api``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from graph.errors import ActorNotFound, PlaceNotFound
from graph.model import Actor, ActorKind, Place
from ingest.gazetteer import Gazetteer, load_gazetteer
from ingest.linking import Mention, find_mentions

__all__ = ["Ent", "city_level", "city_of", "gazetteer", "link", "person_ent"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Ent:
    """An entity mention (or a resolved anaphor) at ``start:end`` of the article text.

    ``kind`` is person, country, organization or place. ``actor`` is what the mention
    can stand for as a participant (None for plain cities and regions); ``place`` is
    where it can locate an event (None for people and organisations); ``country`` is
    the country id of the entity (a person's home, a city's country, a country itself).
    ``via`` tells how it was found (linking's ``via``, or ``anaphor`` for "keduanya",
    "his guest"...).
    """

    start: int
    end: int
    text: str
    id: str
    kind: str
    via: str
    actor: Actor | None
    place: Place | None
    country: str | None
    role: str | None = None

    @property
    def is_person(self) -> bool:
        return self.kind == "person"

    @property
    def is_state(self) -> bool:
        """A country, or a capital/seat of government that can stand for one."""
        return self.actor is not None and self.actor.kind is ActorKind.COUNTRY

    @property
    def is_org(self) -> bool:
        return self.actor is not None and self.actor.kind is ActorKind.ORGANIZATION

    @property
    def is_capital(self) -> bool:
        return self.kind == "place" and self.actor is not None

    def moved(self, start: int, end: int, text: str, via: str) -> Ent:
        """The same entity, found elsewhere (an anaphor that refers to it)."""
        return replace(self, start=start, end=end, text=text, via=via)


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (loaded on first use)."""
    return load_gazetteer()


def _actor(gaz: Gazetteer, entity_id: str) -> Actor | None:
    try:
        return gaz.actor(entity_id)
    except ActorNotFound:
        return None


def _place(gaz: Gazetteer, entity_id: str) -> Place | None:
    try:
        return gaz.place(entity_id)
    except PlaceNotFound:
        return None


def _ent(gaz: Gazetteer, m: Mention) -> Ent | None:
    actor: Actor | None = None
    place: Place | None = None
    country: str | None = None
    if m.kind == "person":
        actor = m.actor or _actor(gaz, m.entity_id)
        country = (actor.country if actor else None) or m.country
    elif m.kind in ("country", "organization"):
        actor = _actor(gaz, m.entity_id)
        if m.kind == "country":
            place = _place(gaz, m.entity_id)
            country = m.entity_id
        else:
            country = gaz.country_of(m.entity_id)
    else:
        place = _place(gaz, m.entity_id)
        country = place.country if place else None
        seat = m.country if m.via == "capital" else gaz.capital_country(m.entity_id)
        if seat:
            actor = _actor(gaz, seat)
            country = country or seat
    if actor is None and place is None:
        logger.debug("mention %r (%s) resolves to nothing", m.text, m.entity_id)
        return None
    return Ent(
        start=m.start,
        end=m.end,
        text=m.text,
        id=m.entity_id,
        kind=m.kind,
        via=m.via,
        actor=actor,
        place=place,
        country=country,
        role=m.role,
    )


def link(text: str, lang: str, on: date | None) -> list[Ent]:
    """Entities mentioned in ``text`` (offsets into it), in text order."""
    gaz = gazetteer()
    ents = [_ent(gaz, m) for m in find_mentions(text, lang, on)]
    return [e for e in ents if e is not None]


def person_ent(actor: Actor, start: int, end: int, text: str, via: str) -> Ent:
    """An :class:`Ent` for a person found by coreference rather than by name."""
    return Ent(
        start=start,
        end=end,
        text=text,
        id=actor.id,
        kind="person",
        via=via,
        actor=actor,
        place=None,
        country=actor.country,
    )


@cache
def city_of(place_id: str) -> Place | None:
    """The city a venue lies in (the White House -> Washington), if the gazetteer
    knows it; event places are reported at city level."""
    gaz = gazetteer()
    try:
        venue = gaz.place(place_id)
    except PlaceNotFound:
        return None
    for place in gaz.places():
        if (
            place.kind.value == "city"
            and place.country == venue.country
            and place.id != place_id
            and gaz.contains(place.id, place_id)
        ):
            return place
    return None


def city_level(place: Place | None) -> Place | None:
    """Venues are reported as the city they lie in, where the gazetteer knows it."""
    if place is not None and place.kind.value == "venue":
        return city_of(place.id) or place
    return place
