"""Wire-only shapes of the REST API and of ``diplograph extract --json``.

Domain models (``graph.model``) stay the spine; these flatten them for clients: actor
references carry id, name, kind and role; evidence carries its article's title and URL
where the caller has them.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from graph.model import Actor, Article, Event, Evidence, Place
from graph.store import EventPage

__all__ = [
    "ActorOut",
    "ArticleOut",
    "ErrorOut",
    "EventOut",
    "EventPageOut",
    "EvidenceOut",
    "ExtractOut",
    "ExtractedEventOut",
    "HealthOut",
    "IngestIn",
    "IngestOut",
    "ParticipantOut",
    "PlaceOut",
    "SkippedOut",
]


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class ParticipantOut(_Out):
    id: str
    name: str
    kind: str
    role: str


class PlaceOut(_Out):
    id: str
    name: str
    kind: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    @classmethod
    def of(cls, place: Place) -> PlaceOut:
        return cls(
            id=place.id,
            name=place.name,
            kind=place.kind.value,
            country=place.country,
            lat=place.lat,
            lon=place.lon,
        )


class EvidenceOut(_Out):
    article_id: str
    sentence: str
    start: int
    end: int
    lang: str
    extractor: str

    @classmethod
    def of(cls, ev: Evidence) -> EvidenceOut:
        return cls(**ev.model_dump())


class EventOut(_Out):
    id: str
    type: str
    participants: list[ParticipantOut]
    place: PlaceOut | None
    date: str | None
    date_precision: str | None
    modality: str
    confidence: float
    cameo: str | None = None
    plover: str | None = None
    evidence: list[EvidenceOut]
    reports: list[str] = Field(default_factory=list)

    @classmethod
    def of(cls, event: Event) -> EventOut:
        return cls(
            id=event.id,
            type=event.type.value,
            participants=[
                ParticipantOut(
                    id=p.actor.id,
                    name=p.actor.name,
                    kind=p.actor.kind.value,
                    role=p.role.value,
                )
                for p in event.participants
            ],
            place=PlaceOut.of(event.place) if event.place else None,
            date=event.date,
            date_precision=event.date_precision.value if event.date_precision else None,
            modality=event.modality.value,
            confidence=event.confidence,
            cameo=event.cameo,
            plover=event.plover,
            evidence=[EvidenceOut.of(e) for e in event.evidence],
            reports=list(event.reports),
        )


class EventPageOut(_Out):
    items: list[EventOut]
    total: int
    limit: int
    offset: int

    @classmethod
    def of(cls, page: EventPage) -> EventPageOut:
        return cls(
            items=[EventOut.of(e) for e in page.items],
            total=page.total,
            limit=page.limit,
            offset=page.offset,
        )


class ActorOut(_Out):
    id: str
    name: str
    kind: str
    aliases: list[str]
    country: str | None = None
    qid: str | None = None

    @classmethod
    def of(cls, actor: Actor) -> ActorOut:
        return cls(
            id=actor.id,
            name=actor.name,
            kind=actor.kind.value,
            aliases=list(actor.aliases),
            country=actor.country,
            qid=actor.qid,
        )


class ArticleOut(_Out):
    id: str
    title: str | None
    url: str | None
    published: datetime | None
    lang: str

    @classmethod
    def of(cls, article: Article) -> ArticleOut:
        return cls(
            id=article.id,
            title=article.title,
            url=article.url,
            published=article.published,
            lang=article.lang,
        )


class HealthOut(_Out):
    status: str
    backend: str
    events: int | None = None
    detail: str | None = None


# -- diplograph extract --json: the exact shape promised in the CLI contract ----------


class _ExtractParticipant(_Out):
    id: str
    name: str
    role: str


class _ExtractPlace(_Out):
    id: str
    name: str


class _ExtractEvidence(_Out):
    sentence: str
    start: int
    end: int


class ExtractedEventOut(_Out):
    id: str
    type: str
    participants: list[_ExtractParticipant]
    place: _ExtractPlace | None
    date: str | None
    date_precision: str | None
    modality: str
    confidence: float
    evidence: list[_ExtractEvidence]

    @classmethod
    def of(cls, event: Event) -> ExtractedEventOut:
        return cls(
            id=event.id,
            type=event.type.value,
            participants=[
                _ExtractParticipant(id=p.actor.id, name=p.actor.name, role=p.role.value)
                for p in event.participants
            ],
            place=_ExtractPlace(id=event.place.id, name=event.place.name)
            if event.place
            else None,
            date=event.date,
            date_precision=event.date_precision.value if event.date_precision else None,
            modality=event.modality.value,
            confidence=event.confidence,
            evidence=[
                _ExtractEvidence(sentence=e.sentence, start=e.start, end=e.end)
                for e in event.evidence
            ],
        )


class ExtractOut(_Out):
    article: ArticleOut
    events: list[ExtractedEventOut]


class IngestIn(BaseModel):
    """One article posted to ``POST /ingest``: its body plus optional metadata."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=1_000_000)
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=4000)
    published: datetime | None = None
    lang: str | None = Field(default=None, min_length=2, max_length=3)
    source: str | None = Field(default=None, max_length=200)


class ErrorOut(_Out):
    """Every error response: a machine code and a human message (or a list of them)."""

    error: str
    detail: str | list[dict[str, object]]


class SkippedOut(_Out):
    source: str
    reason: str


class IngestOut(_Out):
    articles: int
    reports: int
    events_created: int
    events_removed: int
    skipped: list[SkippedOut]
