"""One router per resource."""

from api.routes import actors, events, export, health, ingest, meetings, paths

__all__ = ["actors", "events", "export", "health", "ingest", "meetings", "paths"]
