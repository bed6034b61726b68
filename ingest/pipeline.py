"""Articles in, events stored: read -> extract -> upsert, and a report of it all.

``extract`` is pure (no store); ``ingest`` batches upserts so that one unreadable file
never loses what was already read, and returns an ``IngestReport`` with counts and the
reasons for anything skipped. ``on_error=RAISE`` stops at the first bad input instead.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from graph.model import Article, Event
from graph.store import GraphStore, UpsertResult
from ingest.errors import ExtractionError, IngestError, SourceError
from ingest.extract import extract_events
from ingest.sources import article_files, load_file

__all__ = [
    "Extraction",
    "IngestReport",
    "OnError",
    "Skipped",
    "extract",
    "ingest",
    "read_paths",
]

logger = logging.getLogger(__name__)


class OnError(StrEnum):
    RAISE = "raise"
    SKIP = "skip"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Skipped(_Frozen):
    source: str
    reason: str


class Extraction(_Frozen):
    article: Article
    events: tuple[Event, ...]


class IngestReport(_Frozen):
    articles: int = 0
    reports: int = 0
    upsert: UpsertResult = UpsertResult()
    skipped: tuple[Skipped, ...] = ()
    seconds: float = 0.0


def extract(article: Article) -> Extraction:
    """Events stated by one article (reports with evidence); no store involved.

    Raises:
        ExtractionError: the extractor failed on this article (a bug, never bad input
            alone); the caller decides whether to skip the article.
    """
    try:
        events = tuple(extract_events(article))
    except IngestError:
        raise
    except Exception as exc:
        logger.exception("extractor failed on %s", article.id)
        raise ExtractionError(f"extractor failed on {article.id}: {exc}") from exc
    return Extraction(article=article, events=events)


def read_paths(
    paths: Sequence[Path], on_error: OnError = OnError.SKIP
) -> Iterator[Article | Skipped]:
    """Articles from files and directories; unreadable inputs become ``Skipped``."""
    try:
        files = list(article_files(paths))
    except SourceError as exc:  # a path that does not exist
        if on_error is OnError.RAISE:
            raise
        yield Skipped(source=str(exc), reason=str(exc))
        return
    for path in files:
        try:
            yield from (record.article for record in load_file(path))
        except IngestError as exc:
            if on_error is OnError.RAISE:
                raise
            logger.warning("skipping %s: %s", path, exc)
            yield Skipped(source=str(path), reason=str(exc))


def _sum(a: UpsertResult, b: UpsertResult) -> UpsertResult:
    return UpsertResult(
        **{k: getattr(a, k) + getattr(b, k) for k in UpsertResult.model_fields}
    )


def ingest(
    store: GraphStore,
    items: Iterable[Article | Skipped],
    *,
    on_error: OnError = OnError.SKIP,
    batch_size: int = 25,
) -> IngestReport:
    """Extract every article and upsert in batches; return what happened."""
    started = time.perf_counter()
    skipped: list[Skipped] = []
    total = UpsertResult()
    articles = reports = 0
    batch: list[Extraction] = []

    def flush() -> None:
        nonlocal total
        if batch:
            result = store.upsert(
                [x.article for x in batch], [e for x in batch for e in x.events]
            )
            total = _sum(total, result)
            batch.clear()

    for item in items:
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        try:
            extraction = extract(item)
        except IngestError as exc:
            if on_error is OnError.RAISE:
                raise
            skipped.append(Skipped(source=item.url or item.id, reason=str(exc)))
            continue
        batch.append(extraction)
        articles += 1
        reports += len(extraction.events)
        if len(batch) >= batch_size:
            flush()
    flush()
    return IngestReport(
        articles=articles,
        reports=reports,
        upsert=total,
        skipped=tuple(skipped),
        seconds=round(time.perf_counter() - started, 3),
    )
