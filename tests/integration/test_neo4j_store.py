"""The Neo4j store against a real server: schema, batching, failures, no duplicates."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from neo4j import Driver
from neo4j.exceptions import DriverError, Neo4jError

from graph.config import Backend, StoreConfig
from graph.errors import StoreUnavailable
from graph.memory_store import MemoryStore
from graph.model import (
    Actor,
    ActorKind,
    Article,
    Event,
    EventQuery,
    EventType,
    Role,
)
from graph.neo4j_store import Neo4jStore
from graph.store import GraphStore, open_store
from tests.conftest import neo4j_test_config
from tests.factories import (
    BEIJING,
    CHINA,
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
from tests.integration.conftest import (
    duplicate_ids,
    duplicate_relationships,
    graph_counts,
)

pytestmark = pytest.mark.neo4j


def _leaders(count: int) -> list[Actor]:
    return [
        Actor(
            id=f"person:leader-{n}",
            name=f"Leader {n}",
            kind=ActorKind.PERSON,
            aliases=(f"Pemimpin {n}",),
            country="country:PRK" if n % 2 else "country:RUS",
        )
        for n in range(count)
    ]


def _many(articles: int) -> tuple[list[Article], list[Event]]:
    """Articles in two languages; every meeting is reported by two of them."""
    leaders = _leaders(12)
    docs: list[Article] = []
    reports: list[Event] = []
    for n in range(articles):
        a, b = leaders[n % 12], leaders[(n * 5 + 1) % 12]
        if a == b:
            b = leaders[(n + 1) % 12]
        day = f"2024-{1 + (n // 2) % 12:02d}-{1 + n // 24:02d}"
        if n % 2:
            text = f"{a.name} bertemu {b.name} di Beijing. Laporan nomor {n}."
            sentence = f"{a.name} bertemu {b.name} di Beijing."
            doc = article(text, lang="id")
        else:
            text = f"{a.name} met {b.name} in Beijing. Report number {n}."
            sentence = f"{a.name} met {b.name} in Beijing."
            doc = article(text)
        docs.append(doc)
        when = day if n % 4 else day[:7]  # some reports give only the month
        reports.append(meeting(doc, sentence, a, b, place=BEIJING, date=when))
    return docs, reports


def _everything(store: GraphStore) -> list[Event]:
    found: list[Event] = []
    while True:
        page = store.find_events(EventQuery(limit=100, offset=len(found)))
        found.extend(page.items)
        if len(found) >= page.total:
            return found


def test_constraints_and_indexes_exist(
    neo4j_store: Neo4jStore, neo4j_driver: Driver
) -> None:
    neo4j_store.ensure_schema()  # a second time: idempotent
    records, _, _ = neo4j_driver.execute_query("SHOW CONSTRAINTS", database_="neo4j")
    unique = {
        (r["labelsOrTypes"][0], r["properties"][0])
        for r in records
        if r["type"] == "UNIQUENESS"
    }
    assert {
        ("Actor", "id"),
        ("Event", "id"),
        ("Place", "id"),
        ("Article", "id"),
    } <= unique
    records, _, _ = neo4j_driver.execute_query("SHOW INDEXES", database_="neo4j")
    indexes = {r["name"]: r for r in records}
    for name in ("event_type", "event_date", "event_date_start", "event_date_end"):
        assert indexes[name]["state"] == "ONLINE"
    names = indexes["actor_names"]
    assert names["type"] == "FULLTEXT"
    assert set(names["properties"]) == {"name", "aliases"}


def test_fulltext_index_finds_actors_by_alias(
    neo4j_store: Neo4jStore, neo4j_driver: Driver
) -> None:
    doc = article("Kim Jong Un met Vladimir Putin in Beijing.")
    neo4j_store.upsert([doc], [meeting(doc, doc.text, KIM, PUTIN, place=BEIJING)])
    neo4j_store.ensure_schema()  # awaits the index catching up
    records, _, _ = neo4j_driver.execute_query(
        "CALL db.index.fulltext.queryNodes('actor_names', $q) YIELD node "
        "RETURN node.id AS id",
        q="Путин",
        database_="neo4j",
    )
    assert [r["id"] for r in records] == [PUTIN.id]


def test_large_upsert_in_small_batches_matches_memory(tmp_path: Path) -> None:
    config = neo4j_test_config().model_copy(update={"batch_size": 7})
    store = Neo4jStore(config)
    try:
        store.ping()
    except StoreUnavailable as exc:
        store.close()
        pytest.skip(f"Neo4j unreachable: {exc}")
    try:
        store.ensure_schema()
        store.wipe()
        docs, reports = _many(96)
        memory = MemoryStore(tmp_path)
        expected = memory.upsert(docs, reports)
        assert store.upsert(docs, reports) == expected
        assert expected.events_created < len(reports)  # reports really merged
        assert store.stats() == memory.stats()
        assert _everything(store) == _everything(memory)
    finally:
        store.close()


def test_reupsert_creates_no_duplicate_nodes_or_relationships(
    neo4j_store: Neo4jStore, neo4j_driver: Driver
) -> None:
    docs, reports = _many(40)
    neo4j_store.upsert(docs, reports)
    before = graph_counts(neo4j_driver)
    assert neo4j_store.upsert(docs, reports).events_created == 0
    assert graph_counts(neo4j_driver) == before
    # One new article forces the full write path over every stored report.
    extra = article("Kim Jong Un met Xi Jinping in Pyongyang.")
    neo4j_store.upsert(
        [*docs, extra], [*reports, meeting(extra, extra.text, KIM, XI, place=PYONGYANG)]
    )
    after = graph_counts(neo4j_driver)
    assert after["Article"] == before["Article"] + 1
    assert after["Event:Meeting"] == before["Event:Meeting"] + 1
    assert after["-[REPORTED_IN]->"] == before["-[REPORTED_IN]->"] + 1
    assert duplicate_ids(neo4j_driver) == []
    assert duplicate_relationships(neo4j_driver) == 0


def test_concurrent_upserts_serialise(tmp_path: Path, neo4j_store: Neo4jStore) -> None:
    """Writers racing over reports of the same events end as one sequential run."""
    docs, reports = _many(24)
    stores = [Neo4jStore(neo4j_test_config()) for _ in range(4)]
    errors: list[BaseException] = []

    def write(store: Neo4jStore, offset: int) -> None:
        try:
            for n in range(offset, len(docs), 4):
                store.upsert([docs[n]], [reports[n]])
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [
        threading.Thread(target=write, args=(s, i)) for i, s in enumerate(stores)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for store in stores:
        store.close()
    assert errors == []
    memory = MemoryStore(tmp_path)
    memory.upsert(docs, reports)
    assert _everything(neo4j_store) == _everything(memory)


def test_graph_shape(neo4j_store: Neo4jStore, neo4j_driver: Driver) -> None:
    doc = article("North Korea sent troops to Kursk. Kim met Putin in Beijing.")
    neo4j_store.upsert(
        [doc],
        [
            report(
                doc,
                "North Korea sent troops to Kursk.",
                EventType.TROOP_DEPLOYMENT,
                [(NORTH_KOREA, Role.SENDER), (RUSSIA, Role.RECIPIENT)],
                place=KURSK,
                date="2025",
            ),
            meeting(doc, "Kim met Putin in Beijing.", KIM, PUTIN, place=BEIJING),
            report(
                doc,
                "Kim met Putin in Beijing.",
                EventType.PARADE,
                [(CHINA, Role.HOST), (KIM, Role.ATTENDEE)],
                place=BEIJING,
            ),
        ],
    )
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (s:Actor:Country {id: $prk})-[:PARTICIPATED_IN {role: 'sender'}]->"
        "(e:Event:TroopDeployment)-[:OCCURRED_AT]->(p:Place)-[:IN]->"
        "(r:Actor:Country {id: $rus}), (e)-[src:REPORTED_IN]->(a:Article) "
        "RETURN e.date_start AS start, src.sentence AS sentence, a.id AS article",
        prk=NORTH_KOREA.id,
        rus=RUSSIA.id,
        database_="neo4j",
    )
    (record,) = records
    assert str(record["start"]) == "2025-01-01"
    assert record["sentence"] == "North Korea sent troops to Kursk."
    assert record["article"] == doc.id
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (p:Person {id: $kim})-[:PARTICIPATED_IN]->(e:Event) "
        "RETURN [l IN labels(e) WHERE l <> 'Event'][0] AS label ORDER BY label",
        kim=KIM.id,
        database_="neo4j",
    )
    assert [r["label"] for r in records] == ["Meeting", "Parade"]
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (:Place {id: $beijing})-[:IN]->(c:Country) RETURN c.id AS id",
        beijing=BEIJING.id,
        database_="neo4j",
    )
    assert [r["id"] for r in records] == [CHINA.id]


@pytest.mark.parametrize(
    ("uri", "database"),
    [
        ("bolt://127.0.0.1:1", "neo4j"),  # nothing listens on port 1
        ("foo://127.0.0.1:7687", "neo4j"),  # not a Bolt URI
    ],
)
def test_unreachable_store_raises_store_unavailable(uri: str, database: str) -> None:
    config = StoreConfig(
        backend=Backend.NEO4J, neo4j_uri=uri, neo4j_database=database, connect_timeout=1
    )
    store = Neo4jStore(config)  # no I/O yet: must not raise
    try:
        with pytest.raises(StoreUnavailable) as caught:
            store.ping()
        assert isinstance(caught.value.__cause__, DriverError | Neo4jError)
        with pytest.raises(StoreUnavailable):
            store.find_events(EventQuery())
        with pytest.raises(StoreUnavailable):
            open_store(config)
    finally:
        store.close()


def test_unknown_database_raises_store_unavailable(neo4j_store: Neo4jStore) -> None:
    config = neo4j_test_config().model_copy(update={"neo4j_database": "nosuchdb"})
    store = Neo4jStore(config)
    try:
        with pytest.raises(StoreUnavailable, match="nosuchdb"):
            store.ping()
    finally:
        store.close()
