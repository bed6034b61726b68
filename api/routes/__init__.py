"""One router per resource."""

from api.routes import actors, events, health, ingest, meetings

__all__ = ["actors", "events", "health", "ingest", "meetings"]
