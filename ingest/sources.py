"""Read articles from files: plain text with a header block, HTML, JSONL, RSS/Atom.

Each reader has two forms: ``read_*`` returns :class:`graph.model.Article`;
``load_*`` returns a :class:`SourceRecord` that also says where the publication time
and the language came from (``Article`` has no field for that). Offsets of evidence
point into ``Article.text``, which is kept exactly as in the source apart from
CRLF -> LF and a leading BOM.

A text file may start with a header block: ``key: value`` lines (key one lower-case
word) up to the first blank line, with at least one known key (``title``,
``published``, ``lang``, ``source``, ``url``; others are ignored). Without one, the
whole file is body.

This module must not import ``api``.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from graph.model import Article
from ingest.errors import SourceError
from ingest.feed import load_feed, read_feed
from ingest.published import parse_published
from ingest.source_record import (
    LangFrom,
    PublishedFrom,
    SourceRecord,
    build_record,
    read_source_text,
)

# read_html and read_feed live in their own modules and are re-exported here, so
# every reader is reachable as ingest.sources.read_*.
from ingest.webpage import load_html, read_html

__all__ = [
    "HEADER_KEYS",
    "LangFrom",
    "PublishedFrom",
    "SourceRecord",
    "article_files",
    "article_from_text",
    "iter_records",
    "iter_sources",
    "load_feed",
    "load_file",
    "load_html",
    "load_jsonl",
    "load_text_file",
    "read_feed",
    "read_html",
    "read_jsonl",
    "read_text_file",
    "split_header",
]

logger = logging.getLogger(__name__)

HEADER_KEYS = frozenset({"title", "published", "lang", "source", "url"})
_HEADER_LINE = re.compile(r"^(?P<key>[a-z]+):[ \t]*(?P<value>.*?)[ \t]*$")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a header block off ``text``; ``({}, text)`` when there is none."""
    head, sep, body = text.partition("\n\n")
    lines = head.split("\n")
    matches = [_HEADER_LINE.match(line) for line in lines]
    if not all(matches):
        return {}, text
    fields = {m.group("key"): m.group("value") for m in matches if m}
    if not HEADER_KEYS & fields.keys():
        return {}, text
    unknown = sorted(fields.keys() - HEADER_KEYS)
    if unknown:
        logger.debug("ignoring header keys %s", unknown)
    return {k: v for k, v in fields.items() if k in HEADER_KEYS}, body if sep else ""


def load_text_file(path: str | Path) -> SourceRecord:
    """Read a UTF-8 text article with an optional header block.

    Raises:
        SourceError: The file is missing or not UTF-8.
    """
    path = Path(path)
    fields, body = split_header(read_source_text(path))
    published = None
    if fields.get("published"):
        published = parse_published(fields["published"], fields.get("lang"))
    return build_record(
        body,
        title=fields.get("title"),
        url=fields.get("url"),
        source=fields.get("source"),
        published=published,
        lang=fields.get("lang"),
        origin=str(path),
    )


def read_text_file(path: str | Path) -> Article:
    """The article in a UTF-8 text file (see :func:`load_text_file`)."""
    return load_text_file(path).article


def load_jsonl(path: str | Path) -> Iterator[SourceRecord]:
    """Articles from a JSONL file: one object per line with ``text`` and optionally
    ``title``, ``url``, ``published``, ``lang``, ``source``. Blank lines are skipped.

    Raises:
        SourceError: The file cannot be read, or a line is not an object with text.
    """
    path = Path(path)
    for number, line in enumerate(read_source_text(path).split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SourceError(f"{where}: invalid JSON: {exc.msg}") from exc
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise SourceError(f"{where}: expected an object with a 'text' string")
        fields = {k: str(item[k]) for k in HEADER_KEYS if item.get(k)}
        published = None
        if "published" in fields:
            published = parse_published(fields["published"], fields.get("lang"))
        yield build_record(
            item["text"].replace("\r\n", "\n"),
            title=fields.get("title"),
            url=fields.get("url"),
            source=fields.get("source"),
            published=published,
            lang=fields.get("lang"),
            origin=where,
        )


def read_jsonl(path: str | Path) -> Iterator[Article]:
    """The articles of a JSONL file (see :func:`load_jsonl`)."""
    return (record.article for record in load_jsonl(path))


#: File suffixes read as articles, and how.
TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
#: Files that sit next to articles but are not articles.
SKIPPED_NAMES = frozenset({"index.md", "readme.md", "readme.txt", "license.txt"})


def _is_article_jsonl(path: Path) -> bool:
    """Whether a JSONL file holds articles (its first object has "text"), not, say,
    annotations. A first line that is not JSON counts as articles, so the error
    surfaces when it is read."""
    try:
        with path.open(encoding="utf-8-sig") as lines:
            first = next((line for line in lines if line.strip()), "")
        item = json.loads(first)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return True
    return isinstance(item, dict) and "text" in item


def article_from_text(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: datetime | None = None,
    lang: str | None = None,
    source: str | None = None,
) -> Article:
    """An article posted as a body plus optional metadata (the API's ``POST /ingest``).

    Raises:
        SourceError: The body is blank.
    """
    body = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not body.strip():
        raise SourceError("the article text is empty")
    return build_record(
        body,
        title=title,
        url=url,
        source=source,
        published=published,
        lang=lang,
        origin="api",
    ).article


def article_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Article files under ``paths`` in a stable order (see :func:`iter_records`)."""
    suffixes = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.exists():
            found = [path]
        else:
            raise SourceError(f"no such file or directory: {path}")
        for file in found:
            suffix = file.suffix.lower()
            if (
                file.name.lower() in SKIPPED_NAMES
                or suffix not in suffixes
                or (suffix in JSONL_SUFFIXES and not _is_article_jsonl(file))
            ):
                logger.debug("not an article file: %s", file)
                continue
            yield file


def load_file(path: Path) -> Iterator[SourceRecord]:
    """The articles in one file, read by its suffix."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        yield load_text_file(path)
    elif suffix in HTML_SUFFIXES:
        yield load_html(read_source_text(path), origin=str(path))
    elif suffix in JSONL_SUFFIXES:
        yield from load_jsonl(path)
    else:
        yield from load_feed(path)


def iter_records(
    paths: Iterable[str | Path], *, skip_errors: bool = False
) -> Iterator[SourceRecord]:
    """Articles (with provenance) from files and directories, in a stable order.

    Directories are walked recursively in sorted path order, skipping hidden entries,
    INDEX.md/README.md, files that are not .txt, .html/.htm, .jsonl, .xml/.rss/.atom,
    and JSONL files whose first object has no "text" (annotations, not articles).

    Args:
        paths: Files or directories.
        skip_errors: Log a file that cannot be read and go on, instead of raising.

    Raises:
        SourceError: A path does not exist, or (unless ``skip_errors``) a file cannot
            be read.
    """
    for path in article_files(paths):
        try:
            yield from load_file(path)
        except SourceError as exc:
            if not skip_errors:
                raise
            logger.warning("skipping %s: %s", path, exc)


def iter_sources(
    paths: Iterable[str | Path], *, skip_errors: bool = False
) -> Iterator[Article]:
    """The articles in files and directories (see :func:`iter_records`)."""
    return (record.article for record in iter_records(paths, skip_errors=skip_errors))
