"""``diplograph ingest`` and ``diplograph stats``: write to and inspect the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from api.cli.app import DataDirOption, app, console, fail, store_for
from ingest.pipeline import OnError, ingest, read_paths


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="article files or directories")],
    data_dir: DataDirOption = None,
    strict: Annotated[
        bool, typer.Option(help="stop at the first unreadable input")
    ] = False,
    json_out: Annotated[
        bool, typer.Option("--json", help="print the report as JSON")
    ] = False,
) -> None:
    """Extract events from articles and store them (re-ingesting changes nothing)."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise fail(f"no such file or directory: {', '.join(missing)}")
    store = store_for(data_dir)
    try:
        mode = OnError.RAISE if strict else OnError.SKIP
        report = ingest(store, read_paths(paths, mode), on_error=mode)
    finally:
        store.close()
    if json_out:
        typer.echo(report.model_dump_json(indent=2))
    else:
        console.print(
            f"ingested {report.articles} articles: {report.reports} event reports, "
            f"{report.upsert.events_created} new events, "
            f"{report.upsert.events_removed} merged away ({report.seconds:.2f}s)"
        )
        for skip in report.skipped:
            console.print(
                f"[yellow]skipped[/] {skip.source}: {skip.reason}", highlight=False
            )
    if report.skipped:
        raise typer.Exit(1)
    if report.articles == 0:
        raise fail("no articles found in the given paths")


@app.command("stats")
def stats_command(data_dir: DataDirOption = None) -> None:
    """Counts of what the store holds."""
    store = store_for(data_dir)
    try:
        stats = store.stats()
    finally:
        store.close()
    table = Table("what", "count")
    for key in ("articles", "events", "reports", "actors", "places"):
        table.add_row(key, str(getattr(stats, key)))
    for kind, count in stats.events_by_type.items():
        table.add_row(f"  {kind}", str(count))
    console.print(table)
