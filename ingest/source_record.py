"""The result of reading one article from a source, and how to assemble it.

:class:`SourceRecord` pairs an :class:`graph.model.Article` with where its publication
time and language came from (the Article model has no field for that), so the
pipeline can report how much of its input carried real metadata.

This module must not import ``api``.
"""

from __future__ import annotations

import logging
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from graph.ids import article_id
from graph.model import Article
from ingest.errors import SourceError
from ingest.language import guess_language
from ingest.published import PublishedFrom, guess_published

__all__ = [
    "LangFrom",
    "PublishedFrom",
    "SourceRecord",
    "build_record",
    "read_source_text",
]

logger = logging.getLogger(__name__)


class LangFrom(StrEnum):
    """Where an article's language came from."""

    HEADER = "header"
    METADATA = "metadata"
    DETECTED = "detected"


class SourceRecord(BaseModel):
    """An article plus how its publication time and language were obtained."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    article: Article
    origin: str | None = None
    published_from: PublishedFrom
    lang_from: LangFrom
    lang_confidence: float | None = None


def build_record(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    published: datetime | None = None,
    published_from: PublishedFrom = PublishedFrom.HEADER,
    lang: str | None = None,
    lang_from: LangFrom = LangFrom.HEADER,
    origin: str | None = None,
) -> SourceRecord:
    """Assemble an article, detecting the language and guessing the publication time
    from the body where the source did not state them."""
    confidence: float | None = None
    if not lang:
        guess = guess_language(text)
        lang, lang_from, confidence = guess.lang, LangFrom.DETECTED, guess.confidence
    if published is None:
        published, published_from = guess_published(text, lang)
    article = Article(
        id=article_id(url=url, text=text),
        url=url or None,
        title=title or None,
        published=published,
        lang=lang,
        source=source or None,
        text=text,
    )
    return SourceRecord(
        article=article,
        origin=origin,
        published_from=published_from,
        lang_from=lang_from,
        lang_confidence=confidence,
    )


def read_source_text(path: Path) -> str:
    """The decoded text of ``path`` with CRLF -> LF and without a BOM."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path} is not UTF-8 text: {exc.reason}") from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")
