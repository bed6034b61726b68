"""Models to and from the networkx graph shape shared with Neo4j.

Nodes are keyed by id and carry ``labels`` (as in Neo4j) plus the model's fields;
edges carry ``type`` (the Neo4j relationship type) plus its properties. A country that
is also a place is one node with labels Actor, Country and Place.

Each ``REPORTED_IN`` edge is one supporting sentence of one report and also keeps that
report's claim (its own type, participants, place, date and modality as JSON), so the
store can re-resolve reports when a new article arrives.

This module must not import anything from ``api`` or ``ingest``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TypeAlias

import networkx as nx

from graph.model import (
    Actor,
    ActorKind,
    Article,
    Event,
    EventType,
    Evidence,
    Modality,
    Participant,
    Place,
    PlaceKind,
    Role,
    date_bounds,
)
from graph.store import fold

#: The store graph: node ids are strings.
Graph: TypeAlias = "nx.MultiDiGraph[str]"

__all__ = [
    "EVENT_LABELS",
    "KIND_LABELS",
    "Graph",
    "actors_named",
    "event_ids",
    "events_sharing_actors",
    "get_actor",
    "get_article",
    "get_event",
    "get_place",
    "has_label",
    "is_event",
    "link_places",
    "participant_ids",
    "place_of",
    "places_named",
    "put_article",
    "put_event",
    "remove_event",
    "report",
    "report_index",
    "reports_of",
    "sort_key",
]

#: Neo4j label of each event type (``Event`` is always added).
EVENT_LABELS: dict[EventType, str] = {
    EventType.MEETING: "Meeting",
    EventType.PARADE: "Parade",
    EventType.ALLIANCE: "Alliance",
    EventType.TROOP_DEPLOYMENT: "TroopDeployment",
    EventType.VISIT: "Visit",
    EventType.STATEMENT: "Statement",
    EventType.INVITATION: "Invitation",
    EventType.SANCTION: "Sanction",
}
#: Neo4j label of each actor kind (``Actor`` is always added).
KIND_LABELS: dict[ActorKind, str] = {
    ActorKind.PERSON: "Person",
    ActorKind.COUNTRY: "Country",
    ActorKind.ORGANIZATION: "Organization",
}

_ACTOR_FIELDS = ("name", "kind", "country", "qid")
_PLACE_FIELDS = ("name", "kind", "country", "lat", "lon")


def has_label(graph: Graph, node: str, label: str) -> bool:
    return node in graph and label in graph.nodes[node]["labels"]


def _add_labels(graph: Graph, node: str, labels: Iterable[str]) -> dict[str, Any]:
    if node not in graph:
        graph.add_node(node, labels=[])
    attrs: dict[str, Any] = graph.nodes[node]
    attrs["labels"] = sorted(set(attrs["labels"]) | set(labels))
    return attrs


def _merge_aliases(attrs: dict[str, Any], aliases: Iterable[str]) -> None:
    attrs["aliases"] = sorted(set(attrs.get("aliases", [])) | set(aliases))


# -- articles ----------------------------------------------------------------------


def put_article(graph: Graph, article: Article) -> None:
    attrs = _add_labels(graph, article.id, ["Article"])
    attrs.update(article.model_dump(mode="json", exclude={"id"}))


def get_article(graph: Graph, node: str) -> Article:
    attrs = graph.nodes[node]
    fields = {k: attrs.get(k) for k in Article.model_fields if k != "id"}
    return Article(id=node, **fields)


# -- actors and places ---------------------------------------------------------------


def _put_actor(graph: Graph, actor: Actor) -> None:
    attrs = _add_labels(graph, actor.id, ["Actor", KIND_LABELS[actor.kind]])
    attrs.update({k: getattr(actor, k) for k in _ACTOR_FIELDS})
    attrs["kind"] = actor.kind.value
    _merge_aliases(attrs, actor.aliases)


def get_actor(graph: Graph, node: str) -> Actor:
    attrs = graph.nodes[node]
    return Actor(
        id=node,
        name=attrs["name"],
        kind=ActorKind(attrs["kind"]),
        aliases=tuple(attrs.get("aliases", ())),
        country=attrs.get("country"),
        qid=attrs.get("qid"),
    )


def _put_place(graph: Graph, place: Place) -> None:
    attrs = _add_labels(graph, place.id, ["Place"])
    for key in _PLACE_FIELDS:
        value = getattr(place, key)
        if value is not None or key not in attrs:
            attrs[key] = value.value if isinstance(value, PlaceKind) else value
    _merge_aliases(attrs, place.aliases)
    if place.kind is PlaceKind.COUNTRY:
        _add_labels(graph, place.id, ["Actor", "Country"])


def get_place(graph: Graph, node: str) -> Place:
    attrs = graph.nodes[node]
    return Place(
        id=node,
        name=attrs["name"],
        kind=PlaceKind(attrs["kind"]),
        country=attrs.get("country"),
        lat=attrs.get("lat"),
        lon=attrs.get("lon"),
        aliases=tuple(attrs.get("aliases", ())),
    )


def link_places(graph: Graph) -> None:
    """``(:Place)-[:IN]->(:Country)`` for every place whose country node exists."""
    for node, attrs in list(graph.nodes.items()):
        country = attrs.get("country")
        if "Place" not in attrs["labels"] or not country or country == node:
            continue
        if has_label(graph, country, "Country") and not graph.has_edge(
            node, country, "IN"
        ):
            graph.add_edge(node, country, key="IN", type="IN")


# -- events --------------------------------------------------------------------------


def _claim(report_event: Event) -> str:
    body = report_event.model_dump(mode="json", exclude={"evidence", "date_precision"})
    return json.dumps(body, ensure_ascii=False, sort_keys=True)


def put_event(graph: Graph, event: Event, reports: Iterable[Event]) -> None:
    """Write a resolved event with the reports it was merged from."""
    attrs = _add_labels(graph, event.id, ["Event", EVENT_LABELS[event.type]])
    start, end = date_bounds(event.date) if event.date else (None, None)
    attrs.update(
        type=event.type.value,
        date=event.date,
        date_start=start.isoformat() if start else None,
        date_end=end.isoformat() if end else None,
        modality=event.modality.value,
        confidence=event.confidence,
        cameo=event.cameo,
        plover=event.plover,
        reports=list(event.reports),
    )
    for participant in event.participants:
        _put_actor(graph, participant.actor)
        role = participant.role.value
        graph.add_edge(
            participant.actor.id,
            event.id,
            key=f"PARTICIPATED_IN:{role}",
            type="PARTICIPATED_IN",
            role=role,
        )
    if event.place is not None:
        _put_place(graph, event.place)
        graph.add_edge(event.id, event.place.id, key="OCCURRED_AT", type="OCCURRED_AT")
    index = graph.graph.setdefault("reports", {})
    for item in reports:
        index[item.id] = event.id
        claim = _claim(item)
        for ev in item.evidence:
            graph.add_edge(
                event.id,
                ev.article_id,
                key=f"{item.id}:{ev.start}:{ev.end}",
                type="REPORTED_IN",
                sentence=ev.sentence,
                start=ev.start,
                end=ev.end,
                lang=ev.lang,
                extractor=ev.extractor,
                report=item.id,
                claim=claim,
            )


def remove_event(graph: Graph, node: str) -> None:
    index: dict[str, str] = graph.graph.setdefault("reports", {})
    for rid in graph.nodes[node].get("reports", []):
        if index.get(rid) == node:
            del index[rid]
    graph.remove_node(node)


def is_event(graph: Graph, node: str) -> bool:
    return has_label(graph, node, "Event")


def event_ids(graph: Graph) -> Iterator[str]:
    return (n for n, a in graph.nodes(data=True) if "Event" in a["labels"])


def report_index(graph: Graph) -> dict[str, str]:
    """Report id -> id of the event it was merged into."""
    index: dict[str, str] = graph.graph.setdefault("reports", {})
    return index


def participant_ids(graph: Graph, node: str) -> Iterator[str]:
    return (
        src
        for src, _, d in graph.in_edges(node, data=True)
        if d["type"] == "PARTICIPATED_IN"
    )


def place_of(graph: Graph, node: str) -> str | None:
    return next(
        (
            dst
            for _, dst, d in graph.out_edges(node, data=True)
            if d["type"] == "OCCURRED_AT"
        ),
        None,
    )


def _evidence(graph: Graph, node: str) -> Iterator[tuple[str, Evidence]]:
    for _, article, d in graph.out_edges(node, data=True):
        if d["type"] != "REPORTED_IN":
            continue
        yield (
            d["report"],
            Evidence(
                article_id=article,
                sentence=d["sentence"],
                start=d["start"],
                end=d["end"],
                lang=d["lang"],
                extractor=d["extractor"],
            ),
        )


def get_event(graph: Graph, node: str) -> Event:
    attrs = graph.nodes[node]
    participants = sorted(
        (
            Participant(actor=get_actor(graph, src), role=Role(d["role"]))
            for src, _, d in graph.in_edges(node, data=True)
            if d["type"] == "PARTICIPATED_IN"
        ),
        key=lambda p: (p.role.value, p.actor.id),
    )
    where = place_of(graph, node)
    evidence = sorted({ev for _, ev in _evidence(graph, node)}, key=_evidence_key)
    return Event(
        id=node,
        type=EventType(attrs["type"]),
        participants=tuple(participants),
        place=get_place(graph, where) if where else None,
        date=attrs["date"],
        modality=attrs["modality"],
        confidence=attrs["confidence"],
        evidence=tuple(evidence),
        cameo=attrs.get("cameo"),
        plover=attrs.get("plover"),
        reports=tuple(attrs.get("reports", ())),
    )


def _evidence_key(ev: Evidence) -> tuple[str, int, int]:
    return (ev.article_id, ev.start, ev.end)


def reports_of(graph: Graph, node: str) -> list[Event]:
    """The reports an event was merged from, rebuilt from its REPORTED_IN edges."""
    claims: dict[str, str] = {}
    evidence: dict[str, list[Evidence]] = {}
    for _, _, d in graph.out_edges(node, data=True):
        if d["type"] == "REPORTED_IN":
            claims[d["report"]] = d["claim"]
    for rid, ev in _evidence(graph, node):
        evidence.setdefault(rid, []).append(ev)
    return [
        Event.model_validate(
            {
                **json.loads(claims[rid]),
                "evidence": sorted(evidence[rid], key=_evidence_key),
            }
        )
        for rid in sorted(claims)
    ]


def report(graph: Graph, node: str, report_id: str) -> Event | None:
    return next((r for r in reports_of(graph, node) if r.id == report_id), None)


def events_sharing_actors(graph: Graph, item: Event) -> set[str]:
    """Events of the same type and modality sharing a participant or its country."""
    keys = {p.actor.id for p in item.participants}
    keys |= {p.actor.country for p in item.participants if p.actor.country}
    found: set[str] = set()
    for key in keys & set(graph.nodes):
        for _, dst, d in graph.out_edges(key, data=True):
            if d["type"] != "PARTICIPATED_IN":
                continue
            attrs = graph.nodes[dst]
            if (
                attrs["type"] == item.type.value
                and attrs["modality"] == item.modality.value
            ):
                found.add(dst)
    return found


def sort_key(graph: Graph, node: str) -> tuple[bool, str, str]:
    start = graph.nodes[node].get("date_start")
    return (start is None, start or "", node)


def _named(graph: Graph, term: str, label: str) -> set[str]:
    if has_label(graph, term, label):
        return {term}
    key = fold(term)
    return {
        node
        for node, attrs in graph.nodes(data=True)
        if label in attrs["labels"]
        and any(
            fold(n) == key for n in (attrs.get("name", ""), *attrs.get("aliases", ()))
        )
    }


def actors_named(graph: Graph, term: str) -> set[str]:
    """Actor ids whose id, name or an alias equals ``term`` (after folding)."""
    return _named(graph, term, "Actor")


def places_named(graph: Graph, term: str) -> set[str]:
    """Place ids named ``term``, plus every place inside a country so named."""
    found = _named(graph, term, "Place")
    countries = _named(graph, term, "Country") | {
        n for n in found if graph.nodes[n].get("kind") == PlaceKind.COUNTRY.value
    }
    if countries:
        found |= {
            node
            for node, attrs in graph.nodes(data=True)
            if "Place" in attrs["labels"] and attrs.get("country") in countries
        }
    return found


def actor_event_view(graph: Graph, modalities: tuple[Modality, ...]) -> nx.Graph[str]:
    """Undirected actor-event graph over events of these modalities (all if none)."""
    wanted = {m.value for m in modalities}
    view: nx.Graph[str] = nx.Graph()
    for src, dst, d in graph.edges(data=True):
        if d["type"] != "PARTICIPATED_IN":
            continue
        if wanted and graph.nodes[dst]["modality"] not in wanted:
            continue
        view.add_edge(src, dst)
    return view
