"""The contract every GraphStore passes: the same assertions on every backend."""

from __future__ import annotations

from datetime import date

import pytest

from graph.errors import ActorNotFound, ArticleNotFound, EventNotFound, PlaceNotFound
from graph.model import EventQuery, EventType, Modality, Role
from graph.store import ActorPath, ActorQuery, GraphStore, UpsertResult
from tests.factories import (
    BEIJING,
    CHINA,
    KIM,
    KURSK,
    LUKASHENKO,
    NORTH_KOREA,
    PUTIN,
    PYONGYANG,
    RUSSIA,
    UKRAINE,
    XI,
    article,
    meeting,
    report,
)

EN = article(
    "Kim Jong Un met Vladimir Putin in Beijing on Wednesday. "
    "Earlier, Kim, Putin and Xi Jinping watched a parade together. "
    "North Korea sent troops to Kursk to help Russia against Ukraine."
)
ID = article(
    "Kim Jong Un bertemu Vladimir Putin di Beijing pada Rabu (3/9/2025). "
    "Kim juga bertemu Alexander Lukashenko.",
    lang="id",
)


def _meet_en() -> list:
    return [
        meeting(
            EN,
            "Kim Jong Un met Vladimir Putin in Beijing on Wednesday.",
            KIM,
            PUTIN,
            place=BEIJING,
            date="2025-09-03",
        )
    ]


def _all_en() -> list:
    return [
        *_meet_en(),
        report(
            EN,
            "Earlier, Kim, Putin and Xi Jinping watched a parade together.",
            EventType.PARADE,
            [
                (XI, Role.ATTENDEE),
                (KIM, Role.ATTENDEE),
                (PUTIN, Role.ATTENDEE),
                (CHINA, Role.HOST),
            ],
            place=BEIJING,
            date="2025-09-03",
        ),
        report(
            EN,
            "North Korea sent troops to Kursk to help Russia against Ukraine.",
            EventType.TROOP_DEPLOYMENT,
            [
                (NORTH_KOREA, Role.SENDER),
                (RUSSIA, Role.RECIPIENT),
                (UKRAINE, Role.AGAINST),
            ],
            place=KURSK,
            date="2025",
        ),
    ]


def test_empty_store_has_nothing(store: GraphStore) -> None:
    stats = store.stats()
    assert (stats.events, stats.actors, stats.articles) == (0, 0, 0)
    assert store.find_events(EventQuery()).total == 0


def test_upsert_is_idempotent(store: GraphStore) -> None:
    first = store.upsert([EN], _all_en())
    assert first.events_created == 3
    assert first.articles_added == 1
    before = store.stats()
    again = store.upsert([EN], _all_en())
    assert again == UpsertResult()
    assert store.stats() == before


def test_event_round_trips_with_evidence(store: GraphStore) -> None:
    store.upsert([EN], _meet_en())
    (stored,) = store.find_events(EventQuery(types=(EventType.MEETING,))).items
    assert {p.actor.id for p in stored.participants} == {KIM.id, PUTIN.id}
    assert stored.place == BEIJING
    assert stored.date == "2025-09-03"
    assert stored.date_precision is not None
    assert stored.date_precision.value == "day"
    (ev,) = stored.evidence
    assert EN.text[ev.start : ev.end] == ev.sentence
    assert ev.article_id == EN.id
    assert ev.extractor == "tests.v1"
    assert store.get_event(stored.id) == stored


def test_get_event_by_report_id(store: GraphStore) -> None:
    reports = _meet_en()
    store.upsert([EN], reports)
    assert store.get_event(reports[0].id).reports == (reports[0].id,)


def test_unknown_ids_raise(store: GraphStore) -> None:
    with pytest.raises(EventNotFound):
        store.get_event("event:missing")
    with pytest.raises(ActorNotFound):
        store.get_actor("person:nobody")
    with pytest.raises(PlaceNotFound):
        store.get_place("place:xxx-nowhere")
    with pytest.raises(ArticleNotFound):
        store.get_article("article:missing")


def test_article_round_trip(store: GraphStore) -> None:
    store.upsert([ID], [])
    assert store.get_article(ID.id) == ID


def test_same_meeting_from_two_articles_is_one_event(store: GraphStore) -> None:
    en = _meet_en()
    idn = [
        meeting(
            ID,
            "Kim Jong Un bertemu Vladimir Putin di Beijing pada Rabu (3/9/2025).",
            KIM,
            PUTIN,
            place=BEIJING,
            date="2025-09",
        )
    ]
    store.upsert([EN, ID], en + idn)
    (merged,) = store.find_events(
        EventQuery(types=(EventType.MEETING,), actors=(PUTIN.id,))
    ).items
    assert merged.date == "2025-09-03"  # the more precise report wins
    assert {e.article_id for e in merged.evidence} == {EN.id, ID.id}
    assert len(merged.reports) == 2


def test_resolution_does_not_depend_on_order(store: GraphStore) -> None:
    en = _meet_en()
    idn = [
        meeting(
            ID,
            "Kim Jong Un bertemu Vladimir Putin di Beijing pada Rabu (3/9/2025).",
            KIM,
            PUTIN,
            place=BEIJING,
            date="2025-09",
        )
    ]
    store.upsert([ID], idn)
    store.upsert([EN], en)
    reversed_order = store.find_events(EventQuery()).items
    store_ids = {e.id for e in reversed_order}
    from graph.resolve import resolve

    assert store_ids == {e.id for e in resolve(en + idn)}


def test_meetings_a_year_apart_stay_two(store: GraphStore) -> None:
    later = article("Kim Jong Un met Vladimir Putin in Beijing again.")
    store.upsert(
        [EN, later],
        [
            *_meet_en(),
            meeting(
                later,
                "Kim Jong Un met Vladimir Putin in Beijing again.",
                KIM,
                PUTIN,
                place=BEIJING,
                date="2026-09-03",
            ),
        ],
    )
    assert store.find_events(EventQuery(types=(EventType.MEETING,))).total == 2


def test_planned_and_asserted_are_not_merged(store: GraphStore) -> None:
    plan = article("Kim Jong Un will meet Vladimir Putin in Beijing.")
    store.upsert(
        [EN, plan],
        [
            *_meet_en(),
            meeting(
                plan,
                "Kim Jong Un will meet Vladimir Putin in Beijing.",
                KIM,
                PUTIN,
                place=BEIJING,
                date="2025-09",
                modality=Modality.PLANNED,
            ),
        ],
    )
    found = store.find_events(EventQuery(types=(EventType.MEETING,))).items
    assert sorted(e.modality for e in found) == [Modality.ASSERTED, Modality.PLANNED]
    asserted = store.find_events(EventQuery(modalities=(Modality.ASSERTED,)))
    assert [e.modality for e in asserted.items] == [Modality.ASSERTED]


def test_filter_by_type(store: GraphStore) -> None:
    store.upsert([EN], _all_en())
    page = store.find_events(
        EventQuery(types=(EventType.PARADE, EventType.TROOP_DEPLOYMENT))
    )
    assert sorted(e.type for e in page.items) == [
        EventType.PARADE,
        EventType.TROOP_DEPLOYMENT,
    ]


@pytest.mark.parametrize(
    "term", ["Kim Jong Un", "kim jong-un", "person:kim-jong-un", "Kim"]
)
def test_filter_by_actor_name_alias_or_id(store: GraphStore, term: str) -> None:
    store.upsert([EN], _all_en())
    page = store.find_events(EventQuery(actors=(term,)))
    assert page.total == 2
    assert all(KIM.id in e.actor_ids() for e in page.items)


def test_filter_by_two_actors_means_both(store: GraphStore) -> None:
    store.upsert(
        [EN, ID],
        [
            *_all_en(),
            meeting(
                ID,
                "Kim juga bertemu Alexander Lukashenko.",
                KIM,
                LUKASHENKO,
                place=BEIJING,
                date="2025-09-03",
            ),
        ],
    )
    page = store.find_events(EventQuery(actors=("Kim Jong Un", "Alexander Lukashenko")))
    assert [e.actor_ids() for e in page.items] == [(LUKASHENKO.id, KIM.id)]


@pytest.mark.parametrize(
    "term", ["Beijing", "beijing", "北京", "place:chn-beijing", "China", "Tiongkok"]
)
def test_filter_by_place_name_alias_id_or_country(store: GraphStore, term: str) -> None:
    store.upsert([EN], _all_en())
    page = store.find_events(EventQuery(place=term))
    assert {e.type for e in page.items} == {EventType.MEETING, EventType.PARADE}


def test_filter_by_place_that_matches_nothing(store: GraphStore) -> None:
    store.upsert([EN], _all_en())
    assert store.find_events(EventQuery(place="Atlantis")).total == 0
    assert store.find_events(EventQuery(actors=("Nobody",))).total == 0


def test_filter_by_dates_overlap(store: GraphStore) -> None:
    store.upsert([EN], _all_en())

    def types(**kw: date) -> set[EventType]:
        return {e.type for e in store.find_events(EventQuery(**kw)).items}

    assert types(date_from=date(2025, 9, 3), date_to=date(2025, 9, 3)) == {
        EventType.MEETING,
        EventType.PARADE,
        EventType.TROOP_DEPLOYMENT,
    }
    assert types(date_from=date(2025, 9, 4)) == {EventType.TROOP_DEPLOYMENT}
    assert types(date_to=date(2025, 1, 1)) == {EventType.TROOP_DEPLOYMENT}
    assert types(date_to=date(2024, 12, 31)) == set()


def test_paging_is_stable_and_ordered_by_date(store: GraphStore) -> None:
    store.upsert([EN], _all_en())
    everything = store.find_events(EventQuery()).items
    assert (
        everything[0].type is EventType.TROOP_DEPLOYMENT
    )  # 2025 starts before 2025-09-03
    pages = [store.find_events(EventQuery(limit=1, offset=i)) for i in range(3)]
    assert [p.items[0].id for p in pages] == [e.id for e in everything]
    assert {p.total for p in pages} == {3}
    assert store.find_events(EventQuery(limit=1, offset=3)).items == ()


def test_actors_searchable_by_any_alias(store: GraphStore) -> None:
    store.upsert([EN], _all_en())
    assert [a.id for a in store.find_actors(ActorQuery(name="korea utara"))] == [
        NORTH_KOREA.id
    ]
    assert [a.id for a in store.find_actors(ActorQuery(name="Путин"))] == [PUTIN.id]
    assert store.get_actor(XI.id).aliases == XI.aliases
    people = store.find_actors(ActorQuery(kind="person"))
    assert [a.name for a in people] == ["Kim Jong Un", "Vladimir Putin", "Xi Jinping"]


def test_non_ascii_names_round_trip(store: GraphStore) -> None:
    store.upsert([EN], _all_en())
    assert "北京" in store.get_place(BEIJING.id).aliases
    assert store.find_events(EventQuery(place="北京")).total == 2
    assert [a.id for a in store.find_actors(ActorQuery(name="习近平"))] == [XI.id]


def test_country_place_is_the_country_actor(store: GraphStore) -> None:
    from tests.factories import CHINA_PLACE

    store.upsert(
        [EN],
        [
            report(
                EN,
                "Earlier, Kim, Putin and Xi Jinping watched a parade together.",
                EventType.PARADE,
                [(CHINA, Role.HOST), (KIM, Role.ATTENDEE)],
                place=CHINA_PLACE,
                date="2025-09",
            ),
        ],
    )
    assert store.get_place(CHINA.id).name == "China"
    assert store.get_actor(CHINA.id).kind.value == "country"
    assert store.stats().places == 1


def test_place_outside_known_places_is_kept(store: GraphStore) -> None:
    store.upsert(
        [ID],
        [
            report(
                ID,
                "Kim juga bertemu Alexander Lukashenko.",
                EventType.INVITATION,
                [(KIM, Role.INVITER), (LUKASHENKO, Role.INVITEE)],
                place=PYONGYANG,
            ),
        ],
    )
    (event,) = store.find_events(EventQuery(place="Pyongyang")).items
    assert event.date is None
    assert event.date_precision is None
    assert event.actor_ids(Role.INVITER) == (KIM.id,)


def test_shortest_path_between_actors(store: GraphStore) -> None:
    store.upsert(
        [EN, ID],
        [
            *_all_en(),
            meeting(
                ID,
                "Kim juga bertemu Alexander Lukashenko.",
                KIM,
                LUKASHENKO,
                place=BEIJING,
                date="2025-09-03",
            ),
        ],
    )
    path = store.shortest_path("Alexander Lukashenko", "Xi Jinping")
    assert [a.id for a in path.actors] == [LUKASHENKO.id, KIM.id, XI.id]
    assert [e.type for e in path.events] == [EventType.MEETING, EventType.PARADE]
    direct = store.shortest_path(KIM.id, "putin")
    assert len(direct.events) == 1  # the meeting and the parade tie: smallest id wins
    assert direct.events[0].id == min(
        e.id for e in store.find_events(EventQuery(actors=(KIM.id, PUTIN.id))).items
    )
    assert store.shortest_path(LUKASHENKO.id, "Xi Jinping", max_events=1) == ActorPath()
    with pytest.raises(ActorNotFound):
        store.shortest_path("Nobody", "Kim")


def test_shortest_path_ignores_unasserted_events_by_default(store: GraphStore) -> None:
    plan = article("Lukashenko will meet Xi Jinping.")
    store.upsert(
        [plan],
        [
            meeting(
                plan,
                "Lukashenko will meet Xi Jinping.",
                LUKASHENKO,
                XI,
                date="2025-10",
                modality=Modality.PLANNED,
            )
        ],
    )
    assert store.shortest_path(LUKASHENKO.id, XI.id) == ActorPath()
    planned = store.shortest_path(LUKASHENKO.id, XI.id, modalities=())
    assert [e.modality for e in planned.events] == [Modality.PLANNED]
