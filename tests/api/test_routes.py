"""Every read route, its filters and its errors, on a seeded embedded store."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import DEPLOYMENT, PARADE, PLANNED, SOURCE
from tests.factories import KIM, NORTH_KOREA, PUTIN


def test_health_reports_backend_and_size(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body == {"status": "ok", "backend": "memory", "events": 4, "detail": None}


def test_meetings_in_beijing_have_evidence_and_offsets(client: TestClient) -> None:
    response = client.get("/meetings", params={"place": "Beijing"})
    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert {p["name"] for p in item["participants"]} == {
        "Kim Jong Un",
        "Vladimir Putin",
    }
    assert item["date"] == "2025-09-03"
    assert item["date_precision"] == "day"
    (ev,) = item["evidence"]
    assert SOURCE.text[ev["start"] : ev["end"]] == ev["sentence"]
    assert ev["lang"] == "id"


def test_meetings_are_asserted_unless_asked(client: TestClient) -> None:
    asserted = client.get("/meetings").json()
    assert [i["modality"] for i in asserted["items"]] == ["asserted"]
    everything = client.get("/meetings", params={"modality": "any"}).json()
    assert sorted(i["modality"] for i in everything["items"]) == ["asserted", "planned"]
    planned = client.get("/meetings", params={"modality": "planned"}).json()
    assert [p["id"] for p in planned["items"][0]["participants"]] == sorted(
        [KIM.id, "person:xi-jinping"]
    )


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"actor": "Vladimir Putin", "from": "2025-09", "to": "2025-09"}, 1),
        ({"actor": "putin", "to": "2025-08-31"}, 0),
        ({"place": "Tiongkok"}, 1),
        ({"place": "Pyongyang"}, 0),
    ],
)
def test_meeting_filters(client: TestClient, params: dict, expected: int) -> None:
    assert client.get("/meetings", params=params).json()["total"] == expected


def test_events_filter_by_type_and_page(client: TestClient) -> None:
    body = client.get(
        "/events", params=[("type", "parade"), ("type", "TROOP_DEPLOYMENT")]
    ).json()
    assert {i["type"] for i in body["items"]} == {"PARADE", "TROOP_DEPLOYMENT"}
    first = client.get("/events", params={"limit": 1}).json()
    second = client.get("/events", params={"limit": 1, "offset": 1}).json()
    assert first["total"] == second["total"] == 4
    assert first["items"][0]["id"] != second["items"][0]["id"]
    assert first["items"][0]["type"] == "TROOP_DEPLOYMENT"  # dated 2025: starts first


def test_events_of_two_actors(client: TestClient) -> None:
    body = client.get(
        "/events", params=[("actor", "Kim Jong Un"), ("actor", "Putin")]
    ).json()
    assert {i["type"] for i in body["items"]} == {"MEETING", "PARADE"}


def test_event_by_id_and_by_report_id(client: TestClient) -> None:
    found = client.get("/events", params={"type": "TROOP_DEPLOYMENT"}).json()["items"][
        0
    ]
    by_id = client.get(f"/events/{found['id']}").json()
    assert by_id == found
    assert client.get(f"/events/{DEPLOYMENT.id}").json()["id"] == found["id"]
    roles = {p["role"]: p["name"] for p in by_id["participants"]}
    assert roles == {
        "sender": "North Korea",
        "recipient": "Russia",
        "against": "Ukraine",
    }


def test_actor_search_over_aliases_in_any_language(client: TestClient) -> None:
    body = client.get("/actors", params={"q": "korut"}).json()
    assert [a["id"] for a in body] == [NORTH_KOREA.id]
    people = client.get("/actors", params={"kind": "person"}).json()
    assert {a["name"] for a in people} == {
        "Kim Jong Un",
        "Vladimir Putin",
        "Xi Jinping",
    }


def test_actor_and_timeline(client: TestClient) -> None:
    assert client.get(f"/actors/{PUTIN.id}").json()["name"] == "Vladimir Putin"
    timeline = client.get(f"/actors/{KIM.id}/events").json()
    assert [i["date"] for i in timeline["items"]] == [
        "2025-09-03",
        "2025-09-03",
        "2025-10",
    ]
    parades = client.get(f"/actors/{KIM.id}/events", params={"type": "PARADE"}).json()
    assert {i["id"] for i in parades["items"]} == {
        client.get(f"/events/{PARADE.id}").json()["id"]
    }
    assert client.get(f"/events/{PLANNED.id}").json()["modality"] == "planned"


@pytest.mark.parametrize(
    "path",
    [
        "/events/event:nope",
        "/actors/person:nobody",
        "/actors/person:nobody/events",
        "/nowhere",
    ],
)
def test_unknown_ids_are_json_404(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"
    assert response.json()["detail"]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/meetings", {"from": "yesterday"}),
        ("/meetings", {"to": "2025-02-30"}),
        ("/meetings", {"from": "2025-10", "to": "2025-09"}),
        ("/events", {"type": "WAR"}),
        ("/events", {"limit": 0}),
        ("/events", {"offset": -1}),
        ("/events", {"modality": "rumoured"}),
        ("/actors", {"kind": "planet"}),
    ],
)
def test_bad_parameters_are_json_422(
    client: TestClient, path: str, params: dict
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "invalid_request"
    assert body["detail"]


def test_docs_are_served_without_a_cdn(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "cdn.jsdelivr" not in page.text
    assert "/static-offline-docs/swagger-ui-bundle.js" in page.text
    assert client.get("/static-offline-docs/swagger-ui-bundle.js").status_code == 200
    assert "/meetings" in client.get("/openapi.json").json()["paths"]


def test_export_turtle_and_json_ld(client: TestClient) -> None:
    from rdflib import Graph

    turtle = client.get("/export", params={"type": "MEETING", "modality": "asserted"})
    assert turtle.status_code == 200
    assert turtle.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=turtle.text, format="turtle")
    assert "Kim Jong Un" in {str(o) for o in graph.objects()}
    jsonld = client.get("/export", params={"format": "json-ld"})
    assert jsonld.headers["content-type"].startswith("application/ld+json")
    assert len(Graph().parse(data=jsonld.text, format="json-ld")) > len(graph)
    assert client.get("/export", params={"format": "xml"}).status_code == 422


def test_paths_between_actors(client: TestClient) -> None:
    body = client.get("/paths", params={"a": "North Korea", "b": "Ukraine"}).json()
    assert body["found"] is True
    assert [x["name"] for x in body["actors"]] == ["North Korea", "Ukraine"]
    assert [e["type"] for e in body["events"]] == ["TROOP_DEPLOYMENT"]
    none = client.get("/paths", params={"a": "Kim Jong Un", "b": "Ukraine"}).json()
    assert none == {"found": False, "actors": [], "events": []}
    assert (
        client.get("/paths", params={"a": "Nobody", "b": "Ukraine"}).status_code == 404
    )
    assert client.get("/paths", params={"a": "Kim Jong Un"}).status_code == 422
