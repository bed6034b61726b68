"""One upsert into Neo4j, as a managed write transaction function.

Follows the memory store step by step so both backends resolve identically:

1. If every article and report is already stored unchanged, write nothing.
2. Take the store lock (concurrent upserts queue), merge the articles.
3. Find the *affected* events: those already holding an incoming report, and those
   of the same type and modality sharing a participant (or its country) with an
   incoming report whose reports :func:`graph.resolve.agree` with it.
4. Resolve the affected events' reports together with the incoming ones, delete the
   affected events and write the resolved ones in ``UNWIND`` batches.

The function may be retried by the driver, so it reads everything it needs inside
the transaction. This module must not import anything from ``api`` or ``ingest``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import LiteralString

from neo4j import ManagedTransaction

from graph import cypher
from graph import neo4j_rows as rows
from graph.model import Article, Event, PlaceKind
from graph.neo4j_rows import Row
from graph.resolve import agree, resolve
from graph.store import UpsertResult

__all__ = ["STORE_FORMAT", "upsert_in"]

#: Version of the graph layout written by this backend (kept on the lock node).
STORE_FORMAT = 1
_PLACE_KEEP = ("country", "lat", "lon")


def _run(
    tx: ManagedTransaction, statement: LiteralString, rows_: list[Row], batch: int
) -> None:
    for start in range(0, len(rows_), batch):
        tx.run(statement, rows=rows_[start : start + batch]).consume()


def _articles(tx: ManagedTransaction, ids: list[str]) -> dict[str, Article]:
    result = tx.run(cypher.ARTICLES_BY_ID, ids=ids)
    found = [rows.article_from(r["article"]) for r in result]
    return {a.id: a for a in found}


def _owners(tx: ManagedTransaction, report_ids: list[str]) -> dict[str, str]:
    """Report id -> id of the stored event it was merged into."""
    result = tx.run(cypher.EVENTS_OF_REPORTS, ids=report_ids)
    return {r["report"]: r["event"] for r in result}


def _reports_of(
    tx: ManagedTransaction, event_ids: Iterable[str]
) -> dict[str, list[Event]]:
    result = tx.run(cypher.REPORTS_OF_EVENTS, ids=sorted(set(event_ids)))
    return rows.reports_from(result)


def _unchanged(
    tx: ManagedTransaction, articles: Sequence[Article], reports: dict[str, Event]
) -> bool:
    stored = _articles(tx, [a.id for a in articles])
    if any(stored.get(a.id) != a for a in articles):
        return False
    owners = _owners(tx, list(reports))
    if any(rid not in owners for rid in reports):
        return False
    by_event = _reports_of(tx, owners.values())
    held = {r.id: r for found in by_event.values() for r in found}
    return all(held.get(rid) == report for rid, report in reports.items())


def _sharing(tx: ManagedTransaction, reports: Iterable[Event]) -> dict[str, list[str]]:
    """Report id -> events of its type and modality sharing an actor or country."""
    probes = [
        {
            "report": r.id,
            "type": r.type.value,
            "modality": r.modality.value,
            "keys": sorted(
                {p.actor.id for p in r.participants}
                | {p.actor.country for p in r.participants if p.actor.country}
            ),
        }
        for r in reports
    ]
    result = tx.run(cypher.EVENTS_SHARING_ACTORS, probes=probes)
    return {r["report"]: r["events"] for r in result}


def _graph_rows(
    merged: Iterable[Event], pool: dict[str, Event]
) -> dict[str, list[Row]]:
    """All rows to write, with each actor and place once (aliases united)."""
    actors: dict[str, Row] = {}
    places: dict[str, Row] = {}
    out: dict[str, list[Row]] = {
        "events": [],
        "participations": [],
        "occurred_at": [],
        "reported_in": [],
    }
    for event in merged:
        for participant in event.participants:
            _unite(actors, rows.actor_row(participant.actor), keep=())
        if event.place is not None:
            _unite(places, rows.place_row(event.place), keep=_PLACE_KEEP)
        for key, found in rows.event_rows(
            event, [pool[rid] for rid in event.reports]
        ).items():
            out[key].extend(found)
    country = PlaceKind.COUNTRY.value
    out["actors"] = list(actors.values())
    out["places"] = [p for p in places.values() if p["kind"] != country]
    out["country_places"] = [p for p in places.values() if p["kind"] == country]
    return out


def _unite(seen: dict[str, Row], row: Row, keep: tuple[str, ...]) -> None:
    """Later rows win, except that aliases unite and ``keep`` fields are not unset."""
    before = seen.get(row["id"])
    if before is not None:
        row["aliases"] = list(dict.fromkeys([*before["aliases"], *row["aliases"]]))
        row["alias_keys"] = sorted({*before["alias_keys"], *row["alias_keys"]})
        for key in keep:
            if row[key] is None:
                row[key] = before[key]
    seen[row["id"]] = row


def upsert_in(
    tx: ManagedTransaction,
    articles: Sequence[Article],
    events: Sequence[Event],
    batch: int,
) -> UpsertResult:
    """Store ``articles`` and event reports ``events``; see the module docstring."""
    reports = {e.id: e for e in events}
    if _unchanged(tx, articles, reports):
        return UpsertResult()
    tx.run(cypher.LOCK_STORE, format=STORE_FORMAT).consume()
    stored = _articles(tx, [a.id for a in articles])
    articles_added = len({a.id for a in articles} - set(stored))
    _run(tx, cypher.MERGE_ARTICLES, [rows.article_row(a) for a in articles], batch)

    owners = _owners(tx, list(reports))
    sharing = _sharing(tx, reports.values())
    candidates = set(owners.values()) | {e for ids in sharing.values() for e in ids}
    held = _reports_of(tx, candidates)
    affected: set[str] = set()
    for report in reports.values():
        if report.id in owners:
            affected.add(owners[report.id])
        for event_id in sharing.get(report.id, ()):
            if event_id not in affected and any(
                agree(report, other) for other in held.get(event_id, ())
            ):
                affected.add(event_id)
    pool: dict[str, Event] = {}
    for event_id in sorted(affected):
        pool.update({r.id: r for r in held.get(event_id, ())})
    reports_added = sum(rid not in owners for rid in reports)
    pool.update(reports)
    merged = resolve(pool.values())

    _run_ids(tx, cypher.DELETE_EVENTS, sorted(affected), batch)
    out = _graph_rows(merged, pool)
    _run(tx, cypher.MERGE_ACTORS, out["actors"], batch)
    _run(tx, cypher.MERGE_COUNTRY_PLACES, out["country_places"], batch)
    _run(tx, cypher.MERGE_PLACES, out["places"], batch)
    _run(tx, cypher.MERGE_EVENTS, out["events"], batch)
    _run(tx, cypher.MERGE_PARTICIPATIONS, out["participations"], batch)
    _run(tx, cypher.MERGE_OCCURRED_AT, out["occurred_at"], batch)
    _run(tx, cypher.MERGE_REPORTED_IN, out["reported_in"], batch)
    tx.run(cypher.LINK_PLACES).consume()

    old, new = affected, {e.id for e in merged}
    return UpsertResult(
        articles_added=articles_added,
        reports_added=reports_added,
        events_created=len(new - old),
        events_removed=len(old - new),
    )


def _run_ids(
    tx: ManagedTransaction, statement: LiteralString, ids: list[str], batch: int
) -> None:
    for start in range(0, len(ids), batch):
        tx.run(statement, ids=ids[start : start + batch]).consume()
