"""Every saved Browser query in graph/browser/queries.cypher runs and finds data."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from graph.model import Article, Event
from graph.neo4j_store import Neo4jStore
from tests.integration.conftest import seed_reports

pytestmark = pytest.mark.neo4j


def seed_pair() -> tuple[list[Article], list[Event]]:
    doc, reports = seed_reports()
    return [doc], reports


QUERIES = Path(__file__).resolve().parents[2] / "graph" / "browser" / "queries.cypher"
_PARAM = re.compile(r"^:param\s+(\w+)\s*=>\s*(.+?);?\s*$")


def blocks() -> list[tuple[str, dict[str, str], str]]:
    """(title, {name: Cypher expression}, query) for each ``// ==`` block."""
    found: list[tuple[str, dict[str, str], str]] = []
    title, params, lines = "", {}, []
    for line in QUERIES.read_text(encoding="utf-8").splitlines():
        if line.startswith("// =="):
            title, params, lines = line[5:].strip(), {}, []
        elif (match := _PARAM.match(line)) is not None:
            params[match.group(1)] = match.group(2)
        elif line.strip() and not line.startswith("//") and title:
            lines.append(line)
            if line.rstrip().endswith(";"):
                found.append((title, params, "\n".join(lines).rstrip().rstrip(";")))
                title = ""
    return found


def test_file_has_the_issue_queries() -> None:
    titles = " | ".join(t for t, _, _ in blocks()).lower()
    for topic in ("met whom", "year", "connected", "parade", "troops"):
        assert topic in titles
    assert len(blocks()) >= 6


@pytest.mark.parametrize(("title", "params", "query"), blocks(), ids=lambda v: "")
def test_saved_query_runs_and_finds_rows(
    neo4j_store: Neo4jStore,
    neo4j_driver: Driver,
    title: str,
    params: dict[str, str],
    query: str,
) -> None:
    neo4j_store.upsert(*seed_pair())
    neo4j_store.ensure_schema()  # the full-text index has caught up
    values: dict[str, Any] = {}
    for name, expression in params.items():
        # Browser evaluates the right of => as Cypher with an implied RETURN.
        records, _, _ = neo4j_driver.execute_query(
            f"RETURN {expression} AS value",  # type: ignore[arg-type]
            database_="neo4j",
        )
        values[name] = records[0]["value"]
    records, _, _ = neo4j_driver.execute_query(
        query,  # type: ignore[arg-type]
        values,
        database_="neo4j",
    )
    assert records, f"{title}: no rows on the seeded graph"
