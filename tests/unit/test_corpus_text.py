"""Properties of the text toolkit on the shared corpus (read in place, never copied).

Nothing here is keyed to one article: every file must load, every offset must slice
its text exactly, and language detection must agree with each header.
"""

from __future__ import annotations

import pytest

from ingest.dates import find_dates
from ingest.language import detect_language
from ingest.published import PublishedFrom
from ingest.sentences import split_sentences
from ingest.source_record import SourceRecord
from ingest.sources import LangFrom, iter_records
from tests.conftest import CORPUS

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def records() -> list[SourceRecord]:
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    return list(iter_records([CORPUS / "dev", CORPUS / "seed"]))


def test_every_article_loads_with_a_date_and_language(
    records: list[SourceRecord],
) -> None:
    assert len(records) >= 20
    for record in records:
        assert record.article.text.strip()
        assert record.article.published is not None, record.origin
        assert record.article.lang in ("en", "id")
        if record.lang_from is LangFrom.HEADER:
            assert record.published_from is PublishedFrom.HEADER
        else:  # header-less files take their date from the byline
            assert record.published_from is PublishedFrom.BYLINE, record.origin


def test_detection_agrees_with_the_headers(records: list[SourceRecord]) -> None:
    stated = [r for r in records if r.lang_from is LangFrom.HEADER]
    assert stated
    for record in stated:
        assert detect_language(record.article.text) == record.article.lang


def test_sentences_and_dates_slice_the_text_exactly(
    records: list[SourceRecord],
) -> None:
    for record in records:
        article = record.article
        sentences = split_sentences(article.text, article.lang)
        covered: set[int] = set()
        for span in sentences:
            assert article.text[span.start : span.end] == span.text
            covered.update(range(span.start, span.end))
        lost = [
            i for i, ch in enumerate(article.text) if ch.isalnum() and i not in covered
        ]
        assert not lost, f"{record.origin}: text outside every sentence"
        for mention in find_dates(article.text, article.lang, article.published):
            assert article.text[mention.start : mention.end] == mention.text
