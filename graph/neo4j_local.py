"""A real local Neo4j Community server without Docker: fetch, start, stop, status.

The jars come from Maven Central (``graph/neo4j_pom.xml``) into an ignored cache
folder; the JVM is spawned directly (the official launcher script is not on Maven
Central), detached in its own session so it outlives the command that started it.
Facts this relies on, verified on our machines, are in ``graph/neo4j_local.md``.

Two instances by convention, so tests never wipe an analyst's data: the demo one
(``.diplograph/neo4j``, Bolt 7687, HTTP 7474, password) and the test one
(``.diplograph/neo4j-test``, Bolt 17687, HTTP 17474, auth off).

This module must not import anything from ``api`` or ``ingest``. The command line
lives in :mod:`graph.neo4j_cli` (``python -m graph.neo4j_local`` runs it).
"""

from __future__ import annotations

import logging
import os
import signal
import time
from pathlib import Path

from neo4j import Auth, Driver, GraphDatabase
from neo4j.exceptions import AuthError, DriverError, Neo4jError
from pydantic import BaseModel, ConfigDict, SecretStr

from graph.neo4j_runtime import (
    LocalNeo4jError,
    alive,
    command_line,
    exit_code,
    fetch_jars,
    is_fetched,
    java_path,
    listening,
    spawn_detached,
)

__all__ = [
    "BROWSER_VERSION",
    "NEO4J_VERSION",
    "LocalNeo4j",
    "LocalNeo4jError",
    "LocalNeo4jStatus",
]

logger = logging.getLogger(__name__)

#: Newest 5.26 LTS that resolves on Maven Central (5.26 runs on Java 17).
NEO4J_VERSION = "5.26.30"
#: Newest Neo4j Browser on Maven Central; served at ``/browser/`` when on the classpath.
BROWSER_VERSION = "5.24.0"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"

_JVM_FLAGS = (
    "-XX:+UseG1GC",
    "-XX:+ExitOnOutOfMemoryError",
    "-XX:-OmitStackTraceInFastThrow",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
)
_RETRYABLE = (DriverError, Neo4jError, OSError)
_START_MARK = "\n==== start "


class LocalNeo4jStatus(BaseModel):
    """What ``status()`` reports."""

    model_config = ConfigDict(frozen=True)

    running: bool
    pid: int | None
    home: Path
    bolt_uri: str
    http_url: str
    bolt_listening: bool


class LocalNeo4j:
    """One local Neo4j instance: its home folder, ports, heap and auth.

    Args:
        home: data, logs and config live here (created on start).
        bolt_port: Bolt port on 127.0.0.1.
        http_port: HTTP port on 127.0.0.1 (Neo4j Browser at ``/browser/``).
        heap: JVM heap, passed as ``-Xms``/``-Xmx`` (e.g. ``512m``).
        auth_password: ``None`` turns auth off (tests); otherwise the ``neo4j``
            user's password (at least 8 characters), set on first start.
        pagecache: ``server.memory.pagecache.size`` (else Neo4j takes half the RAM).
        cache_dir: where jars are fetched to: ``<cache_dir>/<version>/lib``.
        version: the Neo4j version to fetch and run.
        start_timeout: seconds to wait for a Bolt ``RETURN 1``.
        stop_timeout: seconds to wait after SIGTERM before SIGKILL.
    """

    def __init__(
        self,
        home: Path,
        bolt_port: int = 7687,
        http_port: int = 7474,
        heap: str = "512m",
        auth_password: SecretStr | str | None = None,
        *,
        pagecache: str = "256m",
        cache_dir: Path = Path(".cache/neo4j"),
        version: str = NEO4J_VERSION,
        start_timeout: float = 180.0,
        stop_timeout: float = 60.0,
    ) -> None:
        if isinstance(auth_password, str):
            auth_password = SecretStr(auth_password)
        if auth_password is not None and len(auth_password.get_secret_value()) < 8:
            raise LocalNeo4jError("Neo4j passwords need at least 8 characters")
        self.home = Path(home).absolute()
        self.bolt_port = bolt_port
        self.http_port = http_port
        self.heap = heap
        self.password = auth_password
        self.pagecache = pagecache
        self.version = version
        self.lib_dir = Path(cache_dir).absolute() / version / "lib"
        self.start_timeout = start_timeout
        self.stop_timeout = stop_timeout
        self.pid_file = self.home / "run" / "diplograph-neo4j.pid"
        self.log_file = self.home / "logs" / "console.log"

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    # -- fetch ---------------------------------------------------------------------

    def fetch(self) -> Path:
        """Download the server jars with Maven (once); return the lib folder."""
        if is_fetched(self.lib_dir):
            logger.info("Neo4j %s already fetched in %s", self.version, self.lib_dir)
            return self.lib_dir
        return fetch_jars(self.lib_dir, self.version)

    # -- start ---------------------------------------------------------------------

    def config_text(self) -> str:
        """The ``neo4j.conf`` this instance runs with."""
        auth = "true" if self.password is not None else "false"
        lines = {
            "server.default_listen_address": "127.0.0.1",
            "server.default_advertised_address": "127.0.0.1",
            "server.bolt.listen_address": f"127.0.0.1:{self.bolt_port}",
            # Browser connects to the advertised Bolt address from discovery.
            "server.bolt.advertised_address": f"127.0.0.1:{self.bolt_port}",
            "server.http.listen_address": f"127.0.0.1:{self.http_port}",
            "server.http.advertised_address": f"127.0.0.1:{self.http_port}",
            "server.https.enabled": "false",
            "dbms.security.auth_enabled": auth,
            "server.memory.pagecache.size": self.pagecache,
            "dbms.usage_report.enabled": "false",
            "db.tx_log.rotation.size": "16M",
            "db.tx_log.rotation.retention_policy": "2 files",
            # Bolt waits 5 s twice on shutdown by default; data is already safe.
            "internal.server.bolt.thread_pool_shutdown_wait_time": "1s",
            "internal.server.bolt.connection_shutdown_wait_time": "1s",
        }
        header = "# Written by graph/neo4j_local.py on every start; edits are lost.\n"
        return header + "".join(f"{k}={v}\n" for k, v in lines.items())

    def command(self) -> list[str]:
        """The JVM command line (heap via -Xms/-Xmx: the entry point ignores conf)."""
        java = java_path()
        classpath = f"{self.home / 'plugins'}/*:{self.lib_dir}/*"
        return [
            java, f"-Xms{self.heap}", f"-Xmx{self.heap}", *_JVM_FLAGS,
            "-cp", classpath, ENTRY_POINT,
            f"--home-dir={self.home}", f"--config-dir={self.home / 'conf'}",
            "--console-mode",
        ]  # fmt: skip

    def start(self) -> LocalNeo4jStatus:
        """Start the server (fetching jars first if needed) and wait until it answers.

        Idempotent: if this home's server already runs, say so and return.

        Raises:
            LocalNeo4jError: it exited or did not answer in time (with the log tail).
        """
        current = self.status()
        if current.running:
            logger.info(
                "Neo4j already running (pid %s) at %s", current.pid, self.bolt_uri
            )
            return current
        self.fetch()
        for sub in ("conf", "plugins", "logs", "run", "data"):
            (self.home / sub).mkdir(parents=True, exist_ok=True)
        (self.home / "conf" / "neo4j.conf").write_text(self.config_text())
        for port in (self.bolt_port, self.http_port):
            if listening(port):
                raise LocalNeo4jError(f"port {port} on 127.0.0.1 is already in use")
        began = time.monotonic()
        pid = self._spawn()
        logger.info(
            "Neo4j %s starting (pid %d), log: %s", self.version, pid, self.log_file
        )
        try:
            self._wait_ready(pid, began)
        except BaseException:
            if self._pid() is not None:
                self.stop()  # a failed start leaves nothing running
            raise
        logger.info(
            "Neo4j ready in %.1f s: %s, Browser %s/browser/",
            time.monotonic() - began,
            self.bolt_uri,
            self.http_url,
        )
        return self.status()

    def _spawn(self) -> int:
        header = f"{_START_MARK}{time.strftime('%FT%T%z')} ====\n"
        pid = spawn_detached(self.command(), self.log_file, header)
        self.pid_file.write_text(f"{pid}\n")
        return pid

    def _wait_ready(self, pid: int, began: float) -> None:
        while time.monotonic() - began < self.start_timeout:
            if not alive(pid):
                self.pid_file.unlink(missing_ok=True)
                raise LocalNeo4jError(
                    f"Neo4j exited during start-up (exit code {exit_code(pid)}); "
                    f"log tail:\n{self.log_tail()}"
                )
            if listening(self.bolt_port):
                try:
                    self._probe()
                    return
                except AuthError:
                    self._set_initial_password()
                    return
                except _RETRYABLE as exc:
                    logger.debug("not ready yet: %s", exc)
            time.sleep(0.5)
        raise LocalNeo4jError(
            f"Neo4j did not answer within {self.start_timeout:.0f} s; "
            f"log tail:\n{self.log_tail()}"
        )

    def _auth(self, password: str | None = None) -> Auth | None:
        if self.password is None:
            return None
        secret = password or self.password.get_secret_value()
        return Auth("basic", "neo4j", secret)

    def _driver(self, password: str | None = None) -> Driver:
        # No long driver-side retries: the caller polls, and checks the process.
        return GraphDatabase.driver(
            self.bolt_uri,
            auth=self._auth(password),
            connection_timeout=2.0,
            max_transaction_retry_time=1.0,
        )

    def _probe(self, password: str | None = None) -> None:
        with self._driver(password) as driver:
            driver.execute_query("RETURN 1", database_="neo4j")

    def _set_initial_password(self) -> None:
        """First start with auth: change neo4j/neo4j to the configured password."""
        assert self.password is not None
        try:
            with self._driver("neo4j") as driver:
                driver.execute_query(
                    "ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $pw",
                    pw=self.password.get_secret_value(),
                    database_="system",
                )
        except AuthError as exc:
            raise LocalNeo4jError(
                f"the password does not match the one this instance ({self.home}) "
                "was created with; use that password, or delete "
                f"{self.home / 'data'} to start over"
            ) from exc
        logger.info("initial password of user neo4j set")
        self._probe()

    # -- stop and status -----------------------------------------------------------

    def _pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        return pid if alive(pid) and self._is_ours(pid) else None

    def _is_ours(self, pid: int) -> bool:
        argv = command_line(pid)
        return ENTRY_POINT in argv and f"--home-dir={self.home}" in argv

    def status(self) -> LocalNeo4jStatus:
        pid = self._pid()
        return LocalNeo4jStatus(
            running=pid is not None,
            pid=pid,
            home=self.home,
            bolt_uri=self.bolt_uri,
            http_url=self.http_url,
            bolt_listening=pid is not None and listening(self.bolt_port),
        )

    def stop(self) -> bool:
        """SIGTERM, wait for a clean shutdown, SIGKILL after ``stop_timeout``.

        Returns:
            Whether a running server was stopped.
        """
        pid = self._pid()
        if pid is None:
            logger.info("Neo4j is not running (%s)", self.home)
            self.pid_file.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + self.stop_timeout
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        if alive(pid):
            logger.warning("Neo4j (pid %d) ignored SIGTERM; killing it", pid)
            os.kill(pid, signal.SIGKILL)
            while alive(pid):
                time.sleep(0.1)
        self.pid_file.unlink(missing_ok=True)
        logger.info("Neo4j stopped (pid %d)", pid)
        return True

    def log_tail(self, lines: int = 40) -> str:
        """The last ``lines`` lines the latest start wrote to the console log."""
        try:
            text = self.log_file.read_text(errors="replace")
        except FileNotFoundError:
            return "(no log)"
        latest = text.rsplit(_START_MARK, 1)[-1]
        return "\n".join(latest.splitlines()[1:][-lines:])


if __name__ == "__main__":
    from graph.neo4j_cli import main

    raise SystemExit(main())
