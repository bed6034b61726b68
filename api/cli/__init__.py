"""The ``diplograph`` command line: ingest, extract, query, serve, eval, neo4j.

Each sub-module adds the commands of one job to ``app``; ``main`` is the console
script. Errors the user can fix are printed as one line on stderr with exit code 1
(2 for usage errors, as Typer does); nothing already stored is lost.
"""

from __future__ import annotations

from api.cli import extract_commands, query_commands, serve_commands, store_commands
from api.cli.app import app, main

__all__ = [
    "app",
    "extract_commands",
    "main",
    "query_commands",
    "serve_commands",
    "store_commands",
]
