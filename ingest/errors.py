"""Errors raised by the ingest layer.

::

    DiploGraphError            (graph.errors)
    └── IngestError            anything that stops an article from being ingested
        ├── SourceError        a source cannot be read: missing, undecodable, malformed
        └── ExtractionError    an article was read but events could not be extracted

This module imports only ``graph.errors``; it must not import ``api``.
"""

from __future__ import annotations

from graph.errors import DiploGraphError

__all__ = ["ExtractionError", "IngestError", "SourceError"]


class IngestError(DiploGraphError):
    """Root of the errors the ingest layer raises on purpose."""


class SourceError(IngestError):
    """A source (file, page, feed, JSONL line) cannot be read into an article."""


class ExtractionError(IngestError):
    """An article was read but the extractor failed on it."""
