"""What only the embedded store promises: persistence, atomic writes, many processes."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
from pathlib import Path

import pytest

from graph.errors import StoreCorrupt, StoreUnavailable
from graph.memory_store import MemoryStore
from graph.model import EventQuery
from tests.factories import BEIJING, KIM, PUTIN, article, meeting

TEXT = "Kim Jong Un met Vladimir Putin in Beijing."


def _one(n: int = 0):  # type: ignore[no-untyped-def]
    source = article(f"{TEXT} Report number {n}.")
    return source, meeting(
        source, TEXT, KIM, PUTIN, place=BEIJING, date=f"20{10 + n}-09-03"
    )


def test_data_survives_a_new_store_instance(tmp_path: Path) -> None:
    source, event = _one()
    MemoryStore(tmp_path).upsert([source], [event])
    again = MemoryStore(tmp_path)
    assert again.get_event(event.id).reports == (event.id,)
    assert again.get_article(source.id) == source


def test_a_reader_sees_writes_from_another_instance(tmp_path: Path) -> None:
    reader, writer = MemoryStore(tmp_path), MemoryStore(tmp_path)
    assert reader.stats().events == 0
    writer.upsert(*map(list, zip(_one(), strict=True)))
    assert reader.stats().events == 1


def test_failed_write_keeps_the_previous_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = MemoryStore(tmp_path)
    source, event = _one(1)
    store.upsert([source], [event])
    before = (tmp_path / "graph.json").read_bytes()

    def crash(*_: object, **__: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        store.upsert(*map(list, zip(_one(2), strict=True)))
    assert (tmp_path / "graph.json").read_bytes() == before
    assert not list(tmp_path.glob(".graph-*.tmp"))
    monkeypatch.undo()
    assert MemoryStore(tmp_path).stats().events == 1


def test_corrupt_file_is_reported_not_overwritten(tmp_path: Path) -> None:
    (tmp_path / "graph.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreCorrupt):
        MemoryStore(tmp_path).ping()
    with pytest.raises(StoreCorrupt):
        MemoryStore(tmp_path).upsert(*map(list, zip(_one(), strict=True)))
    assert (tmp_path / "graph.json").read_text(encoding="utf-8") == "{not json"


def test_unknown_format_is_corrupt(tmp_path: Path) -> None:
    (tmp_path / "graph.json").write_text(json.dumps({"format": 99}), encoding="utf-8")
    with pytest.raises(StoreCorrupt, match="format"):
        MemoryStore(tmp_path).stats()


def test_data_dir_that_is_a_file_is_unavailable(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(StoreUnavailable):
        MemoryStore(target).ping()


def _write_many(path: str, start: int) -> None:
    store = MemoryStore(Path(path))
    for n in range(start, start + 5):
        store.upsert(*map(list, zip(_one(n), strict=True)))


def test_concurrent_writer_processes_lose_nothing(tmp_path: Path) -> None:
    ctx = mp.get_context("spawn")
    workers = [
        ctx.Process(target=_write_many, args=(str(tmp_path), s)) for s in (0, 5, 10)
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert [w.exitcode for w in workers] == [0, 0, 0]
    assert MemoryStore(tmp_path).find_events(EventQuery()).total == 15


def test_a_write_never_changes_the_graph_a_reader_holds(tmp_path: Path) -> None:
    # Readers keep the graph they got without holding the lock; writers must swap in
    # a new graph rather than change the one readers may still be walking.
    store = MemoryStore(tmp_path)
    store.upsert(*map(list, zip(_one(1), strict=True)))
    held = store._graph
    nodes, index = set(held.nodes), dict(held.graph["reports"])
    store.upsert(*map(list, zip(_one(2), strict=True)))
    assert set(held.nodes) == nodes
    assert held.graph["reports"] == index
    assert store._graph is not held
