from __future__ import annotations

from graph.ids import article_id, canonical_url, event_id, report_id, slug


def test_article_id_prefers_the_canonical_url() -> None:
    a = article_id(url="HTTPS://Example.com/news/1/?utm_source=x#top", text="one")
    b = article_id(url="https://example.com/news/1", text="another text")
    assert a == b
    assert a.startswith("article:")


def test_article_id_from_text_ignores_whitespace_only() -> None:
    assert article_id(url=None, text="Kim  met\nPutin") == article_id(
        url=None, text="Kim met Putin"
    )
    assert article_id(url=None, text="Kim met Putin") != article_id(
        url=None, text="Kim met Xi"
    )


def test_canonical_url_keeps_meaningful_query() -> None:
    assert (
        canonical_url("https://x.org/a?id=3&utm_medium=rss") == "https://x.org/a?id=3"
    )


def test_slugs_are_ascii() -> None:
    assert slug("Abdel Fattah el-Sisi") == "abdel-fattah-el-sisi"
    assert slug("Lula da Silva ") == "lula-da-silva"
    assert slug("習近平") == slug("習近平")
    assert slug("習近平") != slug("金正恩")


def test_report_and_event_ids_ignore_participant_order() -> None:
    common = {
        "event_type": "MEETING",
        "place": "place:chn-beijing",
        "date": "2025-09-03",
        "modality": "asserted",
    }
    people = [("person:a", "participant"), ("person:b", "participant")]
    assert event_id(participants=people, **common) == event_id(
        participants=people[::-1], **common
    )
    assert report_id(article="article:1", participants=people, **common) == report_id(
        article="article:1", participants=people[::-1], **common
    )
    assert report_id(article="article:1", participants=people, **common) != report_id(
        article="article:2", participants=people, **common
    )
    assert event_id(
        participants=people, **{**common, "modality": "planned"}
    ) != event_id(participants=people, **common)
