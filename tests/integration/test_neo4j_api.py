"""The API answers the same over Neo4j as over the embedded store.

The seeded data comes from ``tests/api/conftest.py`` (sentences written for tests);
the ingest run uses the project's own ``examples/`` articles through the real
pipeline. No mocks: both apps run their lifespan against real stores.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import ApiSettings
from graph.config import StoreConfig
from graph.memory_store import MemoryStore
from graph.model import Article, Event
from graph.neo4j_store import Neo4jStore
from graph.store import GraphStore
from ingest import pipeline
from tests.conftest import neo4j_test_config
from tests.integration.conftest import seed_reports

pytestmark = pytest.mark.neo4j


def seed_pair() -> tuple[list[Article], list[Event]]:
    doc, reports = seed_reports()
    return [doc], reports


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("/meetings", {"place": "Beijing"}),
    ("/meetings", {"place": "北京"}),
    ("/events", {}),
    ("/events", {"actor": "Kim Jong Un"}),
    ("/events", {"type": "PARADE"}),
    ("/events", {"from": "2025-09-04"}),
    ("/events", {"limit": 1, "offset": 1}),
    ("/actors", {"q": "put"}),
    ("/actors", {"kind": "country"}),
    ("/events/event:nope", {}),
]


def _settings(config: StoreConfig) -> ApiSettings:
    return ApiSettings(_env_file=None, env="test", store=config)  # type: ignore[call-arg]


@pytest.fixture
def both(
    tmp_path: Path, neo4j_store: Neo4jStore
) -> Iterator[tuple[TestClient, TestClient, GraphStore, GraphStore]]:
    memory_config = StoreConfig(data_dir=tmp_path / "memory")
    with (
        TestClient(create_app(_settings(memory_config))) as memory,
        TestClient(create_app(_settings(neo4j_test_config()))) as neo4j,
    ):
        yield memory, neo4j, MemoryStore(memory_config.data_dir), neo4j_store


def _answers(client: TestClient) -> list[tuple[int, Any]]:
    found = []
    for path, params in QUERIES:
        response = client.get(path, params=params)
        found.append((response.status_code, response.json()))
    return found


def test_seeded_stores_answer_alike(
    both: tuple[TestClient, TestClient, GraphStore, GraphStore],
) -> None:
    memory, neo4j, memory_store, neo4j_store = both
    for store in (memory_store, neo4j_store):
        store.upsert(*seed_pair())
    answers = _answers(neo4j)
    assert answers == _answers(memory)
    status, beijing = answers[0]
    assert status == 200
    assert beijing["total"] == 1
    event_id = beijing["items"][0]["id"]
    assert (
        neo4j.get(f"/events/{event_id}").json()
        == memory.get(f"/events/{event_id}").json()
    )


def test_ingest_then_meetings_in_beijing_alike(
    both: tuple[TestClient, TestClient, GraphStore, GraphStore],
) -> None:
    memory, neo4j, memory_store, neo4j_store = both
    for store in (memory_store, neo4j_store):
        report = pipeline.ingest(store, pipeline.read_paths([EXAMPLES]))
        assert report.skipped == ()
    answers = _answers(neo4j)
    assert answers == _answers(memory)
    assert answers[0][1]["total"] >= 1  # examples/ has a meeting in Beijing
