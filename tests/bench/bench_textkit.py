"""Benchmark of the text toolkit on the shared corpus (a benchmark, not a test).

Run: ``python -m tests.bench.bench_textkit [corpus_dir]``. Prints the language
detectors' load time and memory (each in a fresh process, so the numbers are not
hidden by what is already loaded), and the throughput of reading, language detection,
sentence splitting and date finding. The corpus is read in place, never copied.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Sized
from pathlib import Path

from ingest.dates import find_dates
from ingest.language import detect_language
from ingest.sentences import split_sentences
from ingest.sources import iter_records
from tests.conftest import CORPUS

#: One sentence per script family, so that every language model gets loaded.
_SAMPLES = [
    "The talks ended without a deal and both sides went home.",
    "Pertemuan itu berakhir tanpa kesepakatan dan kedua pihak pulang.",
    "Les entretiens se sont terminés sans accord entre les deux parties.",
    "Die Gespräche endeten ohne Einigung zwischen beiden Seiten.",
    "Переговоры завершились без соглашения.",
    "会谈没有达成协议。",
    "انتهت المحادثات دون اتفاق.",
]
_DETECTOR_PROBE = """
import resource, time
SAMPLES = {samples!r}
from ingest import language
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
detector = language._detector({high})
for sample in SAMPLES:
    detector.detect_language_of(sample)
seconds = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"{{seconds:.2f}} s, +{{(after - before) / 1024:.0f}} MB max RSS")
"""


def _probe_detector(high: bool) -> str:
    result = subprocess.run(
        [sys.executable, "-c", _DETECTOR_PROBE.format(high=high, samples=_SAMPLES)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def _best_of(run: Callable[[], Sized], repeat: int = 5) -> tuple[float, int]:
    run()  # warm the caches
    best, count = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = len(run())
        best = min(best, time.perf_counter() - start)
    return best, count


def main(root: Path) -> None:
    lines = [
        f"lingua low-accuracy  build + first use: {_probe_detector(False)}",
        f"lingua high-accuracy build + first use: {_probe_detector(True)}",
    ]
    start = time.perf_counter()
    records = list(iter_records([root]))
    seconds = time.perf_counter() - start
    chars = sum(len(r.article.text) for r in records)
    lines.append(
        f"read {len(records)} articles ({chars / 1024:.0f} KB), cold process: "
        f"{seconds * 1000:.0f} ms (first use of lingua and dateparser included)"
    )
    texts = [(r.article.text, r.article.lang, r.article.published) for r in records]

    def detect() -> list[str]:
        return [detect_language(text) for text, _, _ in texts]

    def sentences() -> list[object]:
        return [s for text, lang, _ in texts for s in split_sentences(text, lang)]

    def dates() -> list[object]:
        return [m for text, lang, when in texts for m in find_dates(text, lang, when)]

    for label, run, unit in (
        ("detect_language", detect, "articles"),
        ("split_sentences", sentences, "sentences"),
        ("find_dates", dates, "mentions"),
    ):
        best, count = _best_of(run)
        lines.append(
            f"{label:<16} {count:>5} {unit:<9} {best * 1000:7.1f} ms"
            f"  {count / best:8.0f} {unit}/s  {chars / 1024 / best:6.0f} KB/s"
            f"  {best * 1000 / len(texts):5.2f} ms/article"
        )
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
