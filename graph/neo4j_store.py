"""The Neo4j backend of :class:`graph.store.GraphStore`, over Bolt with the sync driver.

Same contract and same answers as the memory store: an upsert resolves incoming
reports against the events they may belong to with :func:`graph.resolve.resolve`,
then replaces those events, all in one write transaction that first takes a lock
node, so concurrent upserts (API and CLI) serialise and never duplicate an event.
Writes are ``UNWIND $rows ... MERGE`` batches of ``StoreConfig.batch_size`` rows;
every statement is a named constant in :mod:`graph.cypher`. Reads pass
``RoutingControl.READ`` and the database on every call, and each API read is one
statement (``shortest_path`` two), names resolved inside it, so a call costs one
round trip; ``graph/neo4j_local.md`` has the plans and the numbers.

Driver failures become :class:`graph.errors.StoreUnavailable` (raised ``from`` the
driver's exception). This module must not import anything from ``api`` or
``ingest``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any, LiteralString

from neo4j import Driver, GraphDatabase, Query, RoutingControl
from neo4j.exceptions import (
    AuthError,
    ConfigurationError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from graph import cypher
from graph import neo4j_rows as rows
from graph.config import StoreConfig
from graph.errors import (
    ActorNotFound,
    ArticleNotFound,
    EventNotFound,
    PlaceNotFound,
    StoreUnavailable,
)
from graph.model import (
    Actor,
    Article,
    Event,
    EventQuery,
    EventType,
    Modality,
    Place,
)
from graph.neo4j_upsert import upsert_in
from graph.paths import MAX_EVENTS, best_path
from graph.store import (
    ActorPath,
    ActorQuery,
    EventPage,
    StoreStats,
    UpsertResult,
    fold,
)

__all__ = ["Neo4jStore"]

logger = logging.getLogger(__name__)

#: An event's date spans at most a (leap) year.
_LONGEST_EVENT = timedelta(days=366)
_UNAVAILABLE = (ServiceUnavailable, SessionExpired, AuthError, ConfigurationError)
_UNAVAILABLE_CODES = (
    "Neo.ClientError.Database.DatabaseNotFound",
    "Neo.TransientError.General.DatabaseUnavailable",
)


def _name(term: str) -> dict[str, str]:
    """A name filter's parameter: the term as given (maybe an id) and its folded key."""
    return {"term": term, "key": fold(term)}


def _year_before(day: date | None) -> date:
    """A lower bound for the start of any event overlapping a range from ``day``."""
    if day is None or day - date.min <= _LONGEST_EVENT:
        return date.min
    return day - _LONGEST_EVENT


class Neo4jStore:
    """A :class:`~graph.store.GraphStore` in a Neo4j 5 database.

    The constructor does no I/O; the driver is created on first use.
    """

    def __init__(self, config: StoreConfig) -> None:
        self._config = config
        self._database = config.neo4j_database
        self._driver: Driver | None = None
        self._driver_lock = threading.Lock()

    # -- lifecycle ---------------------------------------------------------------

    @property
    def driver(self) -> Driver:
        """The store's one driver (thread-safe; sessions are per call)."""
        with self._driver_lock:
            return self._driver or self._open_driver()

    def _open_driver(self) -> Driver:
        config = self._config
        auth = None
        if config.neo4j_password is not None:
            auth = (config.neo4j_user, config.neo4j_password.get_secret_value())
        with self._translate():
            driver = GraphDatabase.driver(
                config.neo4j_uri,
                auth=auth,
                connection_timeout=config.connect_timeout,
                connection_acquisition_timeout=config.connect_timeout * 2,
                # Fail fast when the server is down: the API answers 503 at once.
                max_transaction_retry_time=config.connect_timeout * 2,
            )
        self._driver = driver
        return driver

    @contextmanager
    def _translate(self) -> Iterator[None]:
        """Driver errors that mean "cannot reach the store" -> StoreUnavailable."""
        where = f"Neo4j at {self._config.neo4j_uri} (database {self._database!r})"
        try:
            yield
        except _UNAVAILABLE as exc:
            raise StoreUnavailable(f"{where} is unavailable: {exc}") from exc
        except Neo4jError as exc:
            if exc.code in _UNAVAILABLE_CODES or isinstance(exc, TransientError):
                raise StoreUnavailable(f"{where} is unavailable: {exc}") from exc
            raise
        except DriverError as exc:
            raise StoreUnavailable(f"{where} failed: {exc}") from exc

    def _read(self, statement: LiteralString, **params: Any) -> list[dict[str, Any]]:
        with self._translate():
            result = self.driver.execute_query(
                Query(statement),
                params,
                routing_=RoutingControl.READ,
                database_=self._database,
            )
        return [record.data() for record in result.records]

    def _write(self, statement: LiteralString, **params: Any) -> None:
        with self._translate():
            self.driver.execute_query(
                Query(statement),
                params,
                routing_=RoutingControl.WRITE,
                database_=self._database,
            )

    def ping(self) -> None:
        with self._translate():
            self.driver.verify_connectivity()
        self._read(cypher.PING)

    def ensure_schema(self) -> None:
        for statement in cypher.SCHEMA:
            self._write(statement)
        self._write(cypher.AWAIT_INDEXES, seconds=60)
        self._auto_commit(cypher.LINK_NAMES)
        logger.debug("Neo4j schema ready in database %s", self._database)

    def close(self) -> None:
        with self._driver_lock:
            if self._driver is not None:
                self._driver.close()
                self._driver = None

    def _auto_commit(self, statement: LiteralString) -> None:
        """Run a ``CALL {...} IN TRANSACTIONS`` statement (needs auto-commit)."""
        with (
            self._translate(),
            self.driver.session(database=self._database) as session,
        ):
            session.run(statement).consume()

    def wipe(self) -> None:
        """Delete every node and relationship (keeps the schema). For tests."""
        self._auto_commit(cypher.WIPE)

    # -- writes ------------------------------------------------------------------

    def upsert(
        self, articles: Sequence[Article], events: Sequence[Event]
    ) -> UpsertResult:
        batch = self._config.batch_size
        with (
            self._translate(),
            self.driver.session(database=self._database) as session,
        ):
            result = session.execute_write(upsert_in, articles, events, batch)
        logger.info(
            "upserted %d articles, %d reports: %s", len(articles), len(events), result
        )
        return result

    # -- reads -------------------------------------------------------------------

    def _page(self, statement: LiteralString, **params: Any) -> tuple[int, list[Event]]:
        """Run one of ``cypher.EVENT_PAGES``: the total and the page's events."""
        (record,) = self._read(statement, **params)
        return record["total"], rows.events_from(record)

    def get_event(self, event_id: str) -> Event:
        _, found = self._page(cypher.EVENTS_BY_ID, ids=[event_id], offset=0, limit=1)
        if not found:
            raise EventNotFound(event_id)
        return found[0]

    def find_events(self, query: EventQuery) -> EventPage:
        dated = query.date_from is not None or query.date_to is not None
        params: dict[str, Any] = {
            "types": [t.value for t in query.types or EventType],
            "modalities": [m.value for m in query.modalities or Modality],
            "dated": dated,
            "date_from": query.date_from or date.min,
            "date_to": query.date_to or date.max,
            "start_from": _year_before(query.date_from),
            "actors": [_name(term) for term in query.actors],
            "place": _name(query.place) if query.place is not None else None,
            "offset": query.offset,
            "limit": query.limit,
        }
        # Start from the most selective filter present; see graph.cypher.
        if query.actors:
            statement = cypher.FIND_EVENTS_WITH_ACTORS
        elif query.place is not None:
            statement = cypher.FIND_EVENTS_AT_PLACE
        elif dated:
            statement = cypher.FIND_EVENTS_IN_DATES
        else:
            statement = cypher.FIND_EVENTS_OF_TYPES
        total, items = self._page(statement, **params)
        return EventPage(
            items=tuple(items), total=total, limit=query.limit, offset=query.offset
        )

    def _node(self, statement: LiteralString, node_id: str) -> dict[str, Any] | None:
        found = self._read(statement, id=node_id)
        return found[0]["node"] if found else None

    def get_actor(self, actor_id: str) -> Actor:
        props = self._node(cypher.GET_ACTOR, actor_id)
        if props is None:
            raise ActorNotFound(actor_id)
        return rows.actor_from(props)

    def find_actors(self, query: ActorQuery) -> list[Actor]:
        found = self._read(
            cypher.FIND_ACTORS,
            kind=query.kind.value if query.kind else None,
            needle=fold(query.name) if query.name else None,
            offset=query.offset,
            limit=query.limit,
        )
        return [rows.actor_from(r["node"]) for r in found]

    def shortest_path(
        self,
        source: str,
        target: str,
        *,
        max_events: int = 4,
        modalities: tuple[Modality, ...] = (Modality.ASSERTED,),
    ) -> ActorPath:
        (found,) = self._read(
            cypher.SHORTEST_PATHS,
            ends=[_name(source), _name(target)],
            max_length=2 * min(max_events, MAX_EVENTS),
            modalities=[m.value for m in modalities or Modality],
        )
        ends: list[list[str]] = [sorted(ids) for ids in found["ends"]]
        for term, ids in zip((source, target), ends, strict=True):
            if not ids:
                raise ActorNotFound(term)
        candidates = [[s] for s in ends[0] if s in ends[1]] + found["paths"]
        best = best_path(candidates, max_events)
        if best is None:
            return ActorPath()
        if len(best) == 1:
            return ActorPath(actors=(self.get_actor(best[0]),))
        # Every actor on a path takes part in an event next to it, so the events'
        # page brings them all: one more round trip for the whole path.
        _, events = self._page(
            cypher.EVENTS_BY_ID, ids=best[1::2], offset=0, limit=len(best)
        )
        by_id = {e.id: e for e in events}
        people = {p.actor.id: p.actor for e in events for p in e.participants}
        return ActorPath(
            actors=tuple(people[a] for a in best[::2]),
            events=tuple(by_id[e] for e in best[1::2]),
        )

    def get_place(self, place_id: str) -> Place:
        props = self._node(cypher.GET_PLACE, place_id)
        if props is None:
            raise PlaceNotFound(place_id)
        return rows.place_from(props)

    def get_article(self, article_id: str) -> Article:
        props = self._node(cypher.GET_ARTICLE, article_id)
        if props is None:
            raise ArticleNotFound(article_id)
        return rows.article_from(props)

    def stats(self) -> StoreStats:
        (counts,) = self._read(cypher.STATS)
        by_type = dict(sorted(counts.pop("events_by_type")))
        return StoreStats(**counts, events_by_type=by_type)
