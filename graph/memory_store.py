"""The embedded default store: a networkx graph persisted to a data directory.

The graph has the same shape as the Neo4j one (DESIGN.md): Actor, Event, Place and
Article nodes; ``PARTICIPATED_IN {role}``, ``OCCURRED_AT``, ``REPORTED_IN {sentence,
start, end, extractor, report, claim}`` and ``IN`` edges. Node attributes hold each
model's fields, and reads rebuild the models from them, so both backends go through the
same serialisation.

Durability: every write goes to a temporary file that is fsynced and then renamed over
``graph.json``, so a crash leaves either the old or the new store, never half of one.
Writers in several processes (the CLI ingesting while the API serves) serialise on a
file lock and re-read the file before changing it; readers notice a newer file by its
stat and reload it.

This module must not import anything from ``api`` or ``ingest``.
"""

from __future__ import annotations

import fcntl
import itertools
import json
import logging
import os
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import networkx as nx

from graph import codec
from graph.codec import Graph
from graph.errors import (
    ActorNotFound,
    ArticleNotFound,
    EventNotFound,
    PlaceNotFound,
    StoreCorrupt,
    StoreUnavailable,
)
from graph.model import (
    Actor,
    Article,
    Event,
    EventQuery,
    Modality,
    Place,
    date_bounds,
)
from graph.paths import best_path
from graph.resolve import agree, resolve
from graph.store import (
    ActorPath,
    ActorQuery,
    EventPage,
    StoreStats,
    UpsertResult,
    fold,
)

__all__ = ["MemoryStore"]

logger = logging.getLogger(__name__)

_FILE = "graph.json"
_LOCK = "store.lock"
_FORMAT = 1

Stamp = tuple[int, int, int]


class MemoryStore:
    """A networkx ``MultiDiGraph`` persisted atomically under ``data_dir``.

    Examples:
        >>> import tempfile
        >>> store = MemoryStore(Path(tempfile.mkdtemp()))
        >>> store.ensure_schema()
        >>> store.stats().articles
        0
    """

    def __init__(self, data_dir: Path) -> None:
        self._dir = Path(data_dir)
        self._path = self._dir / _FILE
        self._graph: Graph = nx.MultiDiGraph()
        self._stamp: Stamp | None = None
        self._mutex = threading.RLock()

    # -- lifecycle ---------------------------------------------------------------

    def ensure_schema(self) -> None:
        try:
            self._dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnavailable(
                f"cannot create data directory {self._dir}: {exc}"
            ) from exc

    def ping(self) -> None:
        if self._dir.exists() and not os.access(self._dir, os.R_OK | os.W_OK | os.X_OK):
            raise StoreUnavailable(
                f"data directory {self._dir} is not readable and writable"
            )
        if self._dir.exists() and not self._dir.is_dir():
            raise StoreUnavailable(f"data directory {self._dir} is not a directory")
        with self._mutex:
            self._refresh()

    def close(self) -> None:
        """Nothing to release: every write is already on disk."""

    # -- persistence -------------------------------------------------------------

    def _file_stamp(self) -> Stamp | None:
        try:
            st = self._path.stat()
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _refresh(self) -> None:
        stamp = self._file_stamp()
        if stamp == self._stamp:
            return
        if stamp is None:
            self._graph = nx.MultiDiGraph()
        else:
            self._graph = self._read()
        self._stamp = stamp

    def _read(self) -> Graph:
        try:
            payload = json.loads(self._path.read_text(encoding="utf-8"))
            if payload.get("format") != _FORMAT:
                raise StoreCorrupt(
                    f"{self._path}: unknown format {payload.get('format')!r}"
                )
            graph = cast(
                Graph,
                nx.node_link_graph(
                    payload["graph"], directed=True, multigraph=True, edges="edges"
                ),
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreCorrupt(f"cannot read {self._path}: {exc}") from exc
        return graph

    def _write(self, graph: Graph) -> None:
        payload = {"format": _FORMAT, "graph": nx.node_link_data(graph, edges="edges")}
        fd, tmp = tempfile.mkstemp(prefix=".graph-", suffix=".tmp", dir=self._dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle, ensure_ascii=False, separators=(",", ":"))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self._path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        dir_fd = os.open(self._dir, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        self._stamp = self._file_stamp()

    @contextmanager
    def _writing(self) -> Iterator[Graph]:
        """Lock across threads and processes, yield a copy to change, persist it."""
        self.ensure_schema()
        with self._mutex, open(self._dir / _LOCK, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                self._refresh()
                draft = self._graph.copy()
                # copy() shares graph-level dicts: give the draft its own report index
                draft.graph["reports"] = dict(draft.graph.get("reports", {}))
                yield draft
                self._write(draft)
                self._graph = draft
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    @contextmanager
    def _reading(self) -> Iterator[Graph]:
        # Writers build a new graph and swap it in, never changing one in place, so a
        # reader may keep the graph it got after the lock is released.
        with self._mutex:
            self._refresh()
            graph = self._graph
        yield graph

    # -- writes ------------------------------------------------------------------

    def upsert(
        self, articles: Sequence[Article], events: Sequence[Event]
    ) -> UpsertResult:
        reports = {e.id: e for e in events}
        with self._reading() as current:
            if self._unchanged(current, articles, reports):
                return UpsertResult()
        with self._writing() as graph:
            articles_added = sum(a.id not in graph for a in articles)
            for article in articles:
                codec.put_article(graph, article)
            known = codec.report_index(graph)
            affected = self._affected(graph, reports.values(), known)
            pool: dict[str, Event] = {}
            for event_id in sorted(affected):
                pool.update({r.id: r for r in codec.reports_of(graph, event_id)})
            reports_added = sum(rid not in known for rid in reports)
            pool.update(reports)
            merged = resolve(pool.values())
            for event_id in affected:
                codec.remove_event(graph, event_id)
            for event in merged:
                codec.put_event(graph, event, [pool[rid] for rid in event.reports])
            codec.link_places(graph)
            old, new = set(affected), {e.id for e in merged}
            result = UpsertResult(
                articles_added=articles_added,
                reports_added=reports_added,
                events_created=len(new - old),
                events_removed=len(old - new),
            )
        logger.info(
            "upserted %d articles, %d reports: %s", len(articles), len(reports), result
        )
        return result

    @staticmethod
    def _unchanged(
        graph: Graph, articles: Sequence[Article], reports: dict[str, Event]
    ) -> bool:
        if any(codec.get_article(graph, a.id) != a for a in articles if a.id in graph):
            return False
        if any(a.id not in graph for a in articles):
            return False
        known = codec.report_index(graph)
        return all(
            rid in known and codec.report(graph, known[rid], rid) == r
            for rid, r in reports.items()
        )

    @staticmethod
    def _affected(graph: Graph, reports: Any, known: dict[str, str]) -> set[str]:
        affected: set[str] = set()
        for report in reports:
            if report.id in known:
                affected.add(known[report.id])
            for event_id in codec.events_sharing_actors(graph, report):
                if event_id in affected:
                    continue
                if any(
                    agree(report, other) for other in codec.reports_of(graph, event_id)
                ):
                    affected.add(event_id)
        return affected

    # -- reads -------------------------------------------------------------------

    def get_event(self, event_id: str) -> Event:
        with self._reading() as graph:
            if codec.is_event(graph, event_id):
                return codec.get_event(graph, event_id)
            owner = codec.report_index(graph).get(event_id)
            if owner is None:
                raise EventNotFound(event_id)
            return codec.get_event(graph, owner)

    def find_events(self, query: EventQuery) -> EventPage:
        with self._reading() as graph:
            wanted = _Filter.build(graph, query)
            matches = sorted(
                (n for n in codec.event_ids(graph) if wanted.accepts(graph, n)),
                key=lambda n: codec.sort_key(graph, n),
            )
            page = matches[query.offset : query.offset + query.limit]
            items = tuple(codec.get_event(graph, n) for n in page)
        return EventPage(
            items=items, total=len(matches), limit=query.limit, offset=query.offset
        )

    def get_actor(self, actor_id: str) -> Actor:
        with self._reading() as graph:
            if not codec.has_label(graph, actor_id, "Actor"):
                raise ActorNotFound(actor_id)
            return codec.get_actor(graph, actor_id)

    def find_actors(self, query: ActorQuery) -> list[Actor]:
        needle = fold(query.name) if query.name else None
        with self._reading() as graph:
            found = []
            for node, attrs in graph.nodes(data=True):
                if "Actor" not in attrs["labels"]:
                    continue
                if query.kind and attrs["kind"] != query.kind:
                    continue
                names = [attrs["name"], *attrs.get("aliases", [])]
                if needle and not any(needle in fold(n) for n in names):
                    continue
                found.append(codec.get_actor(graph, node))
        found.sort(key=lambda a: (fold(a.name), a.id))
        return found[query.offset : query.offset + query.limit]

    def shortest_path(
        self,
        source: str,
        target: str,
        *,
        max_events: int = 4,
        modalities: tuple[Modality, ...] = (Modality.ASSERTED,),
    ) -> ActorPath:
        with self._reading() as graph:
            ends = []
            for term in (source, target):
                ids = codec.actors_named(graph, term)
                if not ids:
                    raise ActorNotFound(term)
                ends.append(sorted(ids))
            view = codec.actor_event_view(graph, modalities)
            candidates: list[list[str]] = []
            for s in ends[0]:
                for t in ends[1]:
                    if s == t:
                        candidates.append([s])
                    elif s in view and t in view and nx.has_path(view, s, t):
                        found = nx.all_shortest_paths(view, s, t)
                        candidates.extend(itertools.islice(found, 1000))
            best = best_path(candidates, max_events)
            if best is None:
                return ActorPath()
            return ActorPath(
                actors=tuple(codec.get_actor(graph, n) for n in best[::2]),
                events=tuple(codec.get_event(graph, n) for n in best[1::2]),
            )

    def get_place(self, place_id: str) -> Place:
        with self._reading() as graph:
            if not codec.has_label(graph, place_id, "Place"):
                raise PlaceNotFound(place_id)
            return codec.get_place(graph, place_id)

    def get_article(self, article_id: str) -> Article:
        with self._reading() as graph:
            if not codec.has_label(graph, article_id, "Article"):
                raise ArticleNotFound(article_id)
            return codec.get_article(graph, article_id)

    def stats(self) -> StoreStats:
        with self._reading() as graph:
            counts = dict.fromkeys(("Actor", "Event", "Place", "Article"), 0)
            by_type: dict[str, int] = {}
            for _, attrs in graph.nodes(data=True):
                for label in attrs["labels"]:
                    if label in counts:
                        counts[label] += 1
                if "Event" in attrs["labels"]:
                    by_type[attrs["type"]] = by_type.get(attrs["type"], 0) + 1
            return StoreStats(
                actors=counts["Actor"],
                events=counts["Event"],
                places=counts["Place"],
                articles=counts["Article"],
                reports=len(codec.report_index(graph)),
                events_by_type=dict(sorted(by_type.items())),
            )

    def snapshot(self) -> Graph:
        """A copy of the whole graph, for analytics and export."""
        with self._reading() as graph:
            return graph.copy()


class _Filter:
    """An ``EventQuery`` with its names already resolved to node ids."""

    def __init__(
        self, query: EventQuery, actors: list[set[str]], places: set[str] | None
    ) -> None:
        self.query = query
        self.actors = actors
        self.places = places

    @classmethod
    def build(cls, graph: Graph, query: EventQuery) -> _Filter:
        actors = [codec.actors_named(graph, term) for term in query.actors]
        places = (
            codec.places_named(graph, query.place) if query.place is not None else None
        )
        return cls(query, actors, places)

    def accepts(self, graph: Graph, node: str) -> bool:
        query, attrs = self.query, graph.nodes[node]
        if query.types and attrs["type"] not in query.types:
            return False
        if query.modalities and attrs["modality"] not in query.modalities:
            return False
        if (query.date_from or query.date_to) and not self._in_range(attrs.get("date")):
            return False
        if self.actors:
            present = set(codec.participant_ids(graph, node))
            if not all(present & wanted for wanted in self.actors):
                return False
        return self.places is None or codec.place_of(graph, node) in self.places

    def _in_range(self, when: str | None) -> bool:
        if when is None:
            return False
        start, end = date_bounds(when)
        if self.query.date_from and end < self.query.date_from:
            return False
        return not (self.query.date_to and start > self.query.date_to)
