"""Benchmark of the gazetteer and linker on the shared corpus (a benchmark, not a test).

Run: ``python -m tests.bench.bench_gazetteer [corpus_dir]``. Prints the cold load
time of the gazetteer (in a fresh process), the alias matcher's build time, the
throughput of ``find_mentions`` on the corpus article bodies, and the same alias set
matched with spaCy's PhraseMatcher for comparison (build, then tokenise and match).
The corpus is read in place, never copied.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ingest.gazetteer import load_gazetteer
from ingest.linking import find_mentions
from tests.conftest import CORPUS

_COLD_LOAD = """
import time
start = time.perf_counter()
from ingest.gazetteer import load_gazetteer
gazetteer = load_gazetteer()
loaded = time.perf_counter()
gazetteer.matcher("en"); gazetteer.matcher("id")
print(f"{loaded - start:.3f} s load (imports included), "
      f"{time.perf_counter() - loaded:.3f} s to build both matchers")
"""


def _articles(corpus: Path) -> list[tuple[str, str, date]]:
    out = []
    for path in sorted((corpus / "dev").glob("*.txt")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        out.append((body, meta["lang"], date.fromisoformat(meta["published"][:10])))
    for path in sorted((corpus / "seed").glob("*.txt")):
        out.append((path.read_text(encoding="utf-8"), "id", date(2025, 9, 3)))
    return out


def _best_of(run: Callable[[], object], repeat: int = 7) -> float:
    run()
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def _spacy(articles: list[tuple[str, str, date]]) -> str:
    import spacy
    from spacy.matcher import PhraseMatcher

    gazetteer = load_gazetteer()
    lines = []
    for lang in ("en", "id"):
        texts = [text for text, text_lang, _ in articles if text_lang == lang]
        nlp = spacy.blank(lang)
        start = time.perf_counter()
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        matcher.add("ALIAS", [nlp.make_doc(s) for s in gazetteer.surfaces()])
        built = time.perf_counter() - start
        seconds = _best_of(lambda: [matcher(nlp.make_doc(t)) for t in texts])  # noqa: B023
        ours = gazetteer.matcher(lang)
        ours_seconds = _best_of(lambda: [ours.hits(t) for t in texts])  # noqa: B023
        chars = sum(map(len, texts))
        lines.append(
            f"  {lang}: PhraseMatcher build {built:.2f} s, tokenise+match "
            f"{chars / seconds / 1e6:.2f} M chars/s; aliasmatch hits "
            f"{chars / ours_seconds / 1e6:.2f} M chars/s"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    corpus = Path(argv[0]) if argv else CORPUS
    cold = subprocess.run(
        [sys.executable, "-c", _COLD_LOAD], capture_output=True, text=True, check=True
    )
    print(f"gazetteer cold start: {cold.stdout.strip()}")  # noqa: T201
    articles = _articles(corpus)
    chars = sum(len(text) for text, _, _ in articles)
    seconds = _best_of(
        lambda: [find_mentions(text, lang, on) for text, lang, on in articles]
    )
    mentions = sum(len(find_mentions(t, lang, on)) for t, lang, on in articles)
    print(  # noqa: T201
        f"find_mentions: {len(articles)} articles, {chars} chars, {mentions} "
        f"mentions in {seconds * 1000:.1f} ms -> {chars / seconds / 1e3:.0f} k chars/s"
    )
    print("spaCy PhraseMatcher vs aliasmatch (same aliases):")  # noqa: T201
    print(_spacy(articles))  # noqa: T201


if __name__ == "__main__":
    main(sys.argv[1:])
