"""The GraphStore protocol every backend implements, and ``open_store`` to pick one.

Write side: ``upsert`` takes articles and event *reports* (one article's account of an
event, as the extractor produces them) and resolves reports into events with
:func:`graph.resolve.resolve`. Re-upserting the same reports changes nothing.

Read side: what the API and CLI ask. ``actors`` and ``place`` filters take an id or a
name (any alias, case- and accent-insensitive); a country as ``place`` also matches the
places inside it. Dates filter by overlap of the event's date range.

A backend is done when it passes ``tests/contract/test_store.py``. This module must not
import anything from ``api`` or ``ingest``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict

from graph.config import Backend, StoreConfig
from graph.model import Actor, ActorKind, Article, Event, EventQuery, Modality, Place

__all__ = [
    "ActorPath",
    "ActorQuery",
    "EventPage",
    "GraphStore",
    "StoreStats",
    "UpsertResult",
    "build_store",
    "fold",
    "open_store",
]


def fold(text: str) -> str:
    """Case-, accent-, hyphen- and whitespace-insensitive key for name comparisons.

    Examples:
        >>> fold("Kim Jong-Un") == fold("kim jong un")
        True
        >>> fold("Sánchez")
        'sanchez'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.replace("-", " ").replace("\u2010", " ").split())


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class UpsertResult(_Frozen):
    """What one upsert changed. All zeros when the same data is upserted again."""

    articles_added: int = 0
    reports_added: int = 0
    events_created: int = 0
    events_removed: int = 0


class EventPage(_Frozen):
    items: tuple[Event, ...]
    total: int
    limit: int
    offset: int


class ActorQuery(_Frozen):
    """``name`` matches any alias by substring after :func:`fold`."""

    name: str | None = None
    kind: ActorKind | None = None
    limit: int = 50
    offset: int = 0


class ActorPath(_Frozen):
    """How two actors are connected: ``events[i]`` joins ``actors[i]``, ``actors[i+1]``.

    Empty when no path exists within the hop limit.
    """

    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()


class StoreStats(_Frozen):
    actors: int
    events: int
    places: int
    articles: int
    reports: int
    events_by_type: dict[str, int]


@runtime_checkable
class GraphStore(Protocol):
    """What every store does. Constructors do no I/O; ``open_store`` connects."""

    def ensure_schema(self) -> None:
        """Create constraints, indexes or files the store needs (idempotent)."""

    def close(self) -> None:
        """Release connections and locks."""

    def ping(self) -> None:
        """Raise ``StoreUnavailable`` if the store cannot be reached now."""

    def upsert(
        self, articles: Sequence[Article], events: Sequence[Event]
    ) -> UpsertResult:
        """Store articles and event reports; resolve reports into events."""

    def get_event(self, event_id: str) -> Event:
        """An event by its id, or by the id of any report merged into it."""

    def find_events(self, query: EventQuery) -> EventPage:
        """Events matching every filter, ordered by date (undated last), then id."""

    def get_actor(self, actor_id: str) -> Actor:
        """An actor by id; raises ``ActorNotFound``."""

    def find_actors(self, query: ActorQuery) -> list[Actor]:
        """Actors whose name or an alias contains ``query.name``, ordered by name."""

    def shortest_path(
        self,
        source: str,
        target: str,
        *,
        max_events: int = 4,
        modalities: tuple[Modality, ...] = (Modality.ASSERTED,),
    ) -> ActorPath:
        """The shortest chain of events linking two actors (ids or names).

        Among equally short chains the one with the smallest node ids wins, so both
        backends give the same answer. Raises ``ActorNotFound`` for an unknown actor.
        """

    def get_place(self, place_id: str) -> Place:
        """A place by id; raises ``PlaceNotFound``."""

    def get_article(self, article_id: str) -> Article:
        """An article by id; raises ``ArticleNotFound``."""

    def stats(self) -> StoreStats:
        """Counts of what the store holds."""


def build_store(config: StoreConfig) -> GraphStore:
    """The configured backend, constructed without any I/O."""
    match config.backend:
        case Backend.MEMORY:
            from graph.memory_store import MemoryStore

            return MemoryStore(config.data_dir)
        case Backend.NEO4J:
            from graph.neo4j_store import Neo4jStore

            return Neo4jStore(config)


def open_store(config: StoreConfig) -> GraphStore:
    """Build the configured backend, check it can be reached and set up its schema.

    Raises:
        StoreUnavailable: the backend cannot be opened or reached.

    Examples:
        >>> import tempfile, pathlib
        >>> store = open_store(StoreConfig(data_dir=pathlib.Path(tempfile.mkdtemp())))
        >>> store.stats().events
        0
    """
    store = build_store(config)
    try:
        store.ping()
        store.ensure_schema()
    except BaseException:
        store.close()  # a half-opened store must not leak its driver
        raise
    return store
