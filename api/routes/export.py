"""``GET /export``: matching events as RDF (Turtle or JSON-LD), every page of them."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import StoreDep
from api.filters import EventFilters
from graph.model import Event, EventQuery
from graph.rdf import to_rdf
from graph.store import GraphStore

router = APIRouter(tags=["export"])


class RdfFormat(StrEnum):
    TURTLE = "turtle"
    JSON_LD = "json-ld"


_MEDIA = {RdfFormat.TURTLE: "text/turtle", RdfFormat.JSON_LD: "application/ld+json"}


def _all(store: GraphStore, query: EventQuery) -> Iterator[Event]:
    offset = 0
    while True:
        page = store.find_events(
            query.model_copy(update={"limit": 500, "offset": offset})
        )
        yield from page.items
        offset += len(page.items)
        if not page.items or offset >= page.total:
            return


@router.get(
    "/export",
    response_class=Response,
    responses={200: {"content": {m: {} for m in _MEDIA.values()}}},
)
def export(
    store: StoreDep,
    query: EventFilters,
    format_: Annotated[RdfFormat, Query(alias="format")] = RdfFormat.TURTLE,
) -> Response:
    """Every event matching the filters (paging ignored), with evidence."""
    graph = to_rdf(_all(store, query))
    return Response(
        content=graph.serialize(format=format_.value), media_type=_MEDIA[format_]
    )
