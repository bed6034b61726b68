"""Score an extractor against the gold corpus (``corpus/gold.jsonl``).

``evaluate(gold_path, corpus_dir, extract)`` runs the extractor on every annotated
article, pairs its events with the gold events under the corpus scoring rule
(``rule``), and returns an ``EvalReport``; ``render_table`` and ``render_misses`` turn
it into text for the ``diplograph eval`` command.

How modality enters the figures:

- **All modalities.** Every gold event against every predicted event; a pair matches
  only if the rule holds *and* the modalities are equal (a planned visit reported as
  asserted is both a miss and a false event).
- **Asserted only** (the primary figure). Only gold events with modality ``asserted``
  against only predicted events with modality ``asserted``; everything else is left
  out of both sides, so it neither helps nor hurts this figure.
- **Overclaims** (reported on their own line, must be zero). A predicted asserted
  event is a *suspect* when it matches no asserted gold event even with modality
  ignored. The count is the size of a maximum one-to-one pairing of non-asserted gold
  events with suspects, modality ignored: the number of non-asserted gold events the
  extractor reported as asserted.

Within an article each gold event is paired with at most one predicted event and vice
versa, by maximum bipartite matching, so scores do not depend on output order.
Precision, recall and F1 are micro-averaged per type, per language and overall; the
core-four figure (MEETING, PARADE, ALLIANCE, TROOP_DEPLOYMENT) is asserted only.
Per-article misses, false events and overclaims refer to the all-modalities matching.

This package imports ``graph`` and ``ingest`` (the gazetteer only lazily); it must not
import ``api``.
"""

from __future__ import annotations

from ingest.evaluate.gold import GoldDoc, GoldError, GoldEvent, load_gold
from ingest.evaluate.names import NameIndex, StaticNameIndex, fold, gazetteer_names
from ingest.evaluate.render import render_misses, render_table
from ingest.evaluate.report import (
    DocResult,
    EvalReport,
    EventView,
    Extract,
    Miss,
    Overclaim,
    evaluate,
    score_doc,
)
from ingest.evaluate.rule import Clause, Resolver, failed_clauses, match_events
from ingest.evaluate.scores import CORE_TYPES, Counts, ScoreSet

__all__ = [
    "CORE_TYPES",
    "Clause",
    "Counts",
    "DocResult",
    "EvalReport",
    "EventView",
    "Extract",
    "GoldDoc",
    "GoldError",
    "GoldEvent",
    "Miss",
    "NameIndex",
    "Overclaim",
    "Resolver",
    "ScoreSet",
    "StaticNameIndex",
    "evaluate",
    "failed_clauses",
    "fold",
    "gazetteer_names",
    "load_gold",
    "match_events",
    "render_misses",
    "render_table",
    "score_doc",
]
