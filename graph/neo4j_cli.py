"""Command line for the local Neo4j: ``python -m graph.neo4j_local {fetch,start,...}``.

An edge of the program, so it reads the environment (the password variable named by
``--password-env``, ``DIPLOGRAPH_NEO4J_CACHE``) and configures logging. The lead's
``diplograph neo4j ...`` calls :func:`main` with its own arguments.

This module must not import anything from ``api`` or ``ingest``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from pydantic import SecretStr

from graph.neo4j_local import NEO4J_VERSION, LocalNeo4j, LocalNeo4jError

__all__ = ["build_parser", "main"]

logger = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m graph.neo4j_local",
        description="Fetch, start, stop or inspect a local Neo4j Community server.",
    )
    parser.add_argument("action", choices=["fetch", "start", "stop", "status"])
    parser.add_argument("--home", type=Path, default=Path(".diplograph/neo4j"))
    parser.add_argument("--bolt-port", type=int, default=7687)
    parser.add_argument("--http-port", type=int, default=7474)
    parser.add_argument("--heap", default="512m", help="JVM -Xms/-Xmx, e.g. 1g")
    parser.add_argument("--pagecache", default="256m")
    parser.add_argument(
        "--password-env",
        metavar="VAR",
        help="turn auth on with the password in this environment variable",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(os.environ.get("DIPLOGRAPH_NEO4J_CACHE", ".cache/neo4j")),
        help="jar cache; jars go to CACHE/VERSION/lib",
    )
    parser.add_argument("--version", dest="neo4j_version", default=NEO4J_VERSION)
    parser.add_argument("--timeout", type=float, default=180.0, help="start timeout")
    return parser


def _password(variable: str | None) -> SecretStr | None:
    if variable is None:
        return None
    value = os.environ.get(variable)
    if not value:
        raise LocalNeo4jError(
            f"--password-env {variable}: set {variable} to the Neo4j password "
            "(at least 8 characters)"
        )
    return SecretStr(value)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one action; 0 on success, 1 on failure, 3 for ``status`` when stopped."""
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    logging.getLogger("neo4j").setLevel(logging.ERROR)
    args = build_parser().parse_args(argv)
    try:
        server = LocalNeo4j(
            args.home,
            bolt_port=args.bolt_port,
            http_port=args.http_port,
            heap=args.heap,
            auth_password=_password(args.password_env),
            pagecache=args.pagecache,
            cache_dir=args.cache,
            version=args.neo4j_version,
            start_timeout=args.timeout,
        )
        match args.action:
            case "fetch":
                server.fetch()
            case "start":
                server.start()
            case "stop":
                server.stop()
            case "status":
                status = server.status()
                sys.stdout.write(status.model_dump_json(indent=2) + "\n")
                return 0 if status.running else 3
    except LocalNeo4jError as exc:
        logger.error("%s", exc)
        return 1
    return 0
