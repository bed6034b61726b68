"""Reading articles from text, HTML, JSONL and feed files (tests/data/sources)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from graph.ids import article_id
from ingest.errors import IngestError, SourceError
from ingest.published import PublishedFrom, guess_published, parse_published
from ingest.sources import (
    LangFrom,
    iter_records,
    iter_sources,
    load_feed,
    load_html,
    load_text_file,
    read_feed,
    read_html,
    read_jsonl,
    read_text_file,
    split_header,
)
from ingest.webpage import TEASER_LINE

DATA = Path(__file__).resolve().parents[1] / "data" / "sources"
WIB = timezone(timedelta(hours=7))


def test_text_file_with_header() -> None:
    record = load_text_file(DATA / "header.txt")
    article = record.article
    assert article.title == "Menlu Bertemu Mitra Jepang di Tokyo"
    assert article.published == datetime(2025, 9, 3, 18, 14, tzinfo=UTC)
    assert article.lang == "id"
    assert article.source == "Warta Contoh"
    assert article.url == "https://warta.example/berita/menlu-tokyo?utm_source=feed"
    assert article.text.startswith("Tokyo: Menteri Luar Negeri")
    assert article.text.endswith("kata Menlu.\n")
    assert "\n\nPertemuan" in article.text  # the body is kept exactly
    assert article.id == article_id(url=article.url, text=article.text)
    assert record.published_from is PublishedFrom.HEADER
    assert record.lang_from is LangFrom.HEADER


def test_header_less_file_is_all_body_and_gets_its_date_from_the_byline() -> None:
    record = load_text_file(DATA / "nested" / "byline.txt")
    article = record.article
    assert article.title is None
    assert article.text.startswith("Pertemuan dua menteri di Tokyo. Foto: Dok. Warta\n")
    assert "\r" not in article.text
    assert article.published == datetime(2025, 9, 3, 18, 14, tzinfo=UTC)
    assert record.published_from is PublishedFrom.BYLINE
    assert article.lang == "id"
    assert record.lang_from is LangFrom.DETECTED
    assert record.lang_confidence is not None
    assert record.lang_confidence > 0.5


def test_bom_is_stripped_and_missing_date_stays_missing() -> None:
    record = load_text_file(DATA / "nested" / "bom-no-date.txt")
    assert record.article.title == "Envoy Visits Canberra"
    assert record.article.text.startswith("The envoy")
    assert record.article.published is None
    assert record.published_from is PublishedFrom.NONE


@pytest.mark.parametrize(
    ("text", "has_header"),
    [
        ("title: A\nlang: en\n\nBody.", True),
        ("title: A\nx-key: y\n\nBody.", False),  # every line must be key: value
        ("Jakarta: Presiden tiba.\n\nParagraf.", False),  # capitalised key
        ("foto: dok\n\nBody.", False),  # no known key
        ("Pertemuan Kim dan Putin. Foto: Sputnik\nBody.", False),
    ],
)
def test_split_header(text: str, has_header: bool) -> None:
    fields, body = split_header(text)
    assert bool(fields) is has_header
    assert body == ("Body." if has_header else text)


def test_missing_and_undecodable_files_raise_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="cannot read"):
        read_text_file(tmp_path / "missing.txt")
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 au lait".encode("latin-1"))
    with pytest.raises(SourceError, match="not UTF-8"):
        read_text_file(bad)
    assert issubclass(SourceError, IngestError)


def test_html_page() -> None:
    record = load_html((DATA / "page.html").read_text(encoding="utf-8"))
    article = record.article
    assert article.title == "Menlu Bertemu Mitra Jepang di Tokyo"
    assert article.url == "https://warta.example/berita/menlu-tokyo"
    assert article.source == "Warta Contoh"
    # JSON-LD keeps the time of day that trafilatura's own date drops.
    assert article.published == datetime(2025, 9, 3, 18, 14, tzinfo=WIB)
    assert record.published_from is PublishedFrom.METADATA
    assert article.text.startswith("Tokyo: Menteri Luar Negeri")
    assert "Baca juga" not in article.text
    assert "Beranda" not in article.text
    assert "Pertemuan berlangsung dua jam" in article.text
    assert article.lang == "id"


def test_html_meta_time_wins_and_url_argument_is_kept() -> None:
    html = (
        '<html><head><meta property="article:published_time" '
        'content="2025-08-16T08:40:00Z"><title>T</title></head><body><article>'
        "<p>The two leaders met at the base on Friday and talked for three hours "
        "about the war, the sanctions and the prospects for a ceasefire.</p>"
        "<p>Read also: Another story</p></article></body></html>"
    )
    article = read_html(html, url="https://news.example/a")
    assert article.published == datetime(2025, 8, 16, 8, 40, tzinfo=UTC)
    assert article.url == "https://news.example/a"
    assert "Read also" not in article.text


def test_html_without_text_raises() -> None:
    with pytest.raises(SourceError, match="no article text"):
        read_html("<html><body><nav>Menu</nav></body></html>")


@pytest.mark.parametrize(
    "line",
    ["Baca juga: Presiden tiba", "BACA JUGA - Judul", "Read also: X", "Related: Y"],
)
def test_teaser_lines(line: str) -> None:
    assert TEASER_LINE.match(line)


def test_teaser_pattern_keeps_ordinary_lines() -> None:
    assert not TEASER_LINE.match("Relations between the two countries improved.")


def test_jsonl() -> None:
    first, second = read_jsonl(DATA / "batch.jsonl")
    assert first.published == datetime(2025, 9, 2, 10, tzinfo=UTC)
    assert first.lang == "en"
    assert first.id == article_id(url="https://news.example/envoy-canberra", text="")
    assert second.url is None
    assert second.lang == "id"  # detected
    assert second.published == datetime(2025, 9, 3, tzinfo=UTC)  # from the text
    assert second.id == article_id(url=None, text=second.text)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"text": "ok"}\n{not json\n', r"batch.jsonl:2: invalid JSON"),
        ('{"title": "no text"}\n', r"batch.jsonl:1: expected an object"),
        ('["a list"]\n', r"batch.jsonl:1: expected an object"),
    ],
)
def test_bad_jsonl_lines(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SourceError, match=message):
        list(read_jsonl(path))


def test_feed_with_indonesian_dates() -> None:
    records = list(load_feed(DATA / "feed.xml"))
    assert [r.article.title for r in records] == [
        "Menlu Bertemu Mitra Jepang di Tokyo",
        "Presiden Tiba di Jakarta",
    ]
    first = records[0].article
    assert first.published == datetime(2025, 9, 3, 18, 14, tzinfo=WIB)
    assert first.lang == "id"
    assert first.source == "Warta Contoh - Internasional"
    assert first.text == (
        "Menteri Luar Negeri bertemu mitranya dari Jepang di Tokyo.\n"
        "Keduanya membahas kerja sama energi."
    )
    assert records[0].published_from is PublishedFrom.METADATA
    assert records[0].lang_from is LangFrom.METADATA


def test_feed_from_xml_string_and_refused_url() -> None:
    xml = (DATA / "feed.xml").read_text(encoding="utf-8")
    assert len(list(read_feed(xml))) == 2
    with pytest.raises(SourceError, match="not fetched"):
        list(read_feed("https://warta.example/rss"))
    with pytest.raises(SourceError, match="not an RSS"):
        list(read_feed("<html><body>nope</body></html"))


def test_iter_sources_walks_directories_in_a_stable_order() -> None:
    records = list(iter_records([DATA]))
    origins = [r.origin for r in records]
    assert origins == [
        f"{DATA / 'batch.jsonl'}:1",
        f"{DATA / 'batch.jsonl'}:3",
        f"{DATA / 'feed.xml'}#0",
        f"{DATA / 'feed.xml'}#1",
        str(DATA / "header.txt"),
        str(DATA / "nested" / "bom-no-date.txt"),
        str(DATA / "nested" / "byline.txt"),
        str(DATA / "page.html"),
    ]
    assert [a.id for a in iter_sources([DATA])] == [r.article.id for r in records]
    # The same URL read from the header file, the feed and the page: one article id.
    assert records[2].article.id == records[4].article.id == records[7].article.id


def test_jsonl_without_text_is_not_an_article_file(tmp_path: Path) -> None:
    (tmp_path / "gold.jsonl").write_text('{"doc": "a.txt", "events": []}\n', "utf-8")
    (tmp_path / "batch.jsonl").write_text('{"text": "Satu kalimat."}\n', "utf-8")
    assert [a.text for a in iter_sources([tmp_path])] == ["Satu kalimat."]


def test_iter_sources_errors(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file"):
        list(iter_sources([tmp_path / "nope"]))
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\xfa")
    (tmp_path / "good.txt").write_text("Satu kalimat saja.", encoding="utf-8")
    with pytest.raises(SourceError):
        list(iter_sources([tmp_path]))
    articles = list(iter_sources([tmp_path], skip_errors=True))
    assert [a.text for a in articles] == ["Satu kalimat saja."]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-08-16 08:40", datetime(2025, 8, 16, 8, 40, tzinfo=UTC)),
        ("2025-09-03", datetime(2025, 9, 3, tzinfo=UTC)),
        ("2025-09-03T18:14:00+07:00", datetime(2025, 9, 3, 18, 14, tzinfo=WIB)),
        ("2025-09-03T11:14:00Z", datetime(2025, 9, 3, 11, 14, tzinfo=UTC)),
        ("Wed, 03 Sep 2025 18:14:00 +0700", datetime(2025, 9, 3, 18, 14, tzinfo=WIB)),
        ("Rabu, 03 Agu 2025 18:14 WIB", datetime(2025, 8, 3, 18, 14, tzinfo=WIB)),
    ],
)
def test_parse_published(value: str, expected: datetime) -> None:
    assert parse_published(value, "id") == expected


def test_parse_published_rejects_nonsense() -> None:
    assert parse_published("sometime soon-ish?!", "en") is None
    assert parse_published("  ", "en") is None


@pytest.mark.parametrize(
    ("text", "lang", "expected", "how"),
    [
        (
            "Rina Wati \u2022 3 September 2025 18:14\nIsi berita.",
            "id",
            datetime(2025, 9, 3, 18, 14, tzinfo=UTC),
            PublishedFrom.BYLINE,
        ),
        (
            "JAKARTA, 3 Sept 2025 \u2014 Presiden tiba pukul 10.15 WIB.",
            "id",
            datetime(2025, 9, 3, tzinfo=UTC),
            PublishedFrom.BYLINE,
        ),
        (
            "Jakarta, Rabu (3/9/2025) pukul 10.15 WIB: Presiden tiba.",
            "id",
            datetime(2025, 9, 3, 10, 15, tzinfo=WIB),
            PublishedFrom.BYLINE,
        ),
        (
            "Tim Redaksi \u2022 3 September 2025, 18.14 WIB\nIsi.",
            "id",
            datetime(2025, 9, 3, 18, 14, tzinfo=WIB),
            PublishedFrom.BYLINE,
        ),
        (
            "The envoy arrived. "
            + "Talks went on for hours. " * 20
            + "The treaty was signed on June 19, 2024.",
            "en",
            datetime(2024, 6, 19, tzinfo=UTC),
            PublishedFrom.TEXT,
        ),
        ("The envoy arrived on Tuesday.", "en", None, PublishedFrom.NONE),
    ],
)
def test_guess_published(
    text: str, lang: str, expected: datetime | None, how: PublishedFrom
) -> None:
    assert guess_published(text, lang) == (expected, how)
