"""``diplograph extract`` and ``diplograph eval``: the extractor without the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from api.cli.app import app, console, fail
from api.schemas import ArticleOut, ExtractedEventOut, ExtractOut
from graph.model import Event
from ingest.evaluate import evaluate, render_misses, render_table
from ingest.pipeline import OnError, Skipped, extract, read_paths
from ingest.sources import load_file


@app.command("extract")
def extract_command(
    path: Annotated[
        Path, typer.Argument(help="an article file (text, HTML, JSONL, feed)")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="print the JSON contract shape")
    ] = False,
) -> None:
    """Extract events from an article and print them; nothing is stored."""
    if not path.exists():
        raise fail(f"no such file: {path}")
    outputs = []
    for item in read_paths([path], OnError.SKIP):
        if isinstance(item, Skipped):
            raise fail(f"cannot read {item.source}: {item.reason}")
        result = extract(item)
        outputs.append(
            ExtractOut(
                article=ArticleOut.of(result.article),
                events=[ExtractedEventOut.of(e) for e in result.events],
            )
        )
    if not outputs:
        raise fail(f"no article in {path}")
    if as_json:
        if len(outputs) == 1:
            typer.echo(outputs[0].model_dump_json(indent=2))
        else:  # several articles (JSONL, feeds): one JSON object per line
            for out in outputs:
                typer.echo(out.model_dump_json())
        return
    for out in outputs:
        console.print(
            f"[bold]{out.article.title or out.article.id}[/] ({out.article.lang})"
        )
        for e in out.events:
            who = ", ".join(f"{p.name}/{p.role}" for p in e.participants)
            where = e.place.name if e.place else "-"
            console.print(
                f"  {e.type:<16} {e.modality:<10} {e.date or '-':<10} "
                f"{where:<14} {who}",
                highlight=False,
            )


def _extract_file(path: Path) -> list[Event]:
    return [e for record in load_file(path) for e in extract(record.article).events]


@app.command("eval")
def eval_command(
    gold: Annotated[
        Path, typer.Option(help="gold.jsonl with the events each article states")
    ],
    corpus: Annotated[
        Path, typer.Option(help="folder the gold's doc paths are relative to")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="print the full report as JSON")
    ] = False,
    show: Annotated[
        bool, typer.Option("--show", help="list misses and false events")
    ] = False,
) -> None:
    """Precision, recall and F1 of the extractor against gold annotations."""
    if not gold.is_file():
        raise fail(f"no such gold file: {gold}")
    if not corpus.is_dir():
        raise fail(f"no such corpus folder: {corpus}")
    report = evaluate(gold, corpus, _extract_file)
    if as_json:
        typer.echo(report.model_dump_json(indent=2))
        return
    typer.echo(render_table(report))
    if show:
        typer.echo(render_misses(report))
