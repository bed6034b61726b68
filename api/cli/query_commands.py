"""``diplograph query meetings|events|actors``: the API's questions from a terminal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from api.cli.app import DataDirOption, console, fail, query_app, store_for
from api.filters import DateRange, Paging, build_query
from api.schemas import ActorOut, EventOut
from graph.model import ActorKind, Event, EventQuery, EventType, Modality
from graph.store import ActorQuery

ActorOpt = Annotated[
    list[str] | None, typer.Option("--actor", help="id or name; repeat: all")
]
PlaceOpt = Annotated[
    str | None, typer.Option("--place", help="id or name (a country covers its cities)")
]
FromOpt = Annotated[str | None, typer.Option("--from", help="YYYY[-MM[-DD]]")]
ToOpt = Annotated[str | None, typer.Option("--to", help="YYYY[-MM[-DD]]")]
JsonOpt = Annotated[bool, typer.Option("--json", help="print JSON")]
LimitOpt = Annotated[int, typer.Option(min=1, max=1000)]


def _dates(date_from: str | None, date_to: str | None) -> DateRange:
    from fastapi.exceptions import RequestValidationError

    try:
        return DateRange(date_from, date_to)
    except RequestValidationError as exc:
        raise fail(f"bad date: {exc.errors()[0]['msg']}") from exc


def _show(events: tuple[Event, ...], total: int, as_json: bool) -> None:
    if as_json:
        body = {
            "items": [EventOut.of(e).model_dump(mode="json") for e in events],
            "total": total,
        }
        typer.echo(json.dumps(body, ensure_ascii=False, indent=2))
        return
    for e in events:
        who = ", ".join(
            p.actor.name
            + ("" if p.role.value in ("participant", "party") else f" ({p.role.value})")
            for p in e.participants
        )
        where = f" in {e.place.name}" if e.place else ""
        console.print(
            f"[bold]{e.date or 'undated'}[/] {e.type.value}{where}: {who}"
            f" [dim]{e.modality.value}, {e.id}[/]",
            highlight=False,
        )
        for ev in e.evidence:
            console.print(
                f"    [italic]{ev.sentence}[/]"
                f" [dim]({ev.article_id} {ev.start}:{ev.end})[/]",
                highlight=False,
            )
    console.print(f"{len(events)} of {total}")


def _find_and_show(query: EventQuery, data_dir: Path | None, as_json: bool) -> None:
    store = store_for(data_dir)
    try:
        page = store.find_events(query)
    finally:
        store.close()
    _show(page.items, page.total, as_json)


@query_app.command("meetings")
def meetings(
    place: PlaceOpt = None,
    actor: ActorOpt = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    any_modality: Annotated[
        bool,
        typer.Option("--any-modality", help="include planned, speculated, negated"),
    ] = False,
    limit: LimitOpt = 50,
    as_json: JsonOpt = False,
    data_dir: DataDirOption = None,
) -> None:
    """Who met whom (asserted meetings unless --any-modality)."""
    query = build_query(
        types=(EventType.MEETING,),
        actors=actor,
        place=place,
        dates=_dates(date_from, date_to),
        modalities=() if any_modality else (Modality.ASSERTED,),
        paging=Paging(limit=limit, offset=0),
    )
    _find_and_show(query, data_dir, as_json)


@query_app.command("events")
def events(
    type_: Annotated[
        list[EventType] | None, typer.Option("--type", case_sensitive=False)
    ] = None,
    place: PlaceOpt = None,
    actor: ActorOpt = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    modality: Annotated[
        list[Modality] | None, typer.Option(case_sensitive=False)
    ] = None,
    limit: LimitOpt = 50,
    as_json: JsonOpt = False,
    data_dir: DataDirOption = None,
) -> None:
    """Events of any type matching every filter."""
    query = build_query(
        types=tuple(type_ or ()),
        actors=actor,
        place=place,
        dates=_dates(date_from, date_to),
        modalities=tuple(modality or ()),
        paging=Paging(limit=limit, offset=0),
    )
    _find_and_show(query, data_dir, as_json)


@query_app.command("actors")
def actors(
    name: Annotated[
        str | None, typer.Argument(help="part of any name or alias")
    ] = None,
    kind: Annotated[ActorKind | None, typer.Option(case_sensitive=False)] = None,
    limit: LimitOpt = 50,
    as_json: JsonOpt = False,
    data_dir: DataDirOption = None,
) -> None:
    """Search actors by any alias, in any language."""
    store = store_for(data_dir)
    try:
        found = store.find_actors(ActorQuery(name=name, kind=kind, limit=limit))
    finally:
        store.close()
    if as_json:
        typer.echo(
            json.dumps(
                [ActorOut.of(a).model_dump() for a in found],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    table = Table("id", "name", "kind", "aliases")
    for a in found:
        table.add_row(a.id, a.name, a.kind.value, ", ".join(a.aliases[:6]))
    console.print(table)
