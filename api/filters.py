"""Query-string filters shared by the event routes, validated into ``EventQuery``.

Dates accept ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: ``from=2025`` starts on
2025-01-01 and ``to=2025-09`` ends on 2025-09-30. Bad values are 422s.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Depends, Query
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from graph.model import (
    EventQuery,
    EventType,
    Modality,
    check_partial_date,
    date_bounds,
)

__all__ = [
    "DateRange",
    "EventFilters",
    "MeetingFilters",
    "Paging",
    "build_query",
    "modalities_from",
    "parse_bound",
]


def parse_bound(value: str | None, *, end: bool, field: str) -> date | None:
    """The first (or last) day of a partial ISO date; a 422 on anything else."""
    if value is None:
        return None
    try:
        first, last = date_bounds(check_partial_date(value.strip()))
    except ValueError as exc:
        raise RequestValidationError(
            [
                {
                    "loc": ("query", field),
                    "msg": f"expected YYYY[-MM[-DD]]: {exc}",
                    "type": "value_error",
                }
            ]
        ) from exc
    return last if end else first


class DateRange:
    def __init__(
        self,
        date_from: Annotated[
            str | None, Query(alias="from", examples=["2025-09"])
        ] = None,
        date_to: Annotated[
            str | None, Query(alias="to", examples=["2025-09-30"])
        ] = None,
    ) -> None:
        self.date_from = parse_bound(date_from, end=False, field="from")
        self.date_to = parse_bound(date_to, end=True, field="to")


class Paging:
    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset


def modalities_from(values: list[str]) -> tuple[Modality, ...]:
    """Modalities named in a query string; ``any`` means no filter."""
    if any(v.lower() == "any" for v in values):
        return ()
    try:
        return tuple(Modality(v.lower()) for v in values)
    except ValueError as exc:
        raise RequestValidationError(
            [{"loc": ("query", "modality"), "msg": str(exc), "type": "enum"}]
        ) from exc


def _types(values: list[str]) -> tuple[EventType, ...]:
    try:
        return tuple(EventType(v.upper()) for v in values)
    except ValueError as exc:
        raise RequestValidationError(
            [{"loc": ("query", "type"), "msg": str(exc), "type": "enum"}]
        ) from exc


def build_query(
    *,
    types: tuple[EventType, ...] = (),
    actors: list[str] | None = None,
    place: str | None = None,
    dates: DateRange,
    modalities: tuple[Modality, ...] = (),
    paging: Paging,
) -> EventQuery:
    try:
        return EventQuery(
            types=types,
            actors=tuple(a for a in actors or () if a.strip()),
            place=place,
            date_from=dates.date_from,
            date_to=dates.date_to,
            modalities=modalities,
            limit=paging.limit,
            offset=paging.offset,
        )
    except ValidationError as exc:
        raise RequestValidationError(
            [
                {"loc": ("query",), "msg": e["msg"], "type": e["type"]}
                for e in exc.errors()
            ]
        ) from exc


ActorParam = Annotated[
    list[str] | None, Query(description="id or name; repeat for all")
]
PlaceParam = Annotated[
    str | None, Query(description="id or name; a country covers its cities")
]


def event_filters(
    dates: Annotated[DateRange, Depends()],
    paging: Annotated[Paging, Depends()],
    type_: Annotated[
        list[str] | None, Query(alias="type", examples=["MEETING"])
    ] = None,
    actor: ActorParam = None,
    place: PlaceParam = None,
    modality: Annotated[
        list[str] | None, Query(description="asserted, planned, ...")
    ] = None,
) -> EventQuery:
    return build_query(
        types=_types(type_ or []),
        actors=actor,
        place=place,
        dates=dates,
        modalities=modalities_from(modality or []),
        paging=paging,
    )


def meeting_filters(
    dates: Annotated[DateRange, Depends()],
    paging: Annotated[Paging, Depends()],
    actor: ActorParam = None,
    place: PlaceParam = None,
    modality: Annotated[
        list[str] | None,
        Query(description="default: asserted only; 'any' for every modality"),
    ] = None,
) -> EventQuery:
    return build_query(
        types=(EventType.MEETING,),
        actors=actor,
        place=place,
        dates=dates,
        modalities=modalities_from(modality or ["asserted"]),
        paging=paging,
    )


EventFilters = Annotated[EventQuery, Depends(event_filters)]
MeetingFilters = Annotated[EventQuery, Depends(meeting_filters)]
