"""The Neo4j backend of :class:`graph.store.GraphStore`, over Bolt with the sync driver.

Same contract and same answers as the memory store: an upsert resolves incoming
reports against the events they may belong to with :func:`graph.resolve.resolve`,
then replaces those events, all in one write transaction that first takes a lock
node, so concurrent upserts (API and CLI) serialise and never duplicate an event.
Writes are ``UNWIND $rows ... MERGE`` batches of ``StoreConfig.batch_size`` rows;
every statement is a named constant in :mod:`graph.cypher`. Reads pass
``RoutingControl.READ`` and the database on every call.

Driver failures become :class:`graph.errors.StoreUnavailable` (raised ``from`` the
driver's exception). This module must not import anything from ``api`` or
``ingest``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
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
from graph.model import Actor, Article, Event, EventQuery, Modality, Place, PlaceKind
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

_UNAVAILABLE = (ServiceUnavailable, SessionExpired, AuthError, ConfigurationError)
_UNAVAILABLE_CODES = (
    "Neo.ClientError.Database.DatabaseNotFound",
    "Neo.TransientError.General.DatabaseUnavailable",
)


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
        logger.debug("Neo4j schema ready in database %s", self._database)

    def close(self) -> None:
        with self._driver_lock:
            if self._driver is not None:
                self._driver.close()
                self._driver = None

    def wipe(self) -> None:
        """Delete every node and relationship (keeps the schema). For tests."""
        with (
            self._translate(),
            self.driver.session(database=self._database) as session,
        ):
            session.run(cypher.WIPE).consume()

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

    def _events(self, ids: Sequence[str]) -> list[Event]:
        found = {
            r["event"]["id"]: rows.event_from(
                r["event"], r["place"], r["participants"], r["evidence"]
            )
            for r in self._read(cypher.EVENTS_BY_ID, ids=list(ids))
        }
        return [found[i] for i in ids if i in found]

    def get_event(self, event_id: str) -> Event:
        found = self._events([event_id])
        if not found:
            owner = self._read(cypher.EVENT_OF_REPORT, id=event_id)
            if owner:
                found = self._events([owner[0]["id"]])
        if not found:
            raise EventNotFound(event_id)
        return found[0]

    def _ids_named(self, statement: LiteralString, term: str) -> set[str]:
        (record,) = self._read(statement, term=term, key=fold(term))
        return {record["exact"]} if record["exact"] else set(record["named"])

    def _places_named(self, term: str) -> set[str]:
        (record,) = self._read(cypher.PLACES_NAMED, term=term, key=fold(term))
        matches = [record["exact"]] if record["exact"] else record["named"]
        found = {m["id"] for m in matches}
        countries = self._ids_named(cypher.COUNTRIES_NAMED, term) | {
            m["id"] for m in matches if m["kind"] == PlaceKind.COUNTRY.value
        }
        if countries:
            (inside,) = self._read(
                cypher.PLACES_IN_COUNTRIES, countries=list(countries)
            )
            found |= set(inside["ids"])
        return found

    def find_events(self, query: EventQuery) -> EventPage:
        actor_sets = [
            sorted(self._ids_named(cypher.ACTORS_NAMED, term)) for term in query.actors
        ]
        places = (
            sorted(self._places_named(query.place)) if query.place is not None else None
        )
        (page,) = self._read(
            cypher.FIND_EVENT_IDS,
            types=[t.value for t in query.types],
            modalities=[m.value for m in query.modalities],
            date_from=query.date_from,
            date_to=query.date_to,
            actor_sets=actor_sets,
            places=places,
            offset=query.offset,
            limit=query.limit,
        )
        return EventPage(
            items=tuple(self._events(page["page"])),
            total=page["total"],
            limit=query.limit,
            offset=query.offset,
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
        ends = []
        for term in (source, target):
            ids = self._ids_named(cypher.ACTORS_NAMED, term)
            if not ids:
                raise ActorNotFound(term)
            ends.append(sorted(ids))
        candidates = [[s] for s in ends[0] if s in ends[1]]
        candidates += [
            r["ids"]
            for r in self._read(
                cypher.SHORTEST_PATHS,
                sources=ends[0],
                targets=ends[1],
                max_length=2 * min(max_events, MAX_EVENTS),
                modalities=[m.value for m in modalities],
            )
        ]
        best = best_path(candidates, max_events)
        if best is None:
            return ActorPath()
        return ActorPath(
            actors=tuple(self.get_actor(n) for n in best[::2]),
            events=tuple(self._events(best[1::2])),
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
        by_type = {r["type"]: r["n"] for r in self._read(cypher.EVENTS_BY_TYPE)}
        return StoreStats(**counts, events_by_type=dict(sorted(by_type.items())))
