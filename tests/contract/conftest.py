from __future__ import annotations

import pytest

from graph.store import GraphStore


@pytest.fixture(params=["memory", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest) -> GraphStore:
    """Every contract test runs on both backends, each starting empty."""
    return request.getfixturevalue(f"{request.param}_store")  # type: ignore[no-any-return]
