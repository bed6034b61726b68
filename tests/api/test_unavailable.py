"""A store that cannot be opened is a 503 with a JSON message, never a crash."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from api.main import create_app
from tests.api.conftest import settings_for


def test_unusable_store_answers_503(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data directory should be")
    with TestClient(create_app(settings_for(blocker))) as client:
        health = client.get("/health")
        assert health.status_code == 503
        assert health.json()["status"] == "unavailable"
        response = client.get("/meetings", params={"place": "Beijing"})
        assert response.status_code == 503
        assert response.json()["error"] == "store_unavailable"
        blocker.unlink()  # the store comes back: the next request succeeds
        assert client.get("/meetings").status_code == 200
        assert client.get("/health").json()["status"] == "ok"
