"""Shared fixtures.

Neo4j tests skip without a server unless DIPLOGRAPH_REQUIRE_NEO4J=1, which turns every
such skip into a failure (CI sets it, so the Neo4j tier always runs).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.config import Backend, StoreConfig
from graph.memory_store import MemoryStore
from graph.store import GraphStore

#: The shared corpus beside the repository (``../shared/corpus``), or DIPLOGRAPH_CORPUS.
CORPUS = Path(
    os.environ.get(
        "DIPLOGRAPH_CORPUS",
        Path(__file__).resolve().parents[1].parent / "shared" / "corpus",
    )
)
REQUIRE_NEO4J = os.environ.get("DIPLOGRAPH_REQUIRE_NEO4J") == "1"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Iterator[None]:
    outcome = yield
    result = outcome.get_result()  # type: ignore[attr-defined]
    if REQUIRE_NEO4J and result.skipped and item.get_closest_marker("neo4j"):
        result.outcome = "failed"
        result.longrepr = (
            "Neo4j is required (DIPLOGRAPH_REQUIRE_NEO4J=1) but the test skipped: "
            f"{result.longrepr}"
        )


def neo4j_test_config() -> StoreConfig:
    uri = os.environ.get("DIPLOGRAPH_TEST_NEO4J_URI")
    if not uri:
        pytest.skip("DIPLOGRAPH_TEST_NEO4J_URI is not set")
    return StoreConfig(backend=Backend.NEO4J, neo4j_uri=uri)


@pytest.fixture
def memory_store(tmp_path: Path) -> MemoryStore:
    store = MemoryStore(tmp_path / "store")
    store.ensure_schema()
    return store


@pytest.fixture
def neo4j_store() -> Iterator[GraphStore]:
    config = neo4j_test_config()
    try:
        from graph.neo4j_store import Neo4jStore
    except ImportError as exc:
        pytest.skip(f"Neo4j backend not available: {exc}")
    store = Neo4jStore(config)
    try:
        store.ping()
    except Exception as exc:
        store.close()  # an unclosed driver warns, and warnings are errors here
        pytest.skip(f"Neo4j at {config.neo4j_uri} unreachable: {exc}")
    store.ensure_schema()
    store.wipe()  # type: ignore[attr-defined]
    yield store
    store.close()


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    return CORPUS
