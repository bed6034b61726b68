"""diplograph's graph layer: the domain model and the stores that persist it.

``graph`` imports neither ``api`` nor ``ingest``; both of those import ``graph``.
"""

from graph.config import Backend, StoreConfig
from graph.errors import (
    ActorNotFound,
    ArticleNotFound,
    DiploGraphError,
    EventNotFound,
    InvalidQuery,
    NotFound,
    PlaceNotFound,
    StoreCorrupt,
    StoreUnavailable,
)
from graph.model import (
    Actor,
    ActorKind,
    Article,
    DatePrecision,
    Event,
    EventQuery,
    EventType,
    Evidence,
    Modality,
    Participant,
    Place,
    PlaceKind,
    Role,
)
from graph.store import (
    ActorQuery,
    EventPage,
    GraphStore,
    StoreStats,
    UpsertResult,
    open_store,
)

__all__ = [
    "Actor",
    "ActorKind",
    "ActorNotFound",
    "ActorQuery",
    "Article",
    "ArticleNotFound",
    "Backend",
    "DatePrecision",
    "DiploGraphError",
    "Event",
    "EventNotFound",
    "EventPage",
    "EventQuery",
    "EventType",
    "Evidence",
    "GraphStore",
    "InvalidQuery",
    "Modality",
    "NotFound",
    "Participant",
    "Place",
    "PlaceKind",
    "PlaceNotFound",
    "Role",
    "StoreConfig",
    "StoreCorrupt",
    "StoreStats",
    "StoreUnavailable",
    "UpsertResult",
    "open_store",
]
