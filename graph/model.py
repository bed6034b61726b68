"""Domain types: the spine every layer passes along.

Ingest produces these models, stores persist them, queries return them, and the API,
CLI and RDF export render them. They are frozen pydantic models that forbid unknown
fields, so a typo in a producer fails loudly instead of silently dropping data.

This module must not import anything from ``api`` or ``ingest``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    computed_field,
    field_validator,
    model_validator,
)

__all__ = [
    "DIRECTED_AGENT_ROLES",
    "Actor",
    "ActorKind",
    "Article",
    "DatePrecision",
    "Event",
    "EventQuery",
    "EventType",
    "Evidence",
    "Modality",
    "PartialDate",
    "Participant",
    "Place",
    "PlaceKind",
    "Role",
    "check_partial_date",
    "date_bounds",
    "date_precision",
]


class EventType(StrEnum):
    """What happened. The first four are the core the service exists for."""

    MEETING = "MEETING"
    PARADE = "PARADE"
    ALLIANCE = "ALLIANCE"
    TROOP_DEPLOYMENT = "TROOP_DEPLOYMENT"
    VISIT = "VISIT"
    STATEMENT = "STATEMENT"
    INVITATION = "INVITATION"
    SANCTION = "SANCTION"


class Modality(StrEnum):
    """How the source states the event. Only ``asserted`` events are facts."""

    ASSERTED = "asserted"
    PLANNED = "planned"
    SPECULATED = "speculated"
    NEGATED = "negated"


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class ActorKind(StrEnum):
    PERSON = "person"
    COUNTRY = "country"
    ORGANIZATION = "organization"


class PlaceKind(StrEnum):
    CITY = "city"
    REGION = "region"
    COUNTRY = "country"
    VENUE = "venue"


class Role(StrEnum):
    """A participant's role. Symmetric events use ``participant`` or ``party``."""

    PARTICIPANT = "participant"
    PARTY = "party"
    HOST = "host"
    ATTENDEE = "attendee"
    SENDER = "sender"
    RECIPIENT = "recipient"
    AGAINST = "against"
    VISITOR = "visitor"
    SPEAKER = "speaker"
    ADDRESSEE = "addressee"
    INVITER = "inviter"
    INVITEE = "invitee"
    IMPOSER = "imposer"
    TARGET = "target"


#: For directed event types, the role whose holder performs the action.
DIRECTED_AGENT_ROLES: dict[EventType, Role] = {
    EventType.TROOP_DEPLOYMENT: Role.SENDER,
    EventType.VISIT: Role.VISITOR,
    EventType.STATEMENT: Role.SPEAKER,
    EventType.INVITATION: Role.INVITER,
    EventType.SANCTION: Role.IMPOSER,
}

_PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_ID = re.compile(r"^[a-z]+:[A-Za-z0-9][A-Za-z0-9._\-]*$")


def check_partial_date(value: str) -> str:
    if not _PARTIAL_DATE.match(value):
        raise ValueError(f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    if len(value) == 10:
        date.fromisoformat(value)  # rejects 2025-02-30
    return value


def _canonical_aliases(value: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({a.strip() for a in value if a.strip()}))


def _check_id(value: str) -> str:
    if not _ID.match(value):
        raise ValueError(f"ids look like 'kind:slug', got {value!r}")
    return value


#: An ISO date at day, month or year precision: ``2025-09-03``, ``2025-09``, ``2025``.
PartialDate = Annotated[str, AfterValidator(check_partial_date)]
EntityId = Annotated[str, AfterValidator(_check_id)]
#: Other names, in any language; kept sorted and unique so stores round-trip them.
Aliases = Annotated[tuple[str, ...], AfterValidator(_canonical_aliases)]


def date_precision(value: str) -> DatePrecision:
    """Precision of a partial ISO date.

    Examples:
        >>> date_precision("2025-09")
        <DatePrecision.MONTH: 'month'>
    """
    return {4: DatePrecision.YEAR, 7: DatePrecision.MONTH}.get(
        len(value), DatePrecision.DAY
    )


def date_bounds(value: str) -> tuple[date, date]:
    """First and last calendar day covered by a partial ISO date.

    Examples:
        >>> date_bounds("2024-02")
        (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    year = int(value[:4])
    if len(value) == 4:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(value[5:7])
    if len(value) == 7:
        return date(year, month, 1), date(
            year, month, calendar.monthrange(year, month)[1]
        )
    day = date.fromisoformat(value)
    return day, day


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Actor(_Frozen):
    """A person, country or organisation that takes part in events.

    Countries use ISO 3166-1 alpha-3 ids (``country:PRK``); people and organisations
    use stable slugs (``person:kim-jong-un``, ``org:nato``).
    """

    id: EntityId
    name: str = Field(min_length=1)
    kind: ActorKind
    aliases: Aliases = ()
    country: str | None = Field(
        default=None, description="home country id, e.g. country:PRK"
    )
    qid: str | None = Field(default=None, pattern=r"^Q\d+$")


class Place(_Frozen):
    """Where an event happened. A country place shares its id with the country actor."""

    id: EntityId
    name: str = Field(min_length=1)
    kind: PlaceKind
    country: str | None = Field(
        default=None, description="country id, e.g. country:CHN"
    )
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    aliases: Aliases = ()


class Article(_Frozen):
    """A news article. ``text`` is the body that evidence offsets point into."""

    id: EntityId
    url: str | None = None
    title: str | None = None
    published: datetime | None = None
    lang: str = Field(min_length=2, max_length=3)
    source: str | None = None
    text: str = ""


class Evidence(_Frozen):
    """One sentence that states an event: ``article.text[start:end] == sentence``."""

    article_id: EntityId
    sentence: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    lang: str = Field(min_length=2, max_length=3)
    extractor: str = "unknown"

    @model_validator(mode="after")
    def _span_is_ordered(self) -> Evidence:
        if self.end <= self.start:
            raise ValueError("evidence end must be after start")
        return self


class Participant(_Frozen):
    actor: Actor
    role: Role


class Event(_Frozen):
    """Something that happened (or was planned, speculated, denied), with its sources.

    An event as first extracted carries the evidence of one article (a *report*); the
    store merges reports of the same real event into one event with all their evidence.
    """

    id: EntityId
    type: EventType
    participants: tuple[Participant, ...] = Field(min_length=1)
    place: Place | None = None
    date: PartialDate | None = None
    modality: Modality = Modality.ASSERTED
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    evidence: tuple[Evidence, ...] = Field(min_length=1)
    cameo: str | None = None
    plover: str | None = None
    reports: tuple[str, ...] = Field(
        default=(),
        description="ids of the per-article reports merged into this event",
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def date_precision(self) -> DatePrecision | None:
        return date_precision(self.date) if self.date else None

    def actor_ids(self, role: Role | None = None) -> tuple[str, ...]:
        """Participant actor ids, optionally only those with ``role``."""
        return tuple(p.actor.id for p in self.participants if role in (None, p.role))

    @field_validator("participants")
    @classmethod
    def _unique_participants(
        cls, value: tuple[Participant, ...]
    ) -> tuple[Participant, ...]:
        seen = {(p.actor.id, p.role) for p in value}
        if len(seen) != len(value):
            raise ValueError("the same actor appears twice with the same role")
        return value

    @model_validator(mode="before")
    @classmethod
    def _drop_computed(cls, data: object) -> object:
        # A dumped event carries its computed date_precision; accept it back.
        if isinstance(data, dict) and "date_precision" in data:
            data = {k: v for k, v in data.items() if k != "date_precision"}
        return data


class EventQuery(_Frozen):
    """Filters shared by every store. ``actors`` and ``place`` take ids or names.

    Every actor in ``actors`` must take part (two actors ask how they are related).
    Dates filter by overlap: an event dated ``2025-09`` matches
    ``date_from=2025-09-03``.
    """

    types: tuple[EventType, ...] = ()
    actors: tuple[str, ...] = ()
    place: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    modalities: tuple[Modality, ...] = ()
    limit: int = Field(default=50, ge=1, le=1000)
    offset: int = Field(default=0, ge=0)

    @model_validator(mode="after")
    def _ordered_range(self) -> EventQuery:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from is after date_to")
        return self
