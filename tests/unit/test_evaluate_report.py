"""Gold loading, the ``evaluate`` run over a small corpus of our own, and its views."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from graph.model import ActorKind, Event, EventType, Modality, Role
from ingest.errors import ExtractionError
from ingest.evaluate import (
    EvalReport,
    GoldError,
    evaluate,
    gazetteer_names,
    load_gold,
    render_misses,
    render_table,
)
from tests.factories import BEIJING, KIM, PUTIN, PYONGYANG, XI
from tests.unit.test_evaluate import NAMES, event

M = EventType.MEETING

LINE = {
    "doc": "dev/a.txt",
    "lang": "en",
    "published": "2025-09-03",
    "events": [
        {
            "type": "MEETING",
            "participants": ["Kim Jong Un", "Vladimir Putin"],
            "roles": {},
            "place": "Beijing",
            "date": "2025-09-03",
            "modality": "asserted",
        }
    ],
}


def write_gold(path: Path, *lines: object) -> Path:
    path.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
        encoding="utf-8",
    )
    return path


# -- load_gold -----------------------------------------------------------------------


def test_load_gold_reads_lines_and_skips_blank_ones(tmp_path: Path) -> None:
    other = {**LINE, "doc": "dev/b.txt", "lang": "id", "events": []}
    docs = load_gold(write_gold(tmp_path / "g.jsonl", LINE, "", other))
    assert [d.doc for d in docs] == ["dev/a.txt", "dev/b.txt"]
    (met,) = docs[0].events
    assert met.type is M
    assert met.modality is Modality.ASSERTED
    assert met.participants == ("Kim Jong Un", "Vladimir Putin")


def _with_event(**change: object) -> dict[str, object]:
    return {**LINE, "events": [{**LINE["events"][0], **change}]}  # type: ignore[dict-item]


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        ("{not json", "not JSON"),
        (_with_event(type="HANDSHAKE"), "events.0.type"),
        (_with_event(date="2025-13"), "events.0.date"),
        (_with_event(modality="rumoured"), "events.0.modality"),
        (_with_event(roles={"visitor": "Kim Jong Un", "guest": "X"}), "roles"),
        (_with_event(participants=[]), "events.0.participants"),
        (_with_event(colour="red"), "events.0.colour"),
        ({**LINE, "doc": "dev/a.txt"}, "already annotated on line 1"),
    ],
)
def test_load_gold_names_file_and_line(tmp_path: Path, bad: object, says: str) -> None:
    path = write_gold(tmp_path / "g.jsonl", LINE, "", bad)
    with pytest.raises(GoldError, match=rf"g\.jsonl:3: .*{says}"):
        load_gold(path)


def test_load_gold_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="cannot read"):
        load_gold(tmp_path / "absent.jsonl")


# -- evaluate ------------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "a.txt").write_text("Kim met Putin in Beijing.\n")
    (tmp_path / "dev" / "b.txt").write_text("Xi akan berkunjung ke Pyongyang.\n")
    b = {
        "doc": "dev/b.txt",
        "lang": "id",
        "events": [
            {
                "type": "VISIT",
                "participants": ["Xi Jinping", "North Korea"],
                "roles": {"visitor": "Xi Jinping", "host": "North Korea"},
                "place": "Pyongyang",
                "date": None,
                "modality": "planned",
            }
        ],
    }
    write_gold(tmp_path / "gold.jsonl", LINE, b)
    return tmp_path


def fake_extractor(corpus: Path) -> dict[Path, list[Event]]:
    return {
        corpus / "dev" / "a.txt": [
            event(M, KIM, PUTIN, place=BEIJING, date="2025-09-03"),
            event(M, XI, PUTIN, place=BEIJING),  # false
        ],
        # The planned visit reported as a fact: a miss, a false event, an overclaim.
        corpus / "dev" / "b.txt": [
            event(EventType.VISIT, (XI, Role.VISITOR), place=PYONGYANG),
        ],
    }


def test_evaluate_scores_every_figure(corpus: Path) -> None:
    output = fake_extractor(corpus)
    report = evaluate(corpus / "gold.jsonl", corpus, output.__getitem__, NAMES)
    assert report.articles == 2
    overall = report.all_modalities.overall
    assert (overall.gold, overall.predicted, overall.matched) == (2, 3, 1)
    asserted = report.asserted.overall
    assert (asserted.gold, asserted.predicted, asserted.matched) == (1, 3, 1)
    assert report.asserted.by_lang["id"].predicted == 1
    assert report.asserted.by_lang["id"].f1 == 0.0
    assert report.core_four_asserted_by_lang["en"].precision == 0.5
    assert report.core_four_asserted_by_lang["id"].f1 == 1.0  # no core events there
    assert report.asserted_overclaims == 1
    by_doc = {r.doc: r for r in report.docs}
    assert len(by_doc["dev/a.txt"].false_events) == 1
    assert by_doc["dev/b.txt"].misses[0].closest is not None


def test_evaluate_times_only_the_extractor(corpus: Path) -> None:
    output = fake_extractor(corpus)

    def slow(path: Path) -> list[Event]:
        time.sleep(0.05)
        return output[path]

    report = evaluate(corpus / "gold.jsonl", corpus, slow, NAMES)
    assert report.extract_seconds >= 0.1
    assert report.articles_per_second is not None
    assert report.articles_per_second <= 2 / 0.1
    assert all(r.seconds >= 0.05 for r in report.docs)


def test_report_round_trips_through_json(corpus: Path) -> None:
    report = evaluate(
        corpus / "gold.jsonl", corpus, fake_extractor(corpus).__getitem__, NAMES
    )
    data = json.loads(report.model_dump_json())
    assert data["asserted"]["overall"]["precision"] == pytest.approx(1 / 3)
    assert data["asserted_overclaims"] == 1
    assert EvalReport.model_validate(data) == report


def test_evaluate_refuses_missing_articles(corpus: Path) -> None:
    (corpus / "dev" / "b.txt").unlink()
    with pytest.raises(GoldError, match=r"dev/b\.txt"):
        evaluate(corpus / "gold.jsonl", corpus, lambda _: [], NAMES)


def test_extractor_failure_names_the_article(corpus: Path) -> None:
    def broken(path: Path) -> list[Event]:
        raise ValueError("no sentences")

    with pytest.raises(ExtractionError, match=r"a\.txt: extractor failed: no sent"):
        evaluate(corpus / "gold.jsonl", corpus, broken, NAMES)


# -- views ---------------------------------------------------------------------------


def test_render_table_shows_both_figures_core_four_and_overclaims(
    corpus: Path,
) -> None:
    report = evaluate(
        corpus / "gold.jsonl", corpus, fake_extractor(corpus).__getitem__, NAMES
    )
    text = render_table(report)
    assert "asserted: asserted gold vs asserted predictions" in text
    assert "all: every event, modality must agree" in text
    assert "core four" in text
    assert "non-asserted gold events reported as asserted: 1 (must be 0)" in text
    assert "articles/s" in text
    meeting_row = next(r for r in text.splitlines() if r.split()[:1] == ["MEETING"])
    # asserted: gold 1, pred 2, match 1, P .5, R 1, F1 .667; all: the same
    assert meeting_row.split()[1:7] == ["1", "2", "1", "0.500", "1.000", "0.667"]
    overall = next(
        line for line in text.splitlines() if line.strip().startswith("overall")
    )
    assert overall.split()[1:4] == ["1", "3", "1"]


def test_render_misses_lists_misses_false_events_and_overclaims(
    corpus: Path,
) -> None:
    report = evaluate(
        corpus / "gold.jsonl", corpus, fake_extractor(corpus).__getitem__, NAMES
    )
    text = render_misses(report)
    assert "dev/b.txt (id): 1 missed, 1 false, 1 overclaimed" in text
    assert "MISS  VISIT Xi Jinping + North Korea" in text
    assert "fails modality" in text
    assert "FALSE MEETING Xi Jinping/participant + Vladimir Putin/participant" in text
    assert "OVERCLAIM gold VISIT" in text
    assert "dev/a.txt (en): 0 missed, 1 false" in text


def test_render_misses_when_all_is_well(corpus: Path) -> None:
    perfect = {
        corpus / "dev" / "a.txt": [
            event(M, KIM, PUTIN, place=BEIJING, date="2025-09-03")
        ],
        corpus / "dev" / "b.txt": [
            event(
                EventType.VISIT, (XI, Role.VISITOR), place=PYONGYANG,
                modality=Modality.PLANNED,
            )
        ],
    }  # fmt: skip
    report = evaluate(corpus / "gold.jsonl", corpus, perfect.__getitem__, NAMES)
    assert report.all_modalities.overall.f1 == 1.0
    assert render_misses(report).startswith("no misses")


# -- the gazetteer-backed index ------------------------------------------------------


def test_gazetteer_names_reads_people_countries_and_places() -> None:
    names = gazetteer_names()
    assert names.kind("Vladimir Putin") is ActorKind.PERSON
    assert names.kind("north korea") is ActorKind.COUNTRY
    assert "country:PRK" in names.ids("North Korea")
    assert any(i.startswith("place:") for i in names.ids("Pyongyang"))
    assert names.ids("Xyzzy Quux") == set()
