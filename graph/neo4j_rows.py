"""Models to Cypher parameter rows and back, for the Neo4j store.

The mapping mirrors :mod:`graph.codec` (the memory store's), so both stores hold the
same properties: an event keeps each report it was merged from as ``REPORTED_IN``
relationships carrying the report id and its claim (JSON without evidence), which is
what re-resolution reads back. Neo4j adds native temporals (``published`` is a
``DateTime``; ``date_start``/``date_end`` are ``Date``) and folded name keys.

This module must not import anything from ``api`` or ``ingest``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from graph.codec import EVENT_LABELS, KIND_LABELS
from graph.model import (
    Actor,
    ActorKind,
    Article,
    Event,
    EventType,
    Evidence,
    Participant,
    Place,
    PlaceKind,
    Role,
    date_bounds,
)
from graph.store import fold

__all__ = [
    "Row",
    "actor_from",
    "actor_row",
    "article_from",
    "article_row",
    "event_row",
    "events_from",
    "place_from",
    "place_row",
    "reports_from",
]

Row = dict[str, Any]


def _native(value: Any) -> Any:
    """Neo4j temporal values to Python ones (``neo4j.time`` types have to_native)."""
    to_native = getattr(value, "to_native", None)
    return to_native() if callable(to_native) else value


def _names(name: str, aliases: Iterable[str]) -> Row:
    alias_keys = sorted({fold(a) for a in aliases})
    return {
        "name": name,
        "name_key": fold(name),
        "aliases": list(aliases),
        "alias_keys": alias_keys,
        # every key gets a (:Name) node; see graph.cypher
        "keys": sorted({fold(name), *alias_keys}),
    }


# -- to rows -----------------------------------------------------------------------


def article_row(article: Article) -> Row:
    props = article.model_dump(exclude={"id"})
    return {"id": article.id, "props": props}


def actor_row(actor: Actor) -> Row:
    return {
        "id": actor.id,
        "label": KIND_LABELS[actor.kind],
        "kind": actor.kind.value,
        "country": actor.country,
        "qid": actor.qid,
        **_names(actor.name, actor.aliases),
    }


def place_row(place: Place) -> Row:
    return {
        "id": place.id,
        "kind": place.kind.value,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        **_names(place.name, place.aliases),
    }


def _claim(report: Event) -> str:
    body = report.model_dump(mode="json", exclude={"evidence", "date_precision"})
    return json.dumps(body, ensure_ascii=False, sort_keys=True)


def event_row(event: Event, reports: Iterable[Event]) -> Row:
    """A ``cypher.WRITE_EVENTS`` row: the node, its participants, place, sources."""
    start, end = date_bounds(event.date) if event.date else (None, None)
    props = {
        "type": event.type.value,
        "date": event.date,
        "date_start": start,
        "date_end": end,
        "modality": event.modality.value,
        "confidence": event.confidence,
        "cameo": event.cameo,
        "plover": event.plover,
        "reports": list(event.reports),
    }
    sources: list[Row] = []
    for report in reports:
        claim = _claim(report)
        sources.extend(
            {
                "article": ev.article_id,
                "report": report.id,
                "start": ev.start,
                "end": ev.end,
                "sentence": ev.sentence,
                "lang": ev.lang,
                "extractor": ev.extractor,
                "claim": claim,
            }
            for ev in report.evidence
        )
    return {
        "id": event.id,
        "label": EVENT_LABELS[event.type],
        "props": props,
        "participants": [
            {"actor": p.actor.id, "role": p.role.value} for p in event.participants
        ],
        "place": event.place.id if event.place else None,
        "sources": sources,
    }


# -- from records --------------------------------------------------------------------


def article_from(props: Mapping[str, Any]) -> Article:
    fields = {k: _native(props.get(k)) for k in Article.model_fields}
    published = fields.get("published")
    if isinstance(published, date) and not isinstance(published, datetime):
        fields["published"] = datetime(published.year, published.month, published.day)
    return Article.model_validate(fields)


def actor_from(props: Mapping[str, Any]) -> Actor:
    return Actor(
        id=props["id"],
        name=props["name"],
        kind=ActorKind(props["kind"]),
        aliases=tuple(props.get("aliases") or ()),
        country=props.get("country"),
        qid=props.get("qid"),
    )


def place_from(props: Mapping[str, Any]) -> Place:
    return Place(
        id=props["id"],
        name=props["name"],
        kind=PlaceKind(props["kind"]),
        country=props.get("country"),
        lat=props.get("lat"),
        lon=props.get("lon"),
        aliases=tuple(props.get("aliases") or ()),
    )


def _evidence_from(item: Mapping[str, Any]) -> Evidence:
    return Evidence(
        article_id=item["article"],
        sentence=item["sentence"],
        start=item["start"],
        end=item["end"],
        lang=item["lang"],
        extractor=item["extractor"],
    )


def _evidence_key(ev: Evidence) -> tuple[str, int, int]:
    return (ev.article_id, ev.start, ev.end)


def events_from(record: Mapping[str, Any]) -> list[Event]:
    """The events of one page record (``cypher.EVENT_PAGES``), in page order.

    ``items`` refer to actors and places by id; ``actors`` and ``places`` hold each
    once. Evidence comes as ``[article, sentence, start, end, lang, extractor]``.
    """
    actors = {a["id"]: actor_from(a) for a in record["actors"]}
    places = {p["id"]: place_from(p) for p in record["places"]}
    return [
        _event_from(item["event"], item, actors, places) for item in record["items"]
    ]


def _event_from(
    props: Mapping[str, Any],
    item: Mapping[str, Any],
    actors: Mapping[str, Actor],
    places: Mapping[str, Place],
) -> Event:
    people = sorted(
        (
            Participant(actor=actors[actor], role=Role(role))
            for actor, role in item["participants"]
        ),
        key=lambda p: (p.role.value, p.actor.id),
    )
    sources = sorted(
        {
            Evidence(
                article_id=article,
                sentence=sentence,
                start=start,
                end=end,
                lang=lang,
                extractor=extractor,
            )
            for article, sentence, start, end, lang, extractor in item["evidence"]
        },
        key=_evidence_key,
    )
    place = item["place"]
    return Event(
        id=props["id"],
        type=EventType(props["type"]),
        participants=tuple(people),
        place=places[place] if place is not None else None,
        date=props.get("date"),
        modality=props["modality"],
        confidence=props["confidence"],
        evidence=tuple(sources),
        cameo=props.get("cameo"),
        plover=props.get("plover"),
        reports=tuple(props.get("reports") or ()),
    )


def reports_from(records: Iterable[Mapping[str, Any]]) -> dict[str, list[Event]]:
    """Event id -> the reports it was merged from (the ``held`` column of
    ``cypher.STORED_STATE`` and ``cypher.LOCK_AND_READ``)."""
    claims: dict[tuple[str, str], str] = {}
    evidence: dict[tuple[str, str], list[Evidence]] = {}
    for record in records:
        key = (record["event"], record["report"])
        claims[key] = record["claim"]
        evidence.setdefault(key, []).append(_evidence_from(record))
    found: dict[str, list[Event]] = {}
    for key in sorted(claims):
        report = Event.model_validate(
            {
                **json.loads(claims[key]),
                "evidence": sorted(evidence[key], key=_evidence_key),
            }
        )
        found.setdefault(key[0], []).append(report)
    return found
