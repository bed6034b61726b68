"""Read an RSS or Atom feed into articles, offline, with feedparser.

Only local files or XML strings are read: a URL is refused, because nothing may be
downloaded at run time. feedparser leaves ``published_parsed`` empty for Indonesian
day and month names, so the raw ``published``/``updated`` string is parsed here
(``ingest.published.parse_published``). Entry HTML (content, else summary) becomes
plain text with one line per paragraph.

This module must not import ``api``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser
import lxml.html
from lxml import etree

from graph.model import Article
from ingest.errors import SourceError
from ingest.published import PublishedFrom, parse_published
from ingest.source_record import LangFrom, SourceRecord, build_record

__all__ = ["html_fragment_text", "load_feed", "read_feed"]

logger = logging.getLogger(__name__)

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one line per block element.

    Examples:
        >>> html_fragment_text("<p>Satu <b>dua</b>.</p><p>Tiga.</p>")
        'Satu dua.\\nTiga.'
    """
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    if contents and contents[0].get("value"):
        return html_fragment_text(str(contents[0]["value"]))
    return html_fragment_text(str(entry.get("summary") or ""))


def load_feed(path_or_xml: str | Path) -> Iterator[SourceRecord]:
    """Articles of an RSS or Atom feed given as a file path or as XML text.

    Raises:
        SourceError: A URL was given, the file cannot be read, or it is no feed.
    """
    if isinstance(path_or_xml, Path) or not path_or_xml.lstrip().startswith("<"):
        if _URL.match(str(path_or_xml)):
            raise SourceError(f"feeds are read from files, not fetched: {path_or_xml}")
        path = Path(path_or_xml)
        try:
            data: bytes | str = path.read_bytes()
        except OSError as exc:
            raise SourceError(f"cannot read {path}: {exc.strerror or exc}") from exc
        origin = str(path)
    else:
        data, origin = path_or_xml, "<feed>"
    parsed = feedparser.parse(data)
    if parsed.get("bozo") and not parsed.get("entries"):
        raise SourceError(f"{origin} is not an RSS or Atom feed")
    feed = parsed.get("feed", {})
    feed_lang = str(feed.get("language") or "").split("-")[0].lower() or None
    source = feed.get("title") or None
    for index, entry in enumerate(parsed.get("entries", [])):
        text = _entry_text(entry)
        if not text:
            logger.info("skipping feed entry %d of %s: no text", index, origin)
            continue
        raw_time = entry.get("published") or entry.get("updated")
        published = parse_published(str(raw_time), feed_lang) if raw_time else None
        yield build_record(
            text,
            title=entry.get("title") or None,
            url=entry.get("link") or None,
            source=source,
            published=published,
            published_from=PublishedFrom.METADATA,
            lang=feed_lang,
            lang_from=LangFrom.METADATA,
            origin=f"{origin}#{index}",
        )


def read_feed(path_or_xml: str | Path) -> Iterator[Article]:
    """The articles of a feed (see :func:`load_feed`)."""
    return (record.article for record in load_feed(path_or_xml))
