"""The ``diplograph`` command line, end to end on the embedded store."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx2 as httpx
import pytest
from typer.testing import CliRunner

from api.cli import app

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_ingest_twice_leaves_the_store_unchanged(tmp_path: Path) -> None:
    code, out = run("ingest", str(ARTICLES), "--data-dir", str(tmp_path))
    assert code == 0, out
    assert "ingested 2 articles" in out
    store_file = tmp_path / "graph.json"
    before = store_file.read_bytes()
    code, out = run("ingest", str(ARTICLES), "--data-dir", str(tmp_path))
    assert code == 0, out
    assert "0 new events" in out
    assert store_file.read_bytes() == before


def test_extract_json_has_the_contract_shape() -> None:
    code, out = run("extract", str(ARTICLES / "en-tokyo.txt"), "--json")
    assert code == 0, out
    body = json.loads(out)
    assert set(body) == {"article", "events"}
    assert set(body["article"]) == {"id", "title", "url", "published", "lang"}
    assert body["article"]["lang"] == "en"
    event = next(e for e in body["events"] if e["type"] == "MEETING")
    assert set(event) == {
        "id",
        "type",
        "participants",
        "place",
        "date",
        "date_precision",
        "modality",
        "confidence",
        "evidence",
    }
    assert {p["name"] for p in event["participants"]} == {
        "Prabowo Subianto",
        "Shigeru Ishiba",
    }
    assert set(event["participants"][0]) == {"id", "name", "role"}
    assert event["place"] == {"id": event["place"]["id"], "name": "Tokyo"}
    assert (event["date"], event["date_precision"]) == ("2025-03-31", "day")
    assert set(event["evidence"][0]) == {"sentence", "start", "end"}


def test_query_meetings_after_ingest(tmp_path: Path) -> None:
    run("ingest", str(ARTICLES), "--data-dir", str(tmp_path))
    code, out = run(
        "query", "meetings", "--place", "Seoul", "--json", "--data-dir", str(tmp_path)
    )
    assert code == 0, out
    (item,) = json.loads(out)["items"]
    assert item["date"] == "2025-02-11"
    assert {p["name"] for p in item["participants"]} == {"Sugiono", "Cho Tae-yul"}
    code, out = run(
        "query", "meetings", "--actor", "Sugiono", "--data-dir", str(tmp_path)
    )
    assert code == 0
    assert "Cho Tae-yul" in out


@pytest.mark.parametrize(
    "args",
    [
        ("ingest", "does/not/exist.txt"),
        ("extract", "does/not/exist.txt", "--json"),
        ("query", "meetings", "--from", "last tuesday"),
    ],
)
def test_bad_input_is_a_message_and_nonzero_exit(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    extra = ("--data-dir", str(tmp_path)) if args[0] != "extract" else ()
    code, out = run(*args, *extra)
    assert code == 1
    assert "error:" in out


def test_unreadable_file_is_skipped_and_the_rest_kept(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        (ARTICLES / "en-tokyo.txt").read_text("utf-8"), "utf-8"
    )
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00 not utf-8 \xc3\x28")
    code, out = run("ingest", str(folder), "--data-dir", str(tmp_path / "data"))
    assert code == 1
    assert "skipped" in out
    assert "bad.txt" in out
    code, out = run("query", "meetings", "--json", "--data-dir", str(tmp_path / "data"))
    assert json.loads(out)["total"] == 1


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _listening_addresses(port: int) -> set[str]:
    """IPv4 addresses listening on ``port``, read from /proc/net/tcp (LISTEN = 0A)."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, hex_port = local.split(":")
        if state == "0A" and int(hex_port, 16) == port:
            found.add(socket.inet_ntoa(bytes.fromhex(address)[::-1]))
    return found


def test_serve_binds_loopback_and_answers(tmp_path: Path) -> None:
    run("ingest", str(ARTICLES), "--data-dir", str(tmp_path))
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "api.cli",
            "serve",
            "--port",
            str(port),
            "--data-dir",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(
                    f"http://127.0.0.1:{port}/meetings?place=Tokyo", timeout=1
                )
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stdout.read().decode()  # type: ignore[union-attr]
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert response.status_code == 200
        assert response.json()["total"] == 1
        assert _listening_addresses(port) == {"127.0.0.1"}
    finally:
        server.terminate()
        server.wait(10)
        server.stdout.close()  # type: ignore[union-attr]
