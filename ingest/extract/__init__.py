"""Event extraction: one ``graph.model.Article`` in, its event reports out.

``extract_events(article)`` is pure (no store, no network), deterministic and rule
based: per-language trigger lexicons (``ingest/data/lexicon/*.yaml``), linked entities
(``ingest.linking``), dates (``ingest.dates``), clause-level argument rules per event
type, modality cues, coreference and within-article merging. See README.md here.

This package must not import ``api``.
"""

from __future__ import annotations

import logging

from graph.model import Article, Event
from ingest.extract.document import build_document
from ingest.extract.extractor import candidates
from ingest.extract.lexicon import load_lexicon
from ingest.extract.merge import merge
from ingest.extract.report import to_event

__all__ = ["extract_events"]

logger = logging.getLogger(__name__)


def extract_events(article: Article) -> list[Event]:
    """Event reports stated by ``article``, each with its evidence sentences.

    Languages without a lexicon yield no events (logged once per language).

    Examples:
        >>> from graph.model import Article
        >>> article = Article(id="article:x", lang="en", text="Nothing happened.")
        >>> extract_events(article)
        []
    """
    lex = load_lexicon(article.lang)
    if lex is None or not article.text.strip():
        return []
    doc = build_document(article, lex)
    reports = merge(candidates(doc))
    events = [to_event(doc, cand) for cand in reports]
    logger.debug("%s: %d reports", article.id, len(events))
    return events
