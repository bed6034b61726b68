"""Fixtures for the Neo4j integration tier: a raw driver and graph-wide counts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from neo4j import Driver, GraphDatabase

from tests.conftest import neo4j_test_config


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
