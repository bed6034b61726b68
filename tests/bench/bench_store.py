"""Benchmark of the stores and the API (a benchmark, not a test: nothing here can fail).

Run: ``python -m tests.bench.bench_store [--events N] [--clients C] [--seconds S]``.
With ``DIPLOGRAPH_TEST_NEO4J_URI`` set (e.g. after ``make neo4j-test-start``) the
Neo4j backend is measured too; its database is WIPED first, so never point it at an
analyst's server.

Every figure is printed next to a baseline measured in the same run, because the
machines are noisy and only ratios travel between them:

- writes: events/s per backend; Neo4j against the embedded store;
- reads: ``find_events`` (meetings in one city) through the store against the same
  question asked the cheapest way (for Neo4j, one raw Cypher query through the driver;
  for the embedded store, a scan of the in-memory graph), then through the HTTP API
  under C concurrent clients against the direct store call.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2 as httpx

from graph.config import Backend, StoreConfig
from graph.memory_store import MemoryStore
from graph.model import (
    Actor,
    ActorKind,
    Event,
    EventQuery,
    EventType,
    Modality,
    Place,
    PlaceKind,
)
from graph.store import GraphStore, open_store
from tests.factories import article, meeting

CITIES = [
    Place(
        id=f"place:xxx-city{n}",
        name=f"City{n}",
        kind=PlaceKind.CITY,
        country="country:XXX",
    )
    for n in range(20)
]
LEADERS = [
    Actor(id=f"person:leader-{n}", name=f"Leader {n}", kind=ActorKind.PERSON)
    for n in range(60)
]
QUERY = EventQuery(
    types=(EventType.MEETING,), place="City3", modalities=(Modality.ASSERTED,), limit=50
)


def synthetic(n_events: int) -> list[tuple[object, list[Event]]]:
    """``n_events`` distinct meetings, four per article, spread over cities and days."""
    batches = []
    for a in range(0, n_events, 4):
        lines = [
            f"Leader {a + i} met Leader {a + i + 1} in City{(a + i) % 20}."
            for i in range(4)
        ]
        source = article(" ".join(lines), url=f"https://bench.example/{a}")
        events = [
            meeting(
                source,
                line,
                LEADERS[(a + i) % 60],
                LEADERS[(a + i + 7) % 60],
                place=CITIES[(a + i) % 20],
                date=f"{2000 + (a + i) // 365 % 25}-{(a + i) % 12 + 1:02d}-"
                f"{(a + i) % 28 + 1:02d}",
            )
            for i, line in enumerate(lines[: min(4, n_events - a)])
        ]
        batches.append((source, events))
    return batches


def say(line: str) -> None:
    sys.stdout.write(line + "\n")


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def write(store: GraphStore, batches: list[tuple[object, list[Event]]]) -> float:
    start = time.perf_counter()
    for i in range(0, len(batches), 25):
        chunk = batches[i : i + 25]
        store.upsert([a for a, _ in chunk], [e for _, es in chunk for e in es])  # type: ignore[misc]
    return time.perf_counter() - start


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def api_latency(config: StoreConfig, clients: int, seconds: float) -> list[float]:
    """Latencies of ``GET /meetings?place=City3`` from ``clients`` threads, against
    ``diplograph serve`` in its own process (so client threads do not share its GIL)."""
    port = _free_port()
    env = {
        **os.environ,
        "DIPLOGRAPH_STORE__BACKEND": config.backend.value,
        "DIPLOGRAPH_STORE__DATA_DIR": str(config.data_dir),
        "DIPLOGRAPH_STORE__NEO4J_URI": config.neo4j_uri,
        "DIPLOGRAPH_LOG_LEVEL": "WARNING",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/meetings"
    try:
        while True:
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        deadline = time.monotonic() + seconds

        def worker() -> list[float]:
            out = []
            with httpx.Client() as client:
                while time.monotonic() < deadline:
                    start = time.perf_counter()
                    client.get(url, params={"place": "City3"}).raise_for_status()
                    out.append(time.perf_counter() - start)
            return out

        with ThreadPoolExecutor(clients) as pool:
            futures = [pool.submit(worker) for _ in range(clients)]
            return [x for f in futures for x in f.result()]
    finally:
        server.terminate()
        server.wait(10)


def p(samples: list[float], q: float) -> float:
    return (
        statistics.quantiles(samples, n=100)[int(q) - 1] * 1000
        if len(samples) > 1
        else (samples[0] * 1000)
    )


def report(
    name: str,
    store: GraphStore,
    config: StoreConfig,
    baseline: Callable[[], object],
    args: argparse.Namespace,
    batches: list[tuple[object, list[Event]]],
) -> float:
    seconds = write(store, batches)
    rate = args.events / seconds
    say(f"[{name}] write {args.events} events: {seconds:.2f}s = {rate:,.0f} events/s")
    direct = timed(lambda: store.find_events(QUERY), 50)
    base = timed(baseline, 50)
    say(
        f"[{name}] meetings in one city: store p50 {p(direct, 50):.2f} ms, "
        f"baseline p50 {p(base, 50):.2f} ms -> ratio {p(direct, 50) / p(base, 50):.1f}x"
    )
    for clients in sorted({1, args.clients}):
        latencies = api_latency(config, clients, args.seconds)
        say(
            f"[{name}] API, {clients} client(s): "
            f"{len(latencies) / args.seconds:,.0f} req/s,"
            f" p50 {p(latencies, 50):.2f} ms, p95 {p(latencies, 95):.2f} ms -> "
            f"p50 ratio to the direct store call "
            f"{p(latencies, 50) / p(direct, 50):.1f}x"
        )
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    batches = synthetic(args.events)

    with tempfile.TemporaryDirectory() as tmp:
        config = StoreConfig(data_dir=Path(tmp))
        memory = MemoryStore(config.data_dir)

        def scan() -> object:
            graph = memory.snapshot()
            return [
                n
                for n, a in graph.nodes(data=True)
                if a.get("type") == "MEETING"
                and any(
                    graph.nodes[d].get("name") == "City3" for _, d in graph.out_edges(n)
                )
            ]

        memory_rate = report("memory", memory, config, scan, args, batches)

    uri = os.environ.get("DIPLOGRAPH_TEST_NEO4J_URI")
    if not uri:
        say("[neo4j] skipped: set DIPLOGRAPH_TEST_NEO4J_URI (make neo4j-test-start)")
        return
    config = StoreConfig(backend=Backend.NEO4J, neo4j_uri=uri)
    store = open_store(config)
    store.wipe()  # type: ignore[attr-defined]
    driver = store.driver  # type: ignore[attr-defined]

    def raw() -> object:
        return driver.execute_query(
            "MATCH (e:Meeting {modality: 'asserted'})"
            "-[:OCCURRED_AT]->(:Place {name: $p}) "
            "MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e) "
            "WITH e, collect(a.name) AS names "
            "RETURN e.id, names ORDER BY e.date_start LIMIT 50",
            p="City3",
            database_=config.neo4j_database,
        )

    neo4j_rate = report("neo4j", store, config, raw, args, batches)
    say(f"[neo4j vs memory] write throughput ratio {neo4j_rate / memory_rate:.2f}x")
    store.wipe()  # type: ignore[attr-defined]
    store.close()


if __name__ == "__main__":
    main()
