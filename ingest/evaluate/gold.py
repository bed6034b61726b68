"""The gold annotation file: one JSON object per article, read into pydantic models.

The format is described in the corpus README (``corpus/README.md``). Loading is strict:
an unknown key, an unknown event type, role or modality, or a malformed date stops the
load with an error naming the file and line, so a typo in the gold never silently
changes a score.

This module imports ``graph.model`` and ``ingest.errors``; it must not import ``api``.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from graph.model import EventType, Modality, PartialDate, Role
from ingest.errors import SourceError

__all__ = ["GoldDoc", "GoldError", "GoldEvent", "load_gold"]

logger = logging.getLogger(__name__)


class GoldError(SourceError):
    """The gold file is missing or a line of it is malformed."""


class GoldEvent(BaseModel):
    """One event an article states, as annotated.

    ``participants`` are canonical English names; ``roles`` name the holder of each
    directed role and may name an actor that is not a participant (a parade's host
    country, a deployment's adversary).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: EventType
    participants: tuple[str, ...] = Field(min_length=1)
    roles: dict[Role, str] = Field(default_factory=dict)
    place: str | None = None
    date: PartialDate | None = None
    modality: Modality


class GoldDoc(BaseModel):
    """The gold events of one article; ``doc`` is relative to the corpus folder."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc: str = Field(min_length=1)
    lang: str = Field(min_length=2, max_length=3)
    published: date | None = None
    events: tuple[GoldEvent, ...] = ()


def _describe(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(step) for step in error["loc"]) or "(line)"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts)


def load_gold(path: Path) -> list[GoldDoc]:
    """Read a gold JSONL file; blank lines are skipped.

    Args:
        path: the gold file, one JSON object per article.

    Returns:
        The annotated articles in file order.

    Raises:
        GoldError: the file cannot be read, a line is not JSON or does not fit the
            format, or two lines annotate the same article; the message says
            ``file:line``.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read gold file: {exc}") from exc
    docs: list[GoldDoc] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = GoldDoc.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{number}: not JSON: {exc.msg}") from exc
        except ValidationError as exc:
            raise GoldError(f"{path}:{number}: {_describe(exc)}") from exc
        if doc.doc in seen:
            raise GoldError(
                f"{path}:{number}: {doc.doc} is already annotated on line "
                f"{seen[doc.doc]}"
            )
        seen[doc.doc] = number
        docs.append(doc)
    logger.info(
        "gold: %d articles, %d events from %s",
        len(docs),
        sum(len(d.events) for d in docs),
        path,
    )
    return docs
