"""Benchmark of the extractor (a benchmark, not a test: nothing here can fail).

Run: ``python -m tests.bench.bench_extract [corpus_dir ...] [--rounds N]``. Reads the
articles in place (default: the shared corpus and tests/data/heldout), warms every model
up once, then times N rounds of:

- the baseline: the text work every extraction needs and nothing more (sentences, date
  mentions and gazetteer mentions of each article);
- the whole extractor (``extract_events``), which includes that work.

It prints articles/s for both and their ratio, so the figure travels between machines.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from graph.model import Article
from ingest.dates import find_dates
from ingest.extract import extract_events
from ingest.linking import find_mentions
from ingest.sentences import split_sentences
from ingest.sources import iter_sources
from tests.conftest import CORPUS

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")


def baseline(article: Article) -> object:
    on = article.published.date() if article.published else None
    return (
        split_sentences(article.text, article.lang),
        find_dates(article.text, article.lang, article.published),
        find_mentions(article.text, article.lang, on),
    )


def rate(
    fn: Callable[[Article], object], articles: list[Article], rounds: int
) -> float:
    """Median articles/s over ``rounds`` passes."""
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for article in articles:
            fn(article)
        samples.append(len(articles) / (time.perf_counter() - start))
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[CORPUS, HELDOUT])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    articles = list(iter_sources([f for f in args.folders if f.exists()]))
    chars = sum(len(a.text) for a in articles)
    started = time.perf_counter()
    for article in articles:  # warm-up: lexicons, spaCy, gazetteer, dateparser
        extract_events(article)
    say(
        f"{len(articles)} articles, {chars:,} characters; first pass "
        f"(loading models) {time.perf_counter() - started:.2f} s"
    )
    base = rate(baseline, articles, args.rounds)
    full = rate(extract_events, articles, args.rounds)
    say(f"baseline (sentences + dates + mentions): {base:,.1f} articles/s")
    say(
        f"extract_events:                          {full:,.1f} articles/s "
        f"({full * chars / len(articles) / 1000:,.0f} kchar/s)"
    )
    say(f"ratio extractor / baseline time: {base / full:.2f}x")


if __name__ == "__main__":
    main()
