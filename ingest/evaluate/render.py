"""Plain-text views of an ``EvalReport``: the score table and the ``--show`` listing.

Both return strings (no colour, no terminal needed), so the CLI can print them and
tests can read them. This module imports ``rich`` and sibling modules; it must not
import ``api``.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.table import Table

from ingest.evaluate.gold import GoldEvent
from ingest.evaluate.report import DocResult, EvalReport, EventView
from ingest.evaluate.scores import Counts

__all__ = ["render_misses", "render_table"]

_WIDTH = 160  # wide enough that rich never squeezes a column
_SENTENCE = 110


def _text(*parts: Table | str) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=_WIDTH, color_system=None, force_terminal=False
    )
    for part in parts:
        console.print(part)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def _cells(counts: Counts) -> list[str]:
    numbers = [str(counts.gold), str(counts.predicted), str(counts.matched)]
    if counts.gold == 0 and counts.predicted == 0:
        return [*numbers, "-", "-", "-"]
    ratios = (counts.precision, counts.recall, counts.f1)
    return numbers + [f"{value:.3f}" for value in ratios]


def _columns(table: Table, group: str = "") -> None:
    for name in ("gold", "pred", "match", "P", "R", "F1"):
        header = f"{group}\n{name}" if group and name == "gold" else name
        table.add_column(header, justify="right", no_wrap=True)


def _table() -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("", no_wrap=True, min_width=len("TROOP_DEPLOYMENT"))
    return table


def _scores_table(report: EvalReport) -> Table:
    table = _table()
    _columns(table, "asserted")
    _columns(table, "all")
    primary, full = report.asserted, report.all_modalities
    for event_type, counts in primary.by_type.items():
        table.add_row(
            event_type.value,
            *_cells(counts),
            *_cells(full.by_type.get(event_type, Counts())),
        )
    table.add_section()
    for lang, counts in primary.by_lang.items():
        table.add_row(
            f"lang {lang}", *_cells(counts), *_cells(full.by_lang.get(lang, Counts()))
        )
    table.add_section()
    table.add_row("overall", *_cells(primary.overall), *_cells(full.overall))
    return table


def _core_table(report: EvalReport) -> Table:
    table = _table()
    _columns(table, "core four")
    for lang, counts in report.core_four_asserted_by_lang.items():
        table.add_row(f"lang {lang}", *_cells(counts))
    table.add_section()
    table.add_row("overall", *_cells(report.core_four_asserted))
    return table


def render_table(report: EvalReport) -> str:
    """The score table: both figures by type, language and overall, then the
    core-four figure per language, the overclaim line and the throughput."""
    speed = (
        f"{report.articles_per_second:.1f} articles/s"
        if report.articles_per_second is not None
        else "n/a articles/s"
    )
    header = (
        f"{report.articles} articles from {report.gold_path}; extraction "
        f"{report.extract_seconds:.3f} s, {speed}"
    )
    overclaims = (
        "non-asserted gold events reported as asserted: "
        f"{report.asserted_overclaims} (must be 0)"
    )
    legend = (
        "asserted: asserted gold vs asserted predictions (the primary figure)\n"
        "all: every event, modality must agree\n"
        "core four: MEETING, PARADE, ALLIANCE, TROOP_DEPLOYMENT, asserted"
    )
    return _text(header, legend, _scores_table(report), _core_table(report), overclaims)


def _gold(event: GoldEvent) -> str:
    roles = ", ".join(f"{role.value}={name}" for role, name in event.roles.items())
    return " ".join(
        part
        for part in (
            event.type.value,
            " + ".join(event.participants),
            f"[{roles}]" if roles else "",
            f"@ {event.place}" if event.place else "",
            event.date or "",
            f"({event.modality.value})",
        )
        if part
    )


def _predicted(view: EventView) -> str:
    actors = " + ".join(f"{p.name}/{p.role.value}" for p in view.participants)
    return " ".join(
        part
        for part in (
            view.type.value,
            actors,
            f"@ {view.place}" if view.place else "",
            view.date or "",
            f"({view.modality.value})",
        )
        if part
    )


def _quote(view: EventView) -> str:
    sentence = " ".join((view.sentence or "").split())
    if len(sentence) > _SENTENCE:
        sentence = sentence[: _SENTENCE - 3] + "..."
    return f'        "{sentence}"' if sentence else ""


def _doc_lines(result: DocResult) -> list[str]:
    lines = [
        f"{result.doc} ({result.lang}): {len(result.misses)} missed, "
        f"{len(result.false_events)} false, {len(result.overclaims)} overclaimed"
    ]
    for miss in result.misses:
        lines.append(f"  MISS  {_gold(miss.gold)}")
        if miss.closest is None:
            lines.append("        no predicted event of this type")
        else:
            failed = ", ".join(clause.value for clause in miss.failed)
            lines.append(f"        closest: {_predicted(miss.closest)}; fails {failed}")
    for view in result.false_events:
        lines += [f"  FALSE {_predicted(view)}", _quote(view)]
    for claim in result.overclaims:
        lines += [
            f"  OVERCLAIM gold {_gold(claim.gold)}",
            f"        reported as {_predicted(claim.predicted)}",
        ]
    return [line for line in lines if line]


def render_misses(report: EvalReport) -> str:
    """Per article: gold events missed (with the closest prediction and the clauses
    it fails), false events (with their sentence) and overclaims, under the
    all-modalities matching. Articles scored perfectly are left out."""
    lines: list[str] = []
    for result in report.docs:
        if result.misses or result.false_events or result.overclaims:
            lines += [*_doc_lines(result), ""]
    return "\n".join(lines) if lines else "no misses, no false events\n"
