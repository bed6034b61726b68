"""Errors raised while reading and extracting articles.

::

    DiploGraphError (graph.errors)
    └── IngestError
        ├── SourceError       a file or payload that cannot be read as an article
        └── ExtractionError   the extractor failed on an article it could read
"""

from __future__ import annotations

from graph.errors import DiploGraphError

__all__ = ["ExtractionError", "IngestError", "SourceError"]


class IngestError(DiploGraphError):
    """Root of ingest errors."""


class SourceError(IngestError):
    """An input that cannot be read as an article (missing, not UTF-8, empty, bad header)."""


class ExtractionError(IngestError):
    """The extractor failed on an article."""
