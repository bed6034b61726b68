"""One upsert into Neo4j, as a managed write transaction function.

Follows the memory store step by step so both backends resolve identically, in four
round trips when everything fits one batch:

1. ``STORED_STATE``: if every article and report is already stored unchanged, write
   nothing (and take no lock).
2. ``LOCK_AND_READ``: take the store lock (concurrent upserts queue), then read the
   *affected* events' candidates: those already holding an incoming report, and those
   of the same type, modality and year sharing a participant (or its country) with
   an incoming report, with every report they hold. Those whose reports
   :func:`graph.resolve.agree` with an incoming one are affected.
3. Resolve the affected events' reports together with the incoming ones, then
   ``WRITE_NODES`` (delete the affected events; merge articles, actors, places) and
   ``WRITE_EVENTS`` (the resolved events with their relationships), each in
   ``UNWIND`` batches of at most ``batch`` rows per list.

The function may be retried by the driver, so it reads everything it needs inside
the transaction. This module must not import anything from ``api`` or ``ingest``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, LiteralString

from neo4j import ManagedTransaction

from graph import cypher
from graph import neo4j_rows as rows
from graph.model import Article, Event, PlaceKind, date_bounds
from graph.neo4j_rows import Row
from graph.resolve import agree, resolve
from graph.store import UpsertResult

__all__ = ["STORE_FORMAT", "upsert_in"]

#: Version of the graph layout written by this backend (kept on the lock node).
#: 2: actors and places are ``KNOWN_AS`` a ``(:Name {key})`` per folded name.
STORE_FORMAT = 2
_PLACE_KEEP = ("country", "lat", "lon")


def _unchanged(
    tx: ManagedTransaction, articles: Sequence[Article], reports: dict[str, Event]
) -> bool:
    record = tx.run(
        cypher.STORED_STATE, articles=[a.id for a in articles], reports=list(reports)
    ).single(strict=True)
    stored = {a.id: a for a in map(rows.article_from, record["articles"])}
    if any(stored.get(a.id) != a for a in articles):
        return False
    if {o["report"] for o in record["owners"]} != set(reports):
        return False
    by_event = rows.reports_from(record["held"])
    held = {r.id: r for found in by_event.values() for r in found}
    return all(held.get(rid) == report for rid, report in reports.items())


def _probe(report: Event) -> Row:
    """What ``LOCK_AND_READ`` needs to find the events a report may belong to."""
    year_start = year_end = None
    if report.date is not None:
        year_start, year_end = date_bounds(report.date[:4])
    return {
        "report": report.id,
        "type": report.type.value,
        "modality": report.modality.value,
        "keys": sorted(
            {p.actor.id for p in report.participants}
            | {p.actor.country for p in report.participants if p.actor.country}
        ),
        "year_start": year_start,
        "year_end": year_end,
    }


def _graph_rows(
    merged: Iterable[Event], pool: dict[str, Event]
) -> dict[str, list[Row]]:
    """All rows to write, with each actor and place once (aliases united)."""
    actors: dict[str, Row] = {}
    places: dict[str, Row] = {}
    events: list[Row] = []
    for event in merged:
        for participant in event.participants:
            _unite(actors, rows.actor_row(participant.actor), keep=())
        if event.place is not None:
            _unite(places, rows.place_row(event.place), keep=_PLACE_KEEP)
        events.append(rows.event_row(event, [pool[rid] for rid in event.reports]))
    country = PlaceKind.COUNTRY.value
    return {
        "actors": list(actors.values()),
        "places": [p for p in places.values() if p["kind"] != country],
        "country_places": [p for p in places.values() if p["kind"] == country],
        "events": events,
    }


def _unite(seen: dict[str, Row], row: Row, keep: tuple[str, ...]) -> None:
    """Later rows win, except that aliases unite and ``keep`` fields are not unset."""
    before = seen.get(row["id"])
    if before is not None:
        row["aliases"] = list(dict.fromkeys([*before["aliases"], *row["aliases"]]))
        row["alias_keys"] = sorted({*before["alias_keys"], *row["alias_keys"]})
        row["keys"] = sorted({*before["keys"], *row["keys"]})
        for key in keep:
            if row[key] is None:
                row[key] = before[key]
    seen[row["id"]] = row


def _batched(
    tx: ManagedTransaction,
    statement: LiteralString,
    lists: dict[str, list[Any]],
    batch: int,
) -> None:
    """Run ``statement`` with the i-th ``batch`` rows of every list, until all ran."""
    longest = max((len(v) for v in lists.values()), default=0)
    for start in range(0, max(longest, 1), batch):
        part = {k: v[start : start + batch] for k, v in lists.items()}
        tx.run(statement, part).consume()


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
    read = tx.run(
        cypher.LOCK_AND_READ,
        format=STORE_FORMAT,
        articles=[a.id for a in articles],
        reports=list(reports),
        probes=[_probe(r) for r in reports.values()],
    ).single(strict=True)
    articles_added = len({a.id for a in articles} - set(read["stored"]))
    owners = {o["report"]: o["event"] for o in read["owners"]}
    sharing: dict[str, list[str]] = {}
    for found in read["sharing"]:
        sharing.setdefault(found["report"], []).append(found["event"])
    held = rows.reports_from(read["held"])

    affected: set[str] = set()
    for report in reports.values():
        if report.id in owners:
            affected.add(owners[report.id])
        for event_id in sorted(sharing.get(report.id, ())):
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

    out = _graph_rows(merged, pool)
    nodes: dict[str, list[Any]] = {
        "deleted": sorted(affected),
        "articles": [rows.article_row(a) for a in articles],
        "actors": out["actors"],
        "country_places": out["country_places"],
        "places": out["places"],
    }
    _batched(tx, cypher.WRITE_NODES, nodes, batch)
    if out["events"]:
        _batched(tx, cypher.WRITE_EVENTS, {"rows": out["events"]}, batch)

    old, new = affected, {e.id for e in merged}
    return UpsertResult(
        articles_added=articles_added,
        reports_added=reports_added,
        events_created=len(new - old),
        events_removed=len(old - new),
    )
