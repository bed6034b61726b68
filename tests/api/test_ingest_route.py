"""``POST /ingest``: the API key guard, bad bodies, and a real extraction."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from tests.api.conftest import settings_for

ARTICLE = {
    "text": "Indonesian President Prabowo Subianto met Japanese Prime Minister "
    "Shigeru Ishiba in Tokyo on Monday. "
    "The two leaders held talks on maritime security.",
    "title": "Prabowo meets Ishiba",
    "published": "2025-03-31T09:00:00+07:00",
    "lang": "en",
}


@pytest.fixture
def guarded(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(settings_for(tmp_path, api_key="s3cret-key"))) as client:
        yield client


def test_ingest_needs_the_api_key_when_configured(guarded: TestClient) -> None:
    assert guarded.post("/ingest", json=ARTICLE).status_code == 401
    wrong = guarded.post("/ingest", json=ARTICLE, headers={"X-API-Key": "nope"})
    assert wrong.status_code == 401
    assert wrong.json()["error"] == "unauthorized"
    assert guarded.get("/health").json()["events"] == 0


def test_ingest_stores_extracted_events_once(guarded: TestClient) -> None:
    headers = {"X-API-Key": "s3cret-key"}
    first = guarded.post("/ingest", json=ARTICLE, headers=headers)
    assert first.status_code == 200, first.text
    assert first.json()["articles"] == 1
    assert first.json()["events_created"] >= 1
    meetings = guarded.get("/meetings", params={"actor": "Prabowo Subianto"}).json()
    assert meetings["total"] == 1
    assert meetings["items"][0]["place"]["name"] == "Tokyo"
    assert meetings["items"][0]["date"] == "2025-03-31"
    again = guarded.post("/ingest", json=ARTICLE, headers=headers).json()
    assert again["events_created"] == 0
    assert guarded.get("/meetings").json()["total"] == 1


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": ""},
        {"text": "x", "colour": "red"},
        {"text": "x", "published": "soon"},
        {"text": "x", "lang": "english"},
    ],
)
def test_bad_bodies_are_422_and_store_nothing(guarded: TestClient, body: dict) -> None:
    response = guarded.post("/ingest", json=body, headers={"X-API-Key": "s3cret-key"})
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_request"
    assert guarded.get("/health").json()["events"] == 0


def test_open_ingest_when_no_key_is_configured(tmp_path: Path) -> None:
    with TestClient(create_app(settings_for(tmp_path))) as client:
        assert client.post("/ingest", json=ARTICLE).status_code == 200
