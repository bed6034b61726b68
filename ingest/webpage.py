"""Read a news web page (HTML) into an article, offline, with trafilatura.

trafilatura 2.3 (``extract(..., output_format="json", with_metadata=True)``) gives the
main text, title, site name and canonical URL, but keeps "Baca juga:" / "Read also:"
teaser lines and drops the time of day from the date. So teaser lines are filtered
here, and the publication time is read from ``article:published_time`` (or a similar
meta tag) or JSON-LD ``datePublished`` before falling back on trafilatura's day.

This module must not import ``api``.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import datetime

import lxml.html
from lxml import etree

from graph.model import Article
from ingest.errors import SourceError
from ingest.published import PublishedFrom, parse_published
from ingest.source_record import SourceRecord, build_record

__all__ = ["TEASER_LINE", "load_html", "published_from_html", "read_html"]

logger = logging.getLogger(__name__)

#: Lines that point to other articles ("Baca juga: ...", "Read also: ...").
TEASER_LINE = re.compile(
    r"^\s*(?:baca\s+juga|lihat\s+juga|simak\s+juga|baca\s+selengkapnya|read\s+also"
    r"|also\s+read|read\s+more|related|see\s+also)\b\s*[:\-\u2013\u2014]?.*$",
    re.IGNORECASE,
)
#: Shorter extracted text is navigation or boilerplate, not an article.
MIN_TEXT_CHARS = 40
_META_TIME = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@name='article:published_time']/@content",
    "//meta[@property='og:article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//meta[@name='pubdate']/@content",
    "//meta[@name='publishdate']/@content",
    "//meta[@name='date']/@content",
    "//time[@itemprop='datePublished']/@datetime",
)


def _json_ld_dates(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        value = node.get("datePublished")
        if isinstance(value, str):
            yield value
        for child in node.values():
            yield from _json_ld_dates(child)
    elif isinstance(node, list):
        for child in node:
            yield from _json_ld_dates(child)


def published_from_html(html: str) -> datetime | None:
    """The publication time in a page's meta tags or JSON-LD, with time of day."""
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    candidates: list[str] = []
    for path in _META_TIME:
        candidates += [str(v) for v in tree.xpath(path)]
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            candidates += list(_json_ld_dates(json.loads(str(script))))
        except json.JSONDecodeError:
            logger.debug("skipping a JSON-LD block that is not JSON")
    for value in candidates:
        parsed = parse_published(value)
        if parsed is not None:
            return parsed
    return None


def _body(text: str, title: str | None) -> str:
    lines = [line for line in text.split("\n") if not TEASER_LINE.match(line)]
    if lines and title and " ".join(lines[0].split()) == " ".join(title.split()):
        lines = lines[1:]  # trafilatura repeats the headline as the first line
    return "\n".join(lines).strip("\n")


def load_html(
    html: str, url: str | None = None, *, origin: str | None = None
) -> SourceRecord:
    """Extract the article in an HTML page.

    Args:
        html: The page source.
        url: Where it came from; else its canonical link, if any.
        origin: Where it was read from (a path), for reports; defaults to ``url``.

    Raises:
        SourceError: No article text (at least ``MIN_TEXT_CHARS`` characters) can be
            extracted from the page.
    """
    # Imported here: it takes ~150 ms, which text and JSONL ingestion need not pay.
    import trafilatura

    extracted = trafilatura.extract(
        html, url=url, output_format="json", with_metadata=True, favor_precision=True
    )
    if not extracted:
        raise SourceError(f"no article text found in the page {url or ''}".strip())
    data = json.loads(extracted)
    title = data.get("title") or None
    text = _body(str(data.get("text") or ""), title)
    if len(text.strip()) < MIN_TEXT_CHARS:
        raise SourceError(f"no article text found in the page {url or ''}".strip())
    published = published_from_html(html)
    if published is None and data.get("date"):
        published = parse_published(str(data["date"]))
    return build_record(
        text,
        title=title,
        url=url or data.get("source") or None,
        source=data.get("source-hostname") or data.get("hostname") or None,
        published=published,
        published_from=PublishedFrom.METADATA,
        origin=origin or url,
    )


def read_html(html: str, url: str | None = None) -> Article:
    """The article in an HTML page (see :func:`load_html`)."""
    return load_html(html, url).article
