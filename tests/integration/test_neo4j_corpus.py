"""Re-ingesting the corpus into Neo4j changes nothing, and matches the memory store.

Reads ``../shared/corpus`` at test time (nothing from it is copied into the repo).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from neo4j import Driver

from graph.memory_store import MemoryStore
from graph.model import EventQuery
from graph.neo4j_store import Neo4jStore
from graph.store import GraphStore, UpsertResult
from ingest import pipeline
from tests.integration.conftest import (
    duplicate_ids,
    duplicate_relationships,
    graph_counts,
)

pytestmark = [pytest.mark.neo4j, pytest.mark.corpus]


def _articles(corpus: Path) -> list[Path]:
    return sorted((corpus / "dev").glob("*.txt")) + sorted(
        (corpus / "seed").glob("*.txt")
    )


def _all_events(store: GraphStore) -> list[object]:
    page = store.find_events(EventQuery(limit=1000))
    assert page.total == len(page.items)
    return list(page.items)


def test_reingesting_the_corpus_creates_no_duplicates(
    corpus: Path, neo4j_store: Neo4jStore, neo4j_driver: Driver, tmp_path: Path
) -> None:
    files = _articles(corpus)
    first = pipeline.ingest(neo4j_store, pipeline.read_paths(files))
    assert first.articles == len(files)
    assert first.upsert.events_created > 0
    counts = graph_counts(neo4j_driver)
    again = pipeline.ingest(neo4j_store, pipeline.read_paths(files))
    assert again.upsert == UpsertResult()
    assert graph_counts(neo4j_driver) == counts
    assert duplicate_ids(neo4j_driver) == []
    assert duplicate_relationships(neo4j_driver) == 0

    memory = MemoryStore(tmp_path)
    pipeline.ingest(memory, pipeline.read_paths(files))
    assert neo4j_store.stats() == memory.stats()
    assert _all_events(neo4j_store) == _all_events(memory)

    # Arrival order does not matter: the reverse order resolves to the same events.
    neo4j_store.wipe()
    pipeline.ingest(neo4j_store, pipeline.read_paths(files[::-1]), batch_size=3)
    assert _all_events(neo4j_store) == _all_events(memory)
