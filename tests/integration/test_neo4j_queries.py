"""How the Neo4j store asks: one round trip per read, index seeks, the memory's answers.

The store picks among several statements by filter (graph/cypher.py), so these tests
run a grid of queries on both backends and compare every answer, check the plans
Neo4j makes for them, and count the statements each call sends to the real server.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from graph import cypher
from graph import neo4j_store as neo4j_store_module
from graph.memory_store import MemoryStore
from graph.model import (
    Actor,
    ActorKind,
    Article,
    Event,
    EventQuery,
    EventType,
    Modality,
    Role,
)
from graph.neo4j_store import Neo4jStore
from tests.factories import (
    BEIJING,
    CHINA,
    CHINA_PLACE,
    KIM,
    KURSK,
    NORTH_KOREA,
    PUTIN,
    PYONGYANG,
    RUSSIA,
    XI,
    article,
    meeting,
    report,
)
from tests.integration.conftest import seed_reports


def _dated_reports() -> tuple[list[Article], list[Event]]:
    """Meetings and visits at year, month and day precision, around year ends."""
    docs: list[Article] = []
    reports: list[Event] = []
    dates = ["2023", "2024", "2024-02", "2024-12-31", "2025-01-01", "2025", None]
    pairs = [(KIM, PUTIN), (KIM, XI), (PUTIN, XI)]
    places = [BEIJING, PYONGYANG, KURSK, CHINA_PLACE, None]
    for n, (when, (a, b)) in enumerate(itertools.product(dates, pairs)):
        text = f"{a.name} bertemu {b.name} (laporan {n})."
        doc = article(text, lang="id" if n % 2 else "en")
        docs.append(doc)
        modality = Modality.PLANNED if n % 5 == 0 else Modality.ASSERTED
        reports.append(
            meeting(doc, text, a, b, place=places[n % 5], date=when, modality=modality)
        )
    doc = article("North Korea sent troops to Kursk; Russia received them.")
    docs.append(doc)
    reports.append(
        report(
            doc,
            doc.text,
            EventType.TROOP_DEPLOYMENT,
            [(NORTH_KOREA, Role.SENDER), (RUSSIA, Role.RECIPIENT)],
            place=KURSK,
            date="2024-11",
        )
    )
    return docs, reports


_QUERIES = [
    EventQuery(),
    EventQuery(types=(EventType.MEETING,)),
    EventQuery(types=(EventType.TROOP_DEPLOYMENT, EventType.PARADE)),
    EventQuery(modalities=(Modality.PLANNED,)),
    EventQuery(actors=("Kim",)),
    EventQuery(actors=("person:kim-jong-un", "Xi Jinping")),
    EventQuery(actors=("Putin", "Nobody")),
    EventQuery(actors=("DPRK",), place="Rusia"),
    EventQuery(actors=("Kim",), place="China", date_from=date(2024, 1, 1)),
    EventQuery(place="Beijing"),
    EventQuery(place="中国"),
    EventQuery(place="country:CHN", types=(EventType.MEETING,)),
    EventQuery(place="Atlantis"),
    EventQuery(date_from=date(2024, 12, 31)),
    EventQuery(date_from=date(2025, 1, 1), date_to=date(2025, 1, 1)),
    EventQuery(date_to=date(2024, 1, 31)),
    EventQuery(date_from=date(2024, 2, 10), date_to=date(2024, 2, 10)),
    EventQuery(date_from=date(2023, 12, 31), types=(EventType.MEETING,)),
    EventQuery(limit=4, offset=3),
    EventQuery(actors=("Xi",), limit=2, offset=1),
]


@pytest.fixture
def seeded(neo4j_store: Neo4jStore, tmp_path: Path) -> tuple[Neo4jStore, MemoryStore]:
    docs, reports = _dated_reports()
    memory = MemoryStore(tmp_path)
    assert neo4j_store.upsert(docs, reports) == memory.upsert(docs, reports)
    return neo4j_store, memory


@pytest.mark.neo4j
def test_every_filter_combination_answers_as_memory_does(
    seeded: tuple[Neo4jStore, MemoryStore],
) -> None:
    neo4j, memory = seeded
    for query in _QUERIES:
        assert neo4j.find_events(query) == memory.find_events(query), query
    assert sum(memory.find_events(q).total for q in _QUERIES) > 20


@pytest.fixture
def statements(neo4j_store: Neo4jStore) -> Iterator[list[tuple[str, dict[str, Any]]]]:
    """Every statement the store sends with ``execute_query``, with its parameters."""
    sent: list[tuple[str, dict[str, Any]]] = []
    driver = neo4j_store.driver
    real: Callable[..., Any] = driver.execute_query

    def counting(query: Any, parameters: Any = None, **kwargs: Any) -> Any:
        sent.append((query.text, dict(parameters or {})))
        return real(query, parameters, **kwargs)

    driver.execute_query = counting  # type: ignore[method-assign]
    yield sent
    del driver.execute_query


@pytest.mark.neo4j
def test_reads_are_one_round_trip(
    neo4j_store: Neo4jStore, statements: list[tuple[str, dict[str, Any]]]
) -> None:
    doc, reports = seed_reports()
    neo4j_store.upsert([doc], reports)
    for query in _QUERIES:
        statements.clear()
        neo4j_store.find_events(query)
        assert len(statements) == 1, query
    statements.clear()
    by_report = neo4j_store.get_event(reports[0].id)
    assert neo4j_store.get_event(by_report.id) == by_report
    assert len(statements) == 2
    statements.clear()
    path = neo4j_store.shortest_path("Kim", "Xi Jinping", max_events=2)
    assert [a.id for a in path.actors] == [KIM.id, XI.id]
    assert len(statements) == 2


@pytest.mark.neo4j
def test_find_statements_seek_indexes(
    neo4j_store: Neo4jStore,
    neo4j_driver: Driver,
    statements: list[tuple[str, dict[str, Any]]],
) -> None:
    doc, reports = seed_reports()
    neo4j_store.upsert([doc], reports)
    used = set()
    for query in _QUERIES:
        statements.clear()
        neo4j_store.find_events(query)
        ((text, params),) = statements
        used.add(text)
        with neo4j_driver.session(database="neo4j") as session:
            plan = session.run("EXPLAIN " + text, params).consume().plan  # type: ignore[operator]
        operators = set(_operators(plan))
        # With a bound as wide as date.max the planner may read the whole date_start
        # index instead of seeking it: the same work. Nothing else may scan.
        scans = {
            op
            for op in operators
            if "Scan" in op
            and not op.startswith("NodeIndexScan RANGE INDEX e:Event(date_")
        }
        assert not scans, (query, operators)
        assert {op for op in operators if "Index" in op}, (query, operators)
    assert used == set(cypher.EVENT_PAGES) - {cypher.EVENTS_BY_ID}


def _operators(plan: Any) -> Iterator[str]:
    """``operator details`` for every operator of an EXPLAIN plan."""
    yield plan["operatorType"].split("@")[0] + " " + plan["args"].get("Details", "")
    for child in plan.get("children", []):
        yield from _operators(child)


@pytest.mark.neo4j
def test_names_resolve_through_name_nodes_after_a_format_1_store_is_opened(
    neo4j_store: Neo4jStore, neo4j_driver: Driver
) -> None:
    doc, reports = seed_reports()
    neo4j_store.upsert([doc], reports)
    assert neo4j_store.find_events(EventQuery(actors=("Владимир Путин",))).total == 2
    # A store written before Name nodes existed: names find nothing until opened.
    neo4j_driver.execute_query("MATCH (n:Name) DETACH DELETE n", database_="neo4j")
    assert neo4j_store.find_events(EventQuery(actors=("Владимир Путин",))).total == 0
    neo4j_store.ensure_schema()
    assert neo4j_store.find_events(EventQuery(actors=("Владимир Путин",))).total == 2
    assert neo4j_store.find_events(EventQuery(place="Peking")).total == 2
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (n)-[:KNOWN_AS]->(k:Name) RETURN n.id AS id, collect(k.key) AS keys",
        database_="neo4j",
    )
    keys = {r["id"]: set(r["keys"]) for r in records}
    assert keys[CHINA.id] >= {"china", "tiongkok", "中国"}
    assert keys[BEIJING.id] == {"beijing", "北京", "peking"}


@pytest.mark.neo4j
def test_renamed_actor_is_no_longer_found_by_its_old_name(
    neo4j_store: Neo4jStore,
) -> None:
    first = article("Leader A met Kim Jong Un.")
    renamed = article("Leader B met Kim Jong Un again.")
    old = Actor(id="person:leader-ab", name="Leader A", kind=ActorKind.PERSON)
    new = Actor(id="person:leader-ab", name="Leader B", kind=ActorKind.PERSON)
    neo4j_store.upsert([first], [meeting(first, first.text, old, KIM, date="2024")])
    neo4j_store.upsert(
        [renamed], [meeting(renamed, renamed.text, new, KIM, date="2025")]
    )
    assert neo4j_store.find_events(EventQuery(actors=("Leader B",))).total == 2
    # The stale Name node stays, but the properties decide, as in the memory store.
    assert neo4j_store.find_events(EventQuery(actors=("Leader A",))).total == 0


@pytest.mark.neo4j
def test_upsert_round_trips(
    neo4j_store: Neo4jStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs: list[str] = []
    real = neo4j_store_module.upsert_in

    def counted(tx: Any, *args: Any) -> Any:
        class Counting:
            def run(self, statement: str, *a: Any, **kw: Any) -> Any:
                runs.append(statement)
                return tx.run(statement, *a, **kw)

        return real(Counting(), *args)  # type: ignore[arg-type]

    monkeypatch.setattr(neo4j_store_module, "upsert_in", counted)
    doc, reports = seed_reports()
    neo4j_store.upsert([doc], reports)
    assert runs == [
        cypher.STORED_STATE,
        cypher.LOCK_AND_READ,
        cypher.WRITE_NODES,
        cypher.WRITE_EVENTS,
    ]
    runs.clear()
    neo4j_store.upsert([doc], reports)
    assert runs == [cypher.STORED_STATE]
