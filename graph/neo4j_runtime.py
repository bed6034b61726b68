"""The OS-facing half of the local Neo4j: Maven fetch, detached JVM, pid and ports.

:mod:`graph.neo4j_local` decides *what* to run; this module knows *how*: fetch the
jars named by ``graph/neo4j_pom.xml`` with Maven into a cache folder (atomically, with
a completion marker), spawn a process in its own session so it outlives the command
that started it, and tell whether a pid still runs or a port listens.

This module must not import anything from ``api`` or ``ingest``.
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from graph.errors import DiploGraphError

__all__ = [
    "POM",
    "LocalNeo4jError",
    "alive",
    "command_line",
    "exit_code",
    "fetch_jars",
    "is_fetched",
    "java_path",
    "listening",
    "spawn_detached",
]

logger = logging.getLogger(__name__)

POM = Path(__file__).with_name("neo4j_pom.xml")
_COMPLETE = ".complete"
_EXIT_CODES: dict[int, int] = {}


class LocalNeo4jError(DiploGraphError):
    """The local server could not be fetched, started or stopped."""


def is_fetched(lib_dir: Path) -> bool:
    """Whether a previous fetch into ``lib_dir`` ran to completion."""
    return (lib_dir.parent / _COMPLETE).is_file()


def fetch_jars(lib_dir: Path, version: str) -> Path:
    """Copy Neo4j ``version`` and its dependencies from Maven Central to ``lib_dir``.

    Jars land in a staging folder first and are renamed into place, so an interrupted
    fetch never leaves a half-filled ``lib_dir`` that looks complete.

    Raises:
        LocalNeo4jError: Maven is missing or the fetch failed.
    """
    mvn = shutil.which("mvn")
    if mvn is None:
        raise LocalNeo4jError("Maven (mvn) is needed to fetch Neo4j; not on PATH")
    lib_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".lib-", dir=lib_dir.parent))
    command = [
        mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
        "-Dmdep.prependGroupId=true", f"-DoutputDirectory={staging}",
        f"-Dneo4j.version={version}",
    ]  # fmt: skip
    logger.info("fetching Neo4j %s from Maven Central ...", version)
    began = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        raise LocalNeo4jError(
            f"mvn failed ({done.returncode}):\n{done.stdout[-3000:]}{done.stderr}"
        )
    shutil.rmtree(lib_dir, ignore_errors=True)
    staging.rename(lib_dir)
    (lib_dir.parent / _COMPLETE).write_text(f"{version}\n")
    jars = list(lib_dir.glob("*.jar"))
    logger.info(
        "fetched %d jars (%.0f MB) in %.1f s",
        len(jars),
        sum(j.stat().st_size for j in jars) / 1e6,
        time.monotonic() - began,
    )
    return lib_dir


def java_path() -> str:
    """``$JAVA_HOME/bin/java`` if set, else ``java`` on the PATH."""
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    found = shutil.which("java")
    if found is None:
        raise LocalNeo4jError("Java 17 or newer is needed to run Neo4j; not on PATH")
    return found


def spawn_detached(command: Sequence[str], log_file: Path, header: str) -> int:
    """Start ``command`` in its own session, stdout and stderr appended to ``log_file``.

    Its own session means Ctrl-C in the starting terminal does not reach it and it
    lives on after this process exits. ``posix_spawn`` rather than ``Popen``: no
    ``Popen`` object is left to warn that its child still runs.
    """
    with open(log_file, "ab") as log:
        log.write(header.encode())
    log_fd = os.open(log_file, os.O_WRONLY | os.O_APPEND)
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_DUP2, log_fd, 1),
        (os.POSIX_SPAWN_DUP2, log_fd, 2),
        (os.POSIX_SPAWN_CLOSE, log_fd),
    ]
    try:
        return os.posix_spawn(
            command[0],
            list(command),
            dict(os.environ),
            file_actions=actions,
            setsid=True,
        )
    finally:
        os.close(log_fd)


def alive(pid: int) -> bool:
    """Whether ``pid`` runs; reaps it first if it is this process's exited child."""
    try:
        done, status = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass  # not our child: another command started it
    else:
        if done:
            _EXIT_CODES[pid] = os.waitstatus_to_exitcode(status)
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def exit_code(pid: int) -> int | None:
    """The exit code of a child this process reaped, if it did."""
    return _EXIT_CODES.get(pid)


def command_line(pid: int) -> list[str]:
    """The argv of a running process (empty if it is gone)."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    return [part.decode(errors="replace") for part in raw.split(b"\0") if part]


def listening(port: int, host: str = "127.0.0.1") -> bool:
    """Whether something accepts TCP connections on ``host:port``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        return probe.connect_ex((host, port)) == 0
