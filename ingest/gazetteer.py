"""Canonical entities for names in news: countries, places, organisations, people.

``load_gazetteer()`` reads the YAML files under ``ingest/data/gazetteer/`` once per
process (cached), checks them and builds the indexes behind a read-only
:class:`Gazetteer`: actors and places by id, dated offices ("who was Russia's foreign
minister on 2023-05-01"), capitals and seats of government for metonymy ("Moscow
said"), containment of places, exact name lookup and the per-language alias matcher
used by :mod:`ingest.linking`. No store, no network.

This module must not import ``api``.
"""

from __future__ import annotations

import functools
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from graph.errors import ActorNotFound, PlaceNotFound
from graph.ids import slug
from graph.model import Actor, ActorKind, Place, PlaceKind
from ingest.aliasmatch import AliasMatcher, fold, is_case_sensitive
from ingest.gazetteer_aliases import ANY, LangAlias, build_aliases, title_aliases
from ingest.gazetteer_check import check_references
from ingest.gazetteer_files import (
    DATA_DIR,
    GazetteerError,
    GazetteerFiles,
    Office,
    PlaceEntry,
    read_files,
)

__all__ = ["Gazetteer", "GazetteerError", "load_gazetteer"]

logger = logging.getLogger(__name__)
_LANGS = ("en", "id")


class Gazetteer:
    """Read-only indexes over the checked gazetteer files (see ``load_gazetteer``)."""

    def __init__(self, files: GazetteerFiles) -> None:
        check_references(files)
        self._aliases: list[LangAlias] = build_aliases(files)
        self._titles = files.titles
        self._actors: dict[str, Actor] = {}
        self._places: dict[str, Place] = {}
        self._place_entries: dict[str, PlaceEntry] = {p.id: p for p in files.places}
        self._home: dict[str, str] = {}
        self._leader_from: dict[str, str] = {}
        self._offices: dict[str, list[tuple[str, Office]]] = defaultdict(list)
        self._terms: dict[str, list[Office]] = defaultdict(list)
        self._shorts: dict[str, list[str]] = defaultdict(list)
        self._standalone: dict[str, str] = {}
        self._by_name: dict[str, list[str]] = defaultdict(list)
        self._capital_of: dict[str, str] = {}
        self._build(files)

    def _build(self, files: GazetteerFiles) -> None:
        for c in files.countries:
            cid = f"country:{c.id}"
            names = (*c.names.en, *c.names.id, *((c.official,) if c.official else ()))
            self._actors[cid] = Actor(
                id=cid, name=c.name, kind=ActorKind.COUNTRY, aliases=names, qid=c.qid
            )
            self._places[cid] = Place(
                id=cid, name=c.name, kind=PlaceKind.COUNTRY, aliases=names
            )
        for p in files.places:
            self._places[p.id] = Place(
                id=p.id,
                name=p.name,
                kind=PlaceKind(p.kind),
                country=f"country:{p.country}" if p.country else None,
                lat=p.lat,
                lon=p.lon,
                aliases=(*p.names.en, *p.names.id),
            )
            stands_for = p.capital_of or p.seat_of
            if stands_for:
                self._capital_of[p.id] = f"country:{stands_for}"
            if p.country:
                self._home[p.id] = f"country:{p.country}"
        for o in files.organizations:
            home = f"country:{o.home}" if o.home else None
            self._actors[o.id] = Actor(
                id=o.id,
                name=o.name,
                kind=ActorKind.ORGANIZATION,
                aliases=(*o.names.en, *o.names.id),
                country=home,
                qid=o.qid,
            )
            if home:
                self._home[o.id] = home
            if o.leader_from:
                self._leader_from[o.id] = o.leader_from
        for person in files.people:
            home = f"country:{person.country}" if person.country else None
            self._actors[person.id] = Actor(
                id=person.id,
                name=person.name,
                kind=ActorKind.PERSON,
                aliases=person.aliases,
                country=home,
                qid=person.qid,
            )
            if home:
                self._home[person.id] = home
            for office in person.offices:
                self._offices[office.holder].append((person.id, office))
                self._terms[person.id].append(office)
            for short in person.short:
                self._shorts[fold(short)].append(person.id)
            for short in person.standalone:
                self._standalone[fold(short)] = person.id
        for lang, entry in self._aliases:
            if (
                entry.via != "short"
                and not entry.secondary
                and lang in (ANY, "en", "id")
            ):
                key = (
                    entry.surface
                    if is_case_sensitive(entry.surface)
                    else fold(entry.surface)
                )
                if entry.target not in self._by_name[key]:
                    self._by_name[key].append(entry.target)

    # -- entities --------------------------------------------------------------------

    def actor(self, entity_id: str) -> Actor:
        """The person, country or organisation with this id.

        Raises:
            ActorNotFound: no such actor in the gazetteer.
        """
        try:
            return self._actors[entity_id]
        except KeyError:
            raise ActorNotFound(entity_id) from None

    def place(self, entity_id: str) -> Place:
        """The city, region, venue or country (as a place) with this id.

        Raises:
            PlaceNotFound: no such place in the gazetteer.
        """
        try:
            return self._places[entity_id]
        except KeyError:
            raise PlaceNotFound(entity_id) from None

    def has(self, entity_id: str) -> bool:
        return entity_id in self._actors or entity_id in self._places

    def actors(self) -> Iterable[Actor]:
        return self._actors.values()

    def places(self) -> Iterable[Place]:
        return self._places.values()

    def lookup(self, name: str) -> list[str]:
        """Ids of the entities that ``name`` names exactly (case, accents and hyphens
        aside); all-capitals abbreviations only as written. Short forms excluded.

        Examples:
            >>> load_gazetteer().lookup("Korea Utara")
            ['country:PRK']
        """
        name = name.strip()
        key = name if is_case_sensitive(name) else fold(name)
        return list(self._by_name.get(key, ()))

    def unknown_person(self, name: str, country: str | None = None) -> Actor:
        """A person the gazetteer does not know, with a stable id from the name."""
        clean = " ".join(name.split())
        return Actor(
            id=f"person:{slug(clean)}",
            name=clean,
            kind=ActorKind.PERSON,
            country=country,
        )

    # -- geography -------------------------------------------------------------------

    def country_of(self, entity_id: str) -> str | None:
        """Home country id of a person, organisation or place; a country is its own."""
        if entity_id.startswith("country:"):
            return entity_id if entity_id in self._actors else None
        return self._home.get(entity_id)

    def capital_country(self, place_id: str) -> str | None:
        """The country a place stands for in metonymy ("Moscow said"): the country it
        is the capital of, else the one whose government sits there (Kremlin, White
        House, Putrajaya); None for other places."""
        return self._capital_of.get(place_id)

    def contains(self, outer: str, inner: str) -> bool:
        """Whether place ``inner`` lies in place ``outer`` (a country contains its
        cities, regions and venues; a city contains the venues placed within it)."""
        if outer == inner:
            return True
        current = self._place_entries.get(inner)
        seen: set[str] = set()
        while current is not None and current.id not in seen:
            seen.add(current.id)
            if current.country and outer == f"country:{current.country}":
                return True
            if current.within is None:
                return False
            if current.within == outer:
                return True
            current = self._place_entries.get(current.within)
        return False

    # -- offices ---------------------------------------------------------------------

    def offices(self, person_id: str) -> tuple[Office, ...]:
        """Every office term of a person, as listed in people.yaml."""
        return tuple(self._terms.get(person_id, ()))

    def office_holders(self, role: str, holder_id: str, on: date) -> list[Actor]:
        """People holding ``role`` for a country or organisation on a date.

        Examples:
            >>> from datetime import date
            >>> holders = load_gazetteer().office_holders(
            ...     "president", "country:USA", date(2024, 5, 1)
            ... )
            >>> [a.name for a in holders]
            ['Joe Biden']
        """
        return self._holders(holder_id, on, lambda o: o.role == role)

    def leader_of(self, holder_id: str, on: date) -> Actor | None:
        """The top leader of a country or organisation on a date (``leader: true``);
        an organisation with ``leader_from`` takes the leader of that part of it
        (the EU's is the European Commission's president)."""
        found = self._holders(holder_id, on, lambda o: o.leader)
        if not found and holder_id in self._leader_from:
            return self.leader_of(self._leader_from[holder_id], on)
        return found[0] if len(found) == 1 else None

    def holds(self, person_id: str, role: str, holder_id: str | None, on: date) -> bool:
        """Whether a person holds ``role`` (or is the leader, for role ``leader``)."""
        for office in self._terms.get(person_id, ()):
            if holder_id is not None and office.holder != holder_id:
                continue
            if office.held_on(on) and (
                office.role == role or (role == "leader" and office.leader)
            ):
                return True
        return False

    def _holders(
        self, holder_id: str, on: date, test: Callable[[Office], bool]
    ) -> list[Actor]:
        out: list[Actor] = []
        for person_id, office in self._offices.get(holder_id, ()):
            if office.held_on(on) and test(office):
                actor = self._actors[person_id]
                if actor not in out:
                    out.append(actor)
        return out

    # -- names -----------------------------------------------------------------------

    def people_with_short(self, form: str) -> list[str]:
        """Ids of the people who use ``form`` as a short name."""
        return list(self._shorts.get(fold(form), ()))

    def standalone_person(self, form: str) -> str | None:
        """The person a standalone short form names on its own ("Putin"), if any."""
        return self._standalone.get(fold(form))

    def surfaces(self) -> list[str]:
        """Every distinct surface form (names, aliases, demonyms, short forms)."""
        return sorted({entry.surface for _, entry in self._aliases})

    def implied_holder(self, role: str) -> str | None:
        """The country or organisation a role belongs to when a title names no one
        ("the Pope" -> the Holy See), for roles with one holder in the world."""
        return self._titles.implied.get(role)

    def role_equivalents(self, role: str) -> tuple[str, ...]:
        """Roles to try, in order, when nobody holds ``role``."""
        return (role, *self._titles.equivalents.get(role, ()))

    @functools.cache  # noqa: B019 - the gazetteer lives for the whole process
    def matcher(self, lang: str) -> AliasMatcher:
        """The alias matcher for one language: its own forms, the forms every language
        shares, and English ones (Indonesian news uses them too); all for others."""
        wanted = {ANY, lang, "en"} if lang in _LANGS else None
        titles = title_aliases(
            self._titles.by_language()
            if wanted is None
            else {k: v for k, v in self._titles.by_language().items() if k == lang}
        )
        chosen = [
            entry
            for entry_lang, entry in (*self._aliases, *titles)
            if wanted is None or entry_lang in wanted
        ]
        matcher = AliasMatcher(chosen)
        logger.info("alias matcher for %s: %d keys", lang, matcher.size)
        return matcher


@functools.cache
def load_gazetteer(directory: Path = DATA_DIR) -> Gazetteer:
    """The gazetteer from ``directory`` (the packaged data by default), loaded once.

    Raises:
        GazetteerError: a file is missing, malformed or inconsistent; the message
            names the file and the entry.
    """
    gazetteer = Gazetteer(read_files(directory))
    logger.info("gazetteer loaded from %s", directory)
    return gazetteer
