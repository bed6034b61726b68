"""``diplograph serve`` (the REST API) and ``diplograph neo4j`` (a local server)."""

from __future__ import annotations

from typing import Annotated

import typer
import uvicorn

from api.cli.app import DataDirOption, app, settings_for
from api.main import create_app
from graph import neo4j_cli


@app.command("serve")
def serve(
    host: Annotated[
        str | None, typer.Option(help="bind address [default: 127.0.0.1]")
    ] = None,
    port: Annotated[
        int | None, typer.Option(min=1, max=65535, help="[default: 8000]")
    ] = None,
    data_dir: DataDirOption = None,
) -> None:
    """Serve the API (docs at /docs, offline)."""
    settings = settings_for(data_dir)
    settings = settings.model_copy(
        update={"host": host or settings.host, "port": port or settings.port}
    )
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level.lower(),
    )


@app.command(
    "neo4j",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    add_help_option=False,
)
def neo4j(ctx: typer.Context) -> None:
    """Fetch, start, stop or inspect a local Neo4j Community server.

    ``diplograph neo4j start|stop|status|fetch [--home DIR] [--bolt-port N] ...``;
    ``diplograph neo4j --help`` lists every option.
    """
    raise typer.Exit(neo4j_cli.main(ctx.args))
