"""Fixtures for the Neo4j integration tier: a raw driver and graph-wide counts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from neo4j import Driver, GraphDatabase

from graph.model import Article, Event, EventType, Modality, Role
from tests.conftest import neo4j_test_config
from tests.factories import (
    BEIJING,
    CHINA,
    KIM,
    KURSK,
    NORTH_KOREA,
    PUTIN,
    RUSSIA,
    UKRAINE,
    XI,
    article,
    meeting,
    report,
)

SEED_TEXT = (
    "Kim Jong Un met Vladimir Putin in Beijing on 3 September 2025. "
    "Xi Jinping, Kim and Putin watched the military parade. "
    "Korea Utara mengirim pasukan ke Kursk untuk membantu Rusia melawan Ukraina. "
    "Kim will meet Xi next month."
)
SEED_ARTICLE = article(SEED_TEXT, url="https://news.example/seed")


def seed_reports() -> tuple[Article, list[Event]]:
    """One bilingual article with a meeting, a parade, a deployment and a plan."""
    doc = SEED_ARTICLE
    sentences = [s.strip() + "." for s in SEED_TEXT.split(".") if s.strip()]
    return doc, [
        meeting(doc, sentences[0], KIM, PUTIN, place=BEIJING, date="2025-09-03"),
        report(
            doc,
            sentences[1],
            EventType.PARADE,
            [
                (CHINA, Role.HOST),
                (XI, Role.ATTENDEE),
                (KIM, Role.ATTENDEE),
                (PUTIN, Role.ATTENDEE),
            ],
            place=BEIJING,
            date="2025-09-03",
        ),
        report(
            doc,
            sentences[2],
            EventType.TROOP_DEPLOYMENT,
            [
                (NORTH_KOREA, Role.SENDER),
                (RUSSIA, Role.RECIPIENT),
                (UKRAINE, Role.AGAINST),
            ],
            place=KURSK,
            date="2025",
        ),
        meeting(doc, sentences[3], KIM, XI, date="2025-10", modality=Modality.PLANNED),
    ]


@pytest.fixture
def neo4j_driver(neo4j_store: Any) -> Iterator[Driver]:
    """A separate driver on the test database, for checks behind the store's back."""
    config = neo4j_test_config()
    with GraphDatabase.driver(config.neo4j_uri, auth=None) as driver:
        yield driver


def graph_counts(driver: Driver) -> dict[str, int]:
    """Nodes per label set and relationships per type (with their key properties)."""
    counts: dict[str, int] = {}
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, count(*) AS n", database_="neo4j"
    )
    for record in nodes:
        counts[":".join(sorted(record["labels"]))] = record["n"]
    rels, _, _ = driver.execute_query(
        "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n", database_="neo4j"
    )
    for record in rels:
        counts[f"-[{record['type']}]->"] = record["n"]
    return counts


def duplicate_ids(driver: Driver) -> list[str]:
    """Ids held by more than one node (constraints should make this impossible)."""
    records, _, _ = driver.execute_query(
        "MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS c "
        "WHERE c > 1 RETURN id",
        database_="neo4j",
    )
    return [r["id"] for r in records]


def duplicate_relationships(driver: Driver) -> int:
    """Relationships repeating the same endpoints, type and identifying properties."""
    records, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) "
        "WITH a, b, type(r) AS t, r.role AS role, r.report AS report, "
        "     r.start AS start, count(*) AS c WHERE c > 1 RETURN count(*) AS n",
        database_="neo4j",
    )
    return int(records[0]["n"])
