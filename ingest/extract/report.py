"""Candidates become event reports: frozen ``graph.model.Event`` with evidence and ids.

Each report carries one :class:`~graph.model.Evidence` per supporting sentence (exact
text and character offsets into ``article.text``), a deterministic id from
``graph.ids.report_id`` (article, type, participants with roles, place, date,
modality), CAMEO/PLOVER codes and a confidence:

    confidence = 0.35 + 0.30 * trigger strength + 0.20 * completeness
                 + 0.10 * (several evidence sentences) - 0.10 * (far arguments)
                 - 0.10 * (only presupposed: "after the talks")

where trigger strength is 1.0 for verbs, 0.8 for event nouns, 0.7 for attendance
verbs and 0.5 otherwise; completeness is the share of place and date present; far
arguments are more than 120 characters from the trigger. Clipped to [0.05, 0.99].

This module must not import ``api``.
"""

from __future__ import annotations

from graph.ids import report_id
from graph.model import Event, Evidence, Participant
from ingest.extract.candidate import Candidate
from ingest.extract.codes import codes
from ingest.extract.document import Doc

__all__ = ["EXTRACTOR_VERSION", "confidence", "to_event"]

EXTRACTOR_VERSION = "v1"
_FAR = 120


def confidence(cand: Candidate) -> float:
    """The documented score above."""
    complete = ((cand.place is not None) + (cand.date is not None)) / 2
    score = (
        0.35
        + 0.30 * cand.trigger.strength
        + 0.20 * complete
        + (0.10 if len(cand.sentences) > 1 else 0.0)
        - (0.10 if cand.distance > _FAR else 0.0)
        - (0.10 if cand.anchored else 0.0)
    )
    return round(min(0.99, max(0.05, score)), 2)


def extractor_name(cand: Candidate) -> str:
    return f"rules.{cand.type.value.lower()}.{EXTRACTOR_VERSION}"


def to_event(doc: Doc, cand: Candidate) -> Event:
    """The frozen report of ``cand`` (see the module docstring)."""
    article = doc.article
    participants: list[Participant] = []
    seen: set[tuple[str, str]] = set()
    for ent, role in cand.roles:
        if ent.actor is None or (ent.actor.id, role.value) in seen:
            continue
        seen.add((ent.actor.id, role.value))
        participants.append(Participant(actor=ent.actor, role=role))
    name = extractor_name(cand)
    evidence = tuple(
        Evidence(
            article_id=article.id,
            sentence=doc.sentences[i].text,
            start=doc.sentences[i].start,
            end=doc.sentences[i].end,
            lang=doc.lang,
            extractor=name,
        )
        for i in sorted(set(cand.sentences))
    )
    cameo, plover = codes(cand)
    rid = report_id(
        article=article.id,
        event_type=cand.type.value,
        participants=[(p.actor.id, p.role.value) for p in participants],
        place=cand.place.id if cand.place else None,
        date=cand.date,
        modality=cand.modality.value,
    )
    return Event(
        id=rid,
        type=cand.type,
        participants=tuple(participants),
        place=cand.place,
        date=cand.date,
        modality=cand.modality,
        confidence=confidence(cand),
        evidence=evidence,
        cameo=cameo,
        plover=plover,
    )
