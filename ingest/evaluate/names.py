"""How the scorer reads gold names: canonical folding and the ``NameIndex`` role.

Gold annotations name actors and places in canonical English ("Kim Jong Un",
"North Korea", "Saint Petersburg"); extracted events carry ``Actor`` and ``Place``
models with ids. A ``NameIndex`` bridges the two: which kind of actor a gold name is
(people are principals, see ``rule``) and which entity ids it may denote.

``StaticNameIndex`` is built from ``Actor`` and ``Place`` models; ``gazetteer_names``
builds one from the project gazetteer on first use. This module imports ``graph`` and
``ingest.gazetteer``; it must not import ``api``.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from typing import Protocol

from graph.model import Actor, ActorKind, Place
from ingest.gazetteer import load_gazetteer

__all__ = ["NameIndex", "StaticNameIndex", "fold", "gazetteer_names"]

logger = logging.getLogger(__name__)

_NON_WORD = re.compile(r"[\W_]+")


def fold(name: str) -> str:
    """Canonical comparison key: no case, accents, hyphens or punctuation.

    Examples:
        >>> fold("Kim Jong-un") == fold("kim jong un")
        True
        >>> fold("  Pedro Sánchez ")
        'pedro sanchez'
        >>> fold("St. Petersburg")
        'st petersburg'
    """
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(word for word in _NON_WORD.split(bare.casefold()) if word)


class NameIndex(Protocol):
    """What the scorer needs to know about a gold name."""

    def kind(self, name: str) -> ActorKind | None:
        """The kind of actor ``name`` denotes, or None if unknown or not an actor."""
        ...

    def ids(self, name: str) -> set[str]:
        """Entity ids (actors and places) that ``name`` may denote; empty if unknown."""
        ...


class StaticNameIndex:
    """A ``NameIndex`` over given actors and places, keyed by folded name and alias.

    A name shared by actors of different kinds has no kind (None): the scorer then
    falls back to other sources rather than guess.

    Examples:
        >>> from graph.model import Actor, ActorKind
        >>> index = StaticNameIndex(
        ...     [Actor(id="country:PRK", name="North Korea", kind=ActorKind.COUNTRY,
        ...            aliases=("DPRK",))])
        >>> index.kind("dprk"), sorted(index.ids("North-Korea"))
        (<ActorKind.COUNTRY: 'country'>, ['country:PRK'])
    """

    def __init__(
        self, actors: Iterable[Actor] = (), places: Iterable[Place] = ()
    ) -> None:
        self._ids: defaultdict[str, set[str]] = defaultdict(set)
        self._kinds: defaultdict[str, set[ActorKind]] = defaultdict(set)
        for actor in actors:
            for key in _keys(actor.name, actor.aliases):
                self._ids[key].add(actor.id)
                self._kinds[key].add(actor.kind)
        for place in places:
            for key in _keys(place.name, place.aliases):
                self._ids[key].add(place.id)

    def kind(self, name: str) -> ActorKind | None:
        kinds = self._kinds.get(fold(name), set())
        return next(iter(kinds)) if len(kinds) == 1 else None

    def ids(self, name: str) -> set[str]:
        return set(self._ids.get(fold(name), ()))


def _keys(name: str, aliases: Iterable[str]) -> set[str]:
    return {key for key in (fold(n) for n in (name, *aliases)) if key}


class _GazetteerNames:
    """A ``NameIndex`` over the project gazetteer, loaded on the first lookup."""

    def __init__(self) -> None:
        self._index: StaticNameIndex | None = None

    def _load(self) -> StaticNameIndex:
        if self._index is None:
            gazetteer = load_gazetteer()
            self._index = StaticNameIndex(gazetteer.actors(), gazetteer.places())
        return self._index

    def kind(self, name: str) -> ActorKind | None:
        return self._load().kind(name)

    def ids(self, name: str) -> set[str]:
        return self._load().ids(name) | set(load_gazetteer().lookup(name))


@functools.cache
def gazetteer_names() -> NameIndex:
    """The ``NameIndex`` backed by ``ingest.gazetteer`` (loaded lazily, once).

    Names are matched against every actor's and place's name and aliases (folded),
    plus the gazetteer's own ``lookup``.
    """
    return _GazetteerNames()
