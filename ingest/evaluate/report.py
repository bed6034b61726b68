"""Run an extractor over the gold articles and score it: ``evaluate`` -> ``EvalReport``.

See the package docstring for how modality enters each figure. The extractor is any
callable from an article path to events; only the wall time of those calls is timed.

This module imports ``graph`` and sibling ``ingest`` modules; it must not import
``api``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel

from graph.model import Event, EventType, Modality, Role
from ingest.errors import ExtractionError
from ingest.evaluate.gold import GoldDoc, GoldError, GoldEvent, load_gold
from ingest.evaluate.names import NameIndex, gazetteer_names
from ingest.evaluate.rule import Clause, Resolver, failed_clauses, match_events
from ingest.evaluate.scores import CORE_TYPES, Cell, Counts, ScoreSet, score_set

__all__ = [
    "DocResult",
    "EvalReport",
    "EventView",
    "Extract",
    "Miss",
    "Overclaim",
    "ParticipantView",
    "evaluate",
    "score_doc",
]

logger = logging.getLogger(__name__)

#: The extractor under test: an article file in, its events out.
Extract = Callable[[Path], list[Event]]


class ParticipantView(BaseModel):
    id: str
    name: str
    role: Role


class EventView(BaseModel):
    """A predicted event as the report shows it (no evidence offsets)."""

    type: EventType
    participants: list[ParticipantView]
    place: str | None
    date: str | None
    modality: Modality
    sentence: str | None

    @classmethod
    def of(cls, event: Event) -> EventView:
        return cls(
            type=event.type,
            participants=[
                ParticipantView(id=p.actor.id, name=p.actor.name, role=p.role)
                for p in event.participants
            ],
            place=event.place.name if event.place else None,
            date=event.date,
            modality=event.modality,
            sentence=event.evidence[0].sentence if event.evidence else None,
        )


class Miss(BaseModel):
    """A gold event left unmatched, with the nearest prediction of its type."""

    gold: GoldEvent
    closest: EventView | None
    failed: list[Clause]


class Overclaim(BaseModel):
    """A non-asserted gold event that the extractor reported as asserted."""

    gold: GoldEvent
    predicted: EventView


class DocResult(BaseModel):
    """One article: its counts, and what went wrong (all-modalities matching)."""

    doc: str
    lang: str
    seconds: float
    all_modalities: dict[EventType, Counts]
    asserted: dict[EventType, Counts]
    misses: list[Miss]
    false_events: list[EventView]
    overclaims: list[Overclaim]


class EvalReport(BaseModel):
    """Scores of one extractor on one gold file; ``model_dump_json`` for ``--json``."""

    gold_path: str
    corpus_dir: str
    articles: int
    extract_seconds: float
    articles_per_second: float | None
    all_modalities: ScoreSet
    asserted: ScoreSet
    core_four_asserted: Counts
    core_four_asserted_by_lang: dict[str, Counts]
    asserted_overclaims: int
    docs: list[DocResult]


def _counts(
    gold: Sequence[GoldEvent], predicted: Sequence[Event], pairs: list[tuple[int, int]]
) -> dict[EventType, Counts]:
    counts: dict[EventType, Counts] = {}
    for event_type in EventType:
        found = Counts(
            gold=sum(g.type is event_type for g in gold),
            predicted=sum(p.type is event_type for p in predicted),
            matched=sum(gold[i].type is event_type for i, _ in pairs),
        )
        if found.gold or found.predicted:
            counts[event_type] = found
    return counts


def _miss(gold: GoldEvent, predicted: Sequence[Event], resolver: Resolver) -> Miss:
    scored = [
        (len(failed), index, failed)
        for index, p in enumerate(predicted)
        if p.type is gold.type
        for failed in [failed_clauses(gold, p, resolver)]
    ]
    if not scored:
        return Miss(gold=gold, closest=None, failed=[Clause.TYPE])
    _, index, failed = min(scored, key=lambda item: (item[0], item[1]))
    return Miss(gold=gold, closest=EventView.of(predicted[index]), failed=failed)


def _overclaims(
    gold: Sequence[GoldEvent],
    predicted: Sequence[Event],
    names: NameIndex,
    resolver: Resolver,
) -> list[Overclaim]:
    asserted_gold = [g for g in gold if g.modality is Modality.ASSERTED]
    other_gold = [g for g in gold if g.modality is not Modality.ASSERTED]
    suspects = [
        p
        for p in predicted
        if p.modality is Modality.ASSERTED
        and not any(
            set(failed_clauses(g, p, resolver)) <= {Clause.MODALITY}
            for g in asserted_gold
        )
    ]
    pairs = match_events(
        other_gold, suspects, names, ignore_modality=True, resolver=resolver
    )
    return [
        Overclaim(gold=other_gold[i], predicted=EventView.of(suspects[j]))
        for i, j in pairs
    ]


def score_doc(
    doc: GoldDoc, predicted: Sequence[Event], names: NameIndex, seconds: float = 0.0
) -> DocResult:
    """Score one article's predicted events against its gold events.

    Args:
        doc: the article's gold annotation.
        predicted: the events extracted from it.
        names: reads gold names.
        seconds: extraction time to record.

    Returns:
        Counts for both figures, and the misses, false events and overclaims of the
        all-modalities matching.
    """
    resolver = Resolver(names, predicted)
    gold = doc.events
    pairs = match_events(gold, predicted, names, resolver=resolver)
    asserted_gold = [g for g in gold if g.modality is Modality.ASSERTED]
    asserted_pred = [p for p in predicted if p.modality is Modality.ASSERTED]
    asserted_pairs = match_events(
        asserted_gold, asserted_pred, names, resolver=resolver
    )
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    return DocResult(
        doc=doc.doc,
        lang=doc.lang,
        seconds=seconds,
        all_modalities=_counts(gold, predicted, pairs),
        asserted=_counts(asserted_gold, asserted_pred, asserted_pairs),
        misses=[
            _miss(g, predicted, resolver)
            for i, g in enumerate(gold)
            if i not in matched_gold
        ],
        false_events=[
            EventView.of(p) for j, p in enumerate(predicted) if j not in matched_pred
        ],
        overclaims=_overclaims(gold, predicted, names, resolver),
    )


def _cells(results: Sequence[DocResult], *, asserted: bool) -> dict[Cell, Counts]:
    cells: dict[Cell, Counts] = {}
    for result in results:
        for event_type, count in (
            result.asserted if asserted else result.all_modalities
        ).items():
            cell = (result.lang, event_type)
            cells[cell] = cells.get(cell, Counts()) + count
        # An empty cell keeps a language with no events (negative articles) listed.
        cells.setdefault((result.lang, EventType.MEETING), Counts())
    return cells


def _extract(extract: Extract, path: Path) -> tuple[list[Event], float]:
    start = time.perf_counter()
    try:
        events = list(extract(path))
    except Exception as exc:
        raise ExtractionError(f"{path}: extractor failed: {exc}") from exc
    return events, time.perf_counter() - start


def evaluate(
    gold_path: Path,
    corpus_dir: Path,
    extract: Extract,
    names: NameIndex | None = None,
) -> EvalReport:
    """Run ``extract`` on every gold article and score the events it returns.

    Args:
        gold_path: the gold JSONL file.
        corpus_dir: the folder the gold ``doc`` paths are relative to.
        extract: the extractor under test.
        names: reads gold names; the gazetteer-backed index by default.

    Returns:
        The report: both figures per type, per language and overall, the core-four
        figure per language, the overclaim count, throughput and per-article detail.

    Raises:
        GoldError: the gold file is malformed or names an article that is missing.
        ExtractionError: the extractor raised on an article (the path is named).
    """
    docs = load_gold(gold_path)
    missing = [d.doc for d in docs if not (corpus_dir / d.doc).is_file()]
    if missing:
        raise GoldError(f"{corpus_dir}: gold articles not found: {', '.join(missing)}")
    index = names if names is not None else gazetteer_names()
    results: list[DocResult] = []
    for doc in docs:
        events, seconds = _extract(extract, corpus_dir / doc.doc)
        results.append(score_doc(doc, events, index, seconds))
    total = sum(r.seconds for r in results)
    asserted = _cells(results, asserted=True)
    core: ScoreSet = score_set(asserted, CORE_TYPES)
    report = EvalReport(
        gold_path=str(gold_path),
        corpus_dir=str(corpus_dir),
        articles=len(results),
        extract_seconds=total,
        articles_per_second=len(results) / total if total > 0 else None,
        all_modalities=score_set(_cells(results, asserted=False)),
        asserted=score_set(asserted),
        core_four_asserted=core.overall,
        core_four_asserted_by_lang=core.by_lang,
        asserted_overclaims=sum(len(r.overclaims) for r in results),
        docs=results,
    )
    logger.info(
        "evaluated %d articles: asserted F1 %.3f, %d overclaims, %.1f articles/s",
        report.articles,
        report.asserted.overall.f1,
        report.asserted_overclaims,
        report.articles_per_second or 0.0,
    )
    return report
