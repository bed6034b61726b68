"""Choosing among shortest actor-event paths, the same way on every backend.

A path is a list of node ids alternating actor, event, actor, ... . Backends find the
candidate shortest paths; :func:`best_path` picks the shortest, then the one with the
smallest ids, so the answer never depends on storage order. This module must not
import ``api`` or ``ingest``.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["MAX_EVENTS", "best_path"]

#: Longest chain of events a path query may ask for.
MAX_EVENTS = 8


def best_path(candidates: Iterable[list[str]], max_events: int) -> list[str] | None:
    """The shortest candidate with at most ``max_events`` events, ties by ids.

    Examples:
        >>> best_path([["a", "e2", "b"], ["a", "e1", "b"]], max_events=1)
        ['a', 'e1', 'b']
        >>> best_path([["a", "e1", "c", "e2", "b"]], max_events=1) is None
        True
    """
    allowed = [p for p in candidates if (len(p) - 1) // 2 <= max_events]
    return min(allowed, key=lambda p: (len(p), p)) if allowed else None
