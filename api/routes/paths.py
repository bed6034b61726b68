"""``GET /paths``: how two actors are connected, as a chain of events."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict

from api.deps import StoreDep
from api.filters import modalities_from
from api.schemas import ActorOut, ErrorOut, EventOut
from graph.paths import MAX_EVENTS

router = APIRouter(tags=["paths"])


class PathOut(BaseModel):
    model_config = ConfigDict(frozen=True)

    found: bool
    actors: list[ActorOut]
    events: list[EventOut]


@router.get("/paths", response_model=PathOut, responses={404: {"model": ErrorOut}})
def shortest_path(
    store: StoreDep,
    a: Annotated[str, Query(min_length=1, description="actor id or name")],
    b: Annotated[str, Query(min_length=1, description="actor id or name")],
    max_events: Annotated[int, Query(ge=1, le=MAX_EVENTS)] = 4,
    modality: Annotated[
        list[str] | None,
        Query(description="events the path may use; default asserted, 'any' for all"),
    ] = None,
) -> PathOut:
    """The shortest chain ``a -event- x -event- ... b``; ``events[i]`` joins
    ``actors[i]`` and ``actors[i+1]``."""
    path = store.shortest_path(
        a,
        b,
        max_events=max_events,
        modalities=modalities_from(modality or ["asserted"]),
    )
    return PathOut(
        found=bool(path.actors),
        actors=[ActorOut.of(x) for x in path.actors],
        events=[EventOut.of(e) for e in path.events],
    )
