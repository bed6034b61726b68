"""Builders and named entities for tests; every article here is written for them."""

from __future__ import annotations

from datetime import UTC, datetime

from graph.ids import article_id, report_id
from graph.model import (
    Actor,
    ActorKind,
    Article,
    Event,
    EventType,
    Evidence,
    Modality,
    Participant,
    Place,
    PlaceKind,
    Role,
)

KIM = Actor(
    id="person:kim-jong-un",
    name="Kim Jong Un",
    kind=ActorKind.PERSON,
    aliases=("Kim Jong-un", "Kim"),
    country="country:PRK",
)
PUTIN = Actor(
    id="person:vladimir-putin",
    name="Vladimir Putin",
    kind=ActorKind.PERSON,
    aliases=("Putin", "Владимир Путин"),
    country="country:RUS",
)
XI = Actor(
    id="person:xi-jinping",
    name="Xi Jinping",
    kind=ActorKind.PERSON,
    aliases=("Xi", "习近平"),
    country="country:CHN",
)
LUKASHENKO = Actor(
    id="person:alexander-lukashenko",
    name="Alexander Lukashenko",
    kind=ActorKind.PERSON,
    country="country:BLR",
)
NORTH_KOREA = Actor(
    id="country:PRK",
    name="North Korea",
    kind=ActorKind.COUNTRY,
    aliases=("Korea Utara", "Korut", "DPRK"),
)
RUSSIA = Actor(
    id="country:RUS", name="Russia", kind=ActorKind.COUNTRY, aliases=("Rusia",)
)
CHINA = Actor(
    id="country:CHN",
    name="China",
    kind=ActorKind.COUNTRY,
    aliases=("Tiongkok", "RRT", "中国"),
)
UKRAINE = Actor(
    id="country:UKR", name="Ukraine", kind=ActorKind.COUNTRY, aliases=("Ukraina",)
)

BEIJING = Place(
    id="place:chn-beijing",
    name="Beijing",
    kind=PlaceKind.CITY,
    country="country:CHN",
    lat=39.9075,
    lon=116.39723,
    aliases=("北京", "Peking"),
)
PYONGYANG = Place(
    id="place:prk-pyongyang",
    name="Pyongyang",
    kind=PlaceKind.CITY,
    country="country:PRK",
    lat=39.03385,
    lon=125.75432,
)
KURSK = Place(
    id="place:rus-kursk", name="Kursk", kind=PlaceKind.REGION, country="country:RUS"
)
CHINA_PLACE = Place(
    id="country:CHN", name="China", kind=PlaceKind.COUNTRY, aliases=("Tiongkok",)
)

PUBLISHED = datetime(2025, 9, 3, 11, 14, tzinfo=UTC)


def article(
    text: str,
    *,
    url: str | None = None,
    lang: str = "en",
    title: str | None = "Test article",
) -> Article:
    return Article(
        id=article_id(url=url, text=text),
        url=url,
        title=title,
        published=PUBLISHED,
        lang=lang,
        source="tests",
        text=text,
    )


def report(
    source: Article,
    sentence: str,
    event_type: EventType,
    participants: list[tuple[Actor, Role]],
    *,
    place: Place | None = None,
    date: str | None = None,
    modality: Modality = Modality.ASSERTED,
    confidence: float = 0.8,
) -> Event:
    """One article's report of an event; ``sentence`` must occur in the article."""
    start = source.text.index(sentence)
    people = tuple(Participant(actor=a, role=r) for a, r in participants)
    return Event(
        id=report_id(
            article=source.id,
            event_type=event_type.value,
            participants=[(p.actor.id, p.role.value) for p in people],
            place=place.id if place else None,
            date=date,
            modality=modality.value,
        ),
        type=event_type,
        participants=people,
        place=place,
        date=date,
        modality=modality,
        confidence=confidence,
        evidence=(
            Evidence(
                article_id=source.id,
                sentence=sentence,
                start=start,
                end=start + len(sentence),
                lang=source.lang,
                extractor="tests.v1",
            ),
        ),
    )


def meeting(
    source: Article,
    sentence: str,
    *actors: Actor,
    place: Place | None = None,
    date: str | None = None,
    modality: Modality = Modality.ASSERTED,
) -> Event:
    return report(
        source,
        sentence,
        EventType.MEETING,
        [(a, Role.PARTICIPANT) for a in actors],
        place=place,
        date=date,
        modality=modality,
    )
