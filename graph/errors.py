"""The error tree of diplograph's graph layer.

::

    DiploGraphError
    ├── NotFound
    │   ├── EventNotFound
    │   ├── ActorNotFound
    │   ├── PlaceNotFound
    │   └── ArticleNotFound
    ├── StoreUnavailable      the backend cannot be reached or opened
    ├── StoreCorrupt          persisted data cannot be read back
    └── InvalidQuery          a query the store refuses (bad filter values)

Callers map these once (``api/errors.py`` maps NotFound to 404, StoreUnavailable to 503,
InvalidQuery to 422). This module must not import anything from ``api`` or ``ingest``.
"""

from __future__ import annotations

__all__ = [
    "ActorNotFound",
    "ArticleNotFound",
    "DiploGraphError",
    "EventNotFound",
    "InvalidQuery",
    "NotFound",
    "PlaceNotFound",
    "StoreCorrupt",
    "StoreUnavailable",
]


class DiploGraphError(Exception):
    """Root of every error diplograph raises on purpose."""


class NotFound(DiploGraphError):
    """An id that the store does not hold."""

    kind = "entity"

    def __init__(self, entity_id: str) -> None:
        super().__init__(f"{self.kind} {entity_id!r} not found")
        self.entity_id = entity_id


class EventNotFound(NotFound):
    kind = "event"


class ActorNotFound(NotFound):
    kind = "actor"


class PlaceNotFound(NotFound):
    kind = "place"


class ArticleNotFound(NotFound):
    kind = "article"


class StoreUnavailable(DiploGraphError):
    """The store cannot be reached (server down, bad credentials, locked dir)."""


class StoreCorrupt(DiploGraphError):
    """Persisted data exists but cannot be read back."""


class InvalidQuery(DiploGraphError):
    """A query with values the store cannot answer."""
