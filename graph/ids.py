"""Deterministic ids: derived from content, never random.

Re-ingesting the same article must produce the same ids, so both stores can upsert on
id. This module must not import anything from ``api`` or ``ingest``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

__all__ = ["article_id", "canonical_url", "digest", "event_id", "report_id", "slug"]

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_TRACKING = ("utm_", "fbclid", "gclid")


def digest(*parts: object, length: int = 16) -> str:
    """A short stable hex digest of ``parts`` (joined with an unambiguous separator)."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def slug(name: str) -> str:
    """ASCII slug of a name, for person and organisation ids.

    Examples:
        >>> slug("Kim Jong-Un")
        'kim-jong-un'
        >>> slug("Sánchez")
        'sanchez'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NON_SLUG.sub("-", ascii_name.lower()).strip("-") or digest(name, length=8)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host; drop fragment, tracking parameters, final /."""
    parts = urlsplit(url.strip())
    query = "&".join(
        q for q in parts.query.split("&") if q and not q.lower().startswith(_TRACKING)
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def _normalised_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id(*, url: str | None, text: str) -> str:
    """Hash of the canonical URL, else of the whitespace-normalised text.

    Examples:
        >>> article_id(url=None, text="a  b") == article_id(url=None, text="a b\\n")
        True
    """
    basis = canonical_url(url) if url else _normalised_text(text)
    return f"article:{digest(basis)}"


def report_id(
    *,
    article: str,
    event_type: str,
    participants: Iterable[tuple[str, str]],
    place: str | None,
    date: str | None,
    modality: str,
) -> str:
    """Id of one article's report of an event (stable across re-ingests)."""
    people = ",".join(sorted(f"{actor}/{role}" for actor, role in participants))
    return f"report:{digest(article, event_type, people, place, date, modality)}"


def event_id(
    *,
    event_type: str,
    participants: Iterable[tuple[str, str]],
    place: str | None,
    date: str | None,
    modality: str,
) -> str:
    """Id of a resolved event, from its merged content (not from any one article)."""
    people = ",".join(sorted(f"{actor}/{role}" for actor, role in participants))
    return f"event:{digest(event_type, people, place, date, modality)}"
