"""``diplograph serve``: the REST API on the configured store."""

from __future__ import annotations

from typing import Annotated

import typer
import uvicorn

from api.cli.app import DataDirOption, app, settings_for
from api.main import create_app


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
