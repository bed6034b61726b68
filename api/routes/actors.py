"""``GET /actors`` (search any alias), ``/actors/{id}`` and ``/actors/{id}/events``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import StoreDep
from api.filters import EventFilters
from api.schemas import ActorOut, ErrorOut, EventPageOut
from graph.model import ActorKind
from graph.store import ActorQuery

router = APIRouter(tags=["actors"])


@router.get("/actors", response_model=list[ActorOut])
def search_actors(
    store: StoreDep,
    q: Annotated[
        str | None, Query(max_length=200, description="part of any name")
    ] = None,
    kind: ActorKind | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[ActorOut]:
    """Actors whose name or alias, in any language, contains ``q``."""
    found = store.find_actors(ActorQuery(name=q, kind=kind, limit=limit, offset=offset))
    return [ActorOut.of(a) for a in found]


@router.get(
    "/actors/{actor_id}", response_model=ActorOut, responses={404: {"model": ErrorOut}}
)
def get_actor(store: StoreDep, actor_id: str) -> ActorOut:
    return ActorOut.of(store.get_actor(actor_id))


@router.get(
    "/actors/{actor_id}/events",
    response_model=EventPageOut,
    responses={404: {"model": ErrorOut}},
)
def actor_events(store: StoreDep, actor_id: str, query: EventFilters) -> EventPageOut:
    """The actor's timeline; other filters (type, place, dates...) narrow it."""
    actor = store.get_actor(actor_id)
    page = store.find_events(
        query.model_copy(update={"actors": (actor.id, *query.actors)})
    )
    return EventPageOut.of(page)
