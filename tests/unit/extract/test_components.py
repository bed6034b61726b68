"""The extractor's parts on hand-built inputs: phrase matching, cues, clauses, dates,
merging and reports."""

from __future__ import annotations

from datetime import date

import pytest

from graph.model import Article, EventType, Modality, date_precision
from ingest.dates import DateKind, DateMention
from ingest.extract import extract_events, temporal
from ingest.extract.clauses import scope
from ingest.extract.document import build_document
from ingest.extract.lexicon import PhraseSet, load_lexicon, supported_languages
from ingest.extract.modality import cue_modality
from tests.unit.extract.helpers import article, extract


def test_lexicons_exist_for_english_and_indonesian() -> None:
    assert {"en", "id"} <= set(supported_languages())
    assert load_lexicon("xx") is None


@pytest.mark.parametrize(
    ("phrases", "text", "matched"),
    [
        (
            ["held ... talks"],
            "They held formal bilateral talks.",
            ["held formal bilateral talks"],
        ),
        (["talks"], "Peace-talks stalled; talks resumed.", ["talks"]),
        (
            ["meet", "meeting with"],
            "A meeting with Xi; they meet.",
            ["meeting with", "meet"],
        ),
        (["AS"], "as usual", ["as"]),  # case-insensitive: callers keep acronyms out
        ([", but "], "He came, but left.", [", but "]),
    ],
)
def test_phrase_sets(phrases: list[str], text: str, matched: list[str]) -> None:
    assert [m.group() for m in PhraseSet(phrases).finditer(text)] == matched


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Trump will meet", Modality.PLANNED),
        ("en", "Trump will not meet", Modality.NEGATED),
        ("en", "Trump is expected to meet", Modality.SPECULATED),
        ("en", "Trump not only met", Modality.ASSERTED),
        ("en", "Trump met", Modality.ASSERTED),
        ("id", "belum ada kepastian apakah Prabowo akan bertemu", Modality.SPECULATED),
        ("id", "Modi tidak akan menghadiri", Modality.NEGATED),
        ("id", "Prabowo dijadwalkan bertemu", Modality.PLANNED),
        ("id", "Prabowo tidak hanya bertemu", Modality.ASSERTED),
    ],
)
def test_cue_competition(lang: str, text: str, expected: Modality) -> None:
    lex = load_lexicon(lang)
    assert lex is not None
    assert cue_modality(lex, text, 0, len(text)) is expected


def test_a_cue_covering_the_trigger_counts_but_one_inside_it_does_not() -> None:
    lex = load_lexicon("en")
    assert lex is not None
    flies = "Trump flies to Tokyo"
    assert cue_modality(lex, flies, 0, len(flies), (6, 14)) is Modality.PLANNED
    planned = "the planned visit"
    span = (planned.index("visit"), len(planned))
    assert cue_modality(lex, planned, 0, len(planned), span) is Modality.PLANNED
    # a cue inside a longer trigger ("did not attend") is the trigger's own business
    attend = "he did not attend"
    span = (3, len(attend))
    assert cue_modality(lex, attend, 0, len(attend), span) is Modality.ASSERTED


def test_dates_are_no_cues() -> None:
    events = extract(
        "Xi Jinping attended the military parade in Moscow on 9 May 2025.",
        "en",
        "2025-05-10",
    )
    assert [e.modality for e in events if e.type is EventType.PARADE] == [
        Modality.ASSERTED
    ]


def test_clause_scope_stops_at_breaks_and_closes_relative_clauses() -> None:
    lex = load_lexicon("en")
    assert lex is not None
    text = "Trump, who arrived in Oslo on Tuesday, praised Norway, but Xi stayed home."
    doc = build_document(article(text, "en", "2025-06-12"), lex)
    sentence = doc.sentences[0]
    start = text.index("praised")
    lo, hi = scope(doc, sentence, start, start + 7)
    assert text[lo:hi].strip() == "praised Norway,"
    start = text.index("arrived")
    lo, hi = scope(doc, sentence, start, start + 7)
    assert text[lo:hi].startswith("who arrived")


def _mention(value: str, kind: DateKind) -> DateMention:
    return DateMention(
        start=0,
        end=3,
        text="x",
        value=value,
        precision=date_precision(value),
        relative=kind is not DateKind.ABSOLUTE,
        kind=kind,
    )


def test_dates_compatible_and_future() -> None:
    assert temporal.compatible("2025-09", "2025-09-03")
    assert temporal.compatible(None, "2025")
    assert not temporal.compatible("2024", "2025-01")
    assert temporal.is_future("2026-01", date(2025, 11, 13))
    assert not temporal.is_future("2025-11", date(2025, 11, 13))


def test_planned_weekday_is_the_coming_one() -> None:
    monday = _mention("2025-10-20", DateKind.WEEKDAY)
    assert temporal.upcoming(monday, "2025-10-20", date(2025, 10, 26)) == "2025-10-27"
    dated = _mention("2025-10-20", DateKind.ABSOLUTE)
    assert temporal.upcoming(dated, "2025-10-20", date(2025, 10, 26)) == "2025-10-20"


def test_reports_have_evidence_ids_codes_and_confidence() -> None:
    text = (
        "BEIJING — Xi Jinping met Vladimir Putin on Tuesday. "
        "The talks lasted three hours."
    )
    events = extract(text, "en", "2025-05-08")
    meetings = [e for e in events if e.type is EventType.MEETING]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting.id.startswith("report:")
    assert [ev.sentence for ev in meeting.evidence] == [
        "BEIJING — Xi Jinping met Vladimir Putin on Tuesday.",
        "The talks lasted three hours.",
    ]
    for ev in meeting.evidence:
        assert text[ev.start : ev.end] == ev.sentence
        assert ev.extractor == "rules.meeting.v1"
    assert (meeting.cameo, meeting.plover) == ("040", "CONSULT")
    assert 0.5 < meeting.confidence <= 0.99
    again = extract(text, "en", "2025-05-08")
    assert [e.id for e in again] == [e.id for e in events]  # deterministic


def test_meeting_in_a_third_country_has_its_own_code() -> None:
    events = extract(
        "Donald Trump met Vladimir Putin in Anchorage on Friday. Then Xi Jinping met "
        "Vladimir Putin in Helsinki on Saturday.",
        "en",
        "2025-08-17",
    )
    codes = {
        e.place.name: e.cameo for e in events if e.type is EventType.MEETING and e.place
    }
    assert codes == {"Anchorage": "040", "Helsinki": "044"}


def test_unknown_language_and_empty_text_give_nothing() -> None:
    assert extract("Macron a rencontré Xi à Paris.", "fr", "2025-01-01") == []
    assert extract("   ", "en", "2025-01-01") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "id",
            "JAKARTA, KOMPAS.com - Presiden Prabowo Subianto bertemu Anwar Ibrahim.",
        ),
        ("id", "Jakarta (ANTARA) - Presiden Prabowo Subianto bertemu Anwar Ibrahim."),
        ("id", "TEMPO.CO, Jakarta - Presiden Prabowo Subianto bertemu Anwar Ibrahim."),
        (
            "id",
            "VIVA.co.id, Jakarta - Presiden Prabowo Subianto bertemu Anwar Ibrahim.",
        ),
        ("id", "Jakarta: Presiden Prabowo Subianto bertemu Anwar Ibrahim."),
        ("en", "JAKARTA (Reuters) - Prabowo Subianto met Anwar Ibrahim on Monday."),
        ("en", "JAKARTA — Prabowo Subianto met Anwar Ibrahim on Monday."),
    ],
)
def test_dateline_places_the_story(lang: str, text: str) -> None:
    meetings = [
        e for e in extract(text, lang, "2025-05-20") if e.type is EventType.MEETING
    ]
    assert [e.place.name if e.place else None for e in meetings] == ["Jakarta"]


def test_the_newsroom_of_an_outlet_dateline_is_no_actor() -> None:
    text = (
        "TEMPO.CO, Jakarta - Uni Eropa menjatuhkan sanksi baru terhadap Iran pada "
        "Senin, 14 Oktober 2024."
    )
    sanctions = [
        e for e in extract(text, "id", "2024-10-14") if e.type is EventType.SANCTION
    ]
    assert [sorted(p.actor.name for p in e.participants) for e in sanctions] == [
        ["European Union", "Iran"]
    ]


def test_without_publication_date_only_explicit_dates() -> None:
    text = (
        "Xi Jinping met Vladimir Putin in Moscow on 8 May 2025. "
        "Xi Jinping met Narendra Modi on Friday."
    )
    events = extract_events(Article(id="article:nodate", lang="en", text=text))
    dates = {
        frozenset(p.actor.name for p in e.participants): e.date
        for e in events
        if e.type is EventType.MEETING
    }
    assert dates == {
        frozenset({"Xi Jinping", "Vladimir Putin"}): "2025-05-08",
        frozenset({"Xi Jinping", "Narendra Modi"}): None,
    }
