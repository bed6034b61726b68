"""The Typer app, shared options and the error boundary of the CLI."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from api.settings import ApiSettings
from graph.errors import DiploGraphError, StoreUnavailable
from graph.store import GraphStore, open_store

__all__ = [
    "DataDirOption",
    "app",
    "console",
    "err_console",
    "fail",
    "main",
    "settings_for",
    "store_for",
]

app = typer.Typer(
    name="diplograph",
    help="Diplomatic events from news articles: extract, store, query, serve.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
query_app = typer.Typer(help="Ask the graph questions.", no_args_is_help=True)
app.add_typer(query_app, name="query")

console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)

DataDirOption = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        help="embedded store directory [default: .diplograph/data]",
        file_okay=False,
        dir_okay=True,
    ),
]


def settings_for(data_dir: Path | None) -> ApiSettings:
    """Settings from the environment, with ``--data-dir`` taking precedence."""
    settings = ApiSettings()
    if data_dir is not None:
        store = settings.store.model_copy(update={"data_dir": data_dir})
        settings = settings.model_copy(update={"store": store})
    return settings


def store_for(data_dir: Path | None) -> GraphStore:
    return open_store(settings_for(data_dir).store)


def fail(message: str, code: int = 1) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


def main() -> None:
    """Console-script entry: configure logging, run, turn our errors into exits."""
    logging.basicConfig(
        level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        app()
    except StoreUnavailable as exc:
        err_console.print(
            f"[bold red]error:[/] store unavailable: {exc}", highlight=False
        )
        sys.exit(1)
    except DiploGraphError as exc:
        err_console.print(f"[bold red]error:[/] {exc}", highlight=False)
        sys.exit(1)
