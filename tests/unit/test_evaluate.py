"""The scoring rule, clause by clause, on hand-made gold lines and predictions.

Every gold line and predicted event here is written for the test; the real gold file
is only scored against itself (the last tests).
"""

from __future__ import annotations

import itertools

import pytest

from graph.ids import digest, slug
from graph.model import (
    Actor,
    ActorKind,
    Event,
    EventType,
    Evidence,
    Modality,
    Participant,
    Place,
    PlaceKind,
    Role,
)
from ingest.evaluate import (
    Clause,
    Counts,
    GoldDoc,
    GoldEvent,
    Resolver,
    StaticNameIndex,
    evaluate,
    failed_clauses,
    fold,
    load_gold,
    match_events,
    score_doc,
)
from ingest.evaluate.rule import max_matching
from ingest.evaluate.scores import CORE_TYPES, score_set
from tests.conftest import CORPUS
from tests.factories import (
    BEIJING,
    CHINA,
    CHINA_PLACE,
    KIM,
    KURSK,
    LUKASHENKO,
    NORTH_KOREA,
    PUTIN,
    PYONGYANG,
    RUSSIA,
    UKRAINE,
    XI,
)

PRABOWO = Actor(
    id="person:prabowo-subianto", name="Prabowo Subianto", kind=ActorKind.PERSON
)
TRUMP = Actor(id="person:donald-trump", name="Donald Trump", kind=ActorKind.PERSON)
MODI = Actor(id="person:narendra-modi", name="Narendra Modi", kind=ActorKind.PERSON)
NATO = Actor(id="org:nato", name="NATO", kind=ActorKind.ORGANIZATION)
MOSCOW = Place(
    id="place:rus-moscow",
    name="Moscow",
    kind=PlaceKind.CITY,
    country="country:RUS",
    aliases=("Moskow",),
)

DPRK_LONG = "Democratic People's Republic of Korea"
ACTORS = [KIM, PUTIN, XI, LUKASHENKO, PRABOWO, TRUMP, MODI, NATO]
COUNTRIES = [NORTH_KOREA, RUSSIA, CHINA, UKRAINE]
# The shared index knows North Korea's long name; the factory actor does not.
NAMES = StaticNameIndex(
    [*ACTORS, *COUNTRIES, NORTH_KOREA.model_copy(update={"aliases": (DPRK_LONG,)})],
    [BEIJING, PYONGYANG, KURSK, CHINA_PLACE, MOSCOW],
)
EMPTY = StaticNameIndex()


def gold(
    event_type: EventType,
    *names: str,
    roles: dict[str, str] | None = None,
    place: str | None = None,
    date: str | None = None,
    modality: str = "asserted",
) -> GoldEvent:
    return GoldEvent.model_validate(
        {
            "type": event_type,
            "participants": names,
            "roles": roles or {},
            "place": place,
            "date": date,
            "modality": modality,
        }
    )


def event(
    event_type: EventType,
    *actors: Actor | tuple[Actor, Role],
    place: Place | None = None,
    date: str | None = None,
    modality: Modality = Modality.ASSERTED,
) -> Event:
    people = tuple(
        Participant(actor=a[0], role=a[1])
        if isinstance(a, tuple)
        else Participant(actor=a, role=Role.PARTICIPANT)
        for a in actors
    )
    return Event(
        id=f"report:{digest(event_type, people, place, date, modality)}",
        type=event_type,
        participants=people,
        place=place,
        date=date,
        modality=modality,
        evidence=(
            Evidence(
                article_id="article:test", sentence="A test.", start=0, end=7, lang="en"
            ),
        ),
    )


def fails(g: GoldEvent, p: Event, names: StaticNameIndex = NAMES) -> list[Clause]:
    return failed_clauses(g, p, Resolver(names, [p]))


M = EventType.MEETING


# -- names ---------------------------------------------------------------------


def test_fold_ignores_case_accents_hyphens_and_punctuation() -> None:
    assert fold("Kim Jong-Un") == fold("kim jong un") == "kim jong un"
    assert fold("Pedro Sánchez") == fold("PEDRO SANCHEZ")
    assert fold("Abdel Fattah el-Sisi") == "abdel fattah el sisi"
    assert fold("Kim Jong Un") != fold("Kim Jong Il")


def test_gold_name_matches_folded_name_own_alias_or_index_id() -> None:
    kim_putin = event(M, KIM, PUTIN)
    assert fails(gold(M, "kim jong-un", "VLADIMIR PUTIN"), kim_putin) == []
    # "Korut" is only the predicted actor's own alias; the index is empty.
    pact = event(EventType.ALLIANCE, (NORTH_KOREA, Role.PARTY), (RUSSIA, Role.PARTY))
    assert fails(gold(EventType.ALLIANCE, "Korut", "Rusia"), pact, EMPTY) == []
    # The long form is known only to the shared index.
    assert fails(gold(EventType.ALLIANCE, DPRK_LONG, "Russia"), pact) == []
    assert fails(gold(EventType.ALLIANCE, DPRK_LONG, "Russia"), pact, EMPTY) == [
        Clause.PARTICIPANTS
    ]


# -- participants ------------------------------------------------------------------


def test_principals_are_people_when_gold_names_people() -> None:
    # The predicted countries do not dilute the two people.
    pred = event(M, KIM, PUTIN, NORTH_KOREA, RUSSIA, CHINA)
    assert fails(gold(M, "Kim Jong Un", "Vladimir Putin"), pred) == []


def test_everything_predicted_counts_when_gold_names_no_person() -> None:
    pred = event(
        EventType.ALLIANCE, (KIM, Role.PARTY), (NORTH_KOREA, Role.PARTY),
        (RUSSIA, Role.PARTY),
    )  # fmt: skip
    assert fails(gold(EventType.ALLIANCE, "North Korea", "Russia"), pred) == []
    # Had the people been the only principals, the countries would not overlap.
    only_people = event(EventType.ALLIANCE, (KIM, Role.PARTY), (PUTIN, Role.PARTY))
    assert fails(gold(EventType.ALLIANCE, "North Korea", "Russia"), only_people) == [
        Clause.PARTICIPANTS
    ]


def test_prediction_without_people_falls_back_to_its_states() -> None:
    pred = event(M, NORTH_KOREA, RUSSIA)
    assert fails(gold(M, "Kim Jong Un", "Vladimir Putin"), pred) == [
        Clause.PARTICIPANTS
    ]
    assert fails(gold(M, "Kim Jong Un", "Russia"), event(M, NORTH_KOREA)) == [
        Clause.PARTICIPANTS
    ]


def test_single_gold_principal_must_be_the_only_predicted_principal() -> None:
    visit = gold(
        EventType.VISIT, "Kim Jong Un", "China",
        roles={"visitor": "Kim Jong Un", "host": "China"},
    )  # fmt: skip
    assert (
        fails(visit, event(EventType.VISIT, (KIM, Role.VISITOR), (CHINA, Role.HOST)))
        == []
    )
    wrong = event(EventType.VISIT, (PUTIN, Role.VISITOR), (CHINA, Role.HOST))
    extra = event(EventType.VISIT, (KIM, Role.VISITOR), (XI, Role.HOST))
    assert Clause.PARTICIPANTS in fails(visit, wrong)
    assert fails(visit, extra) == [Clause.PARTICIPANTS]


@pytest.mark.parametrize(
    ("gold_names", "predicted", "agree"),
    [
        (["Kim Jong Un", "Vladimir Putin"], [KIM, PUTIN], True),
        (["Kim Jong Un", "Vladimir Putin"], [KIM, XI], False),  # overlap 1
        (["Kim Jong Un", "Vladimir Putin"], [KIM], False),
        # three of four named, and two of four: both cover half the smaller side
        (["Kim Jong Un", "Vladimir Putin", "Xi Jinping", "Prabowo Subianto"],
         [KIM, PUTIN, XI], True),
        (["Kim Jong Un", "Vladimir Putin", "Xi Jinping", "Prabowo Subianto"],
         [KIM, PUTIN, TRUMP, MODI], True),
        # Ukraine is no person, so the people are four: 2 covers half of 4 ...
        (["Kim Jong Un", "Vladimir Putin", "Xi Jinping", "Prabowo Subianto",
          "Alexander Lukashenko"], [KIM, PUTIN, TRUMP, MODI, UKRAINE], True),
        (["Kim Jong Un", "Vladimir Putin", "Xi Jinping", "Prabowo Subianto",
          "Alexander Lukashenko"], [KIM, PUTIN, TRUMP, MODI,  # ... but not of 5
          UKRAINE.model_copy(update={"kind": ActorKind.PERSON})], False),
    ],
)  # fmt: skip
def test_overlap_threshold(
    gold_names: list[str], predicted: list[Actor], agree: bool
) -> None:
    failed = fails(gold(M, *gold_names), event(M, *predicted))
    assert (failed == []) is agree


# -- directed agent ------------------------------------------------------------------


def test_directed_event_needs_the_same_agent_where_both_name_it() -> None:
    said = gold(
        EventType.STATEMENT, "Kim Jong Un", "Vladimir Putin",
        roles={"speaker": "Kim Jong Un", "addressee": "Vladimir Putin"},
    )  # fmt: skip
    right = event(EventType.STATEMENT, (KIM, Role.SPEAKER), (PUTIN, Role.ADDRESSEE))
    reversed_ = event(EventType.STATEMENT, (PUTIN, Role.SPEAKER), (KIM, Role.ADDRESSEE))
    unnamed = event(EventType.STATEMENT, KIM, PUTIN)  # no speaker role predicted
    assert fails(said, right) == []
    assert fails(said, reversed_) == [Clause.AGENT]
    assert fails(said, unnamed) == []


def test_agent_is_checked_by_name_for_countries_too() -> None:
    sent = gold(
        EventType.TROOP_DEPLOYMENT, "North Korea", "Russia",
        roles={"sender": "North Korea", "recipient": "Russia", "against": "Ukraine"},
        place="Kursk",
    )  # fmt: skip
    ok = event(
        EventType.TROOP_DEPLOYMENT, (NORTH_KOREA, Role.SENDER),
        (RUSSIA, Role.RECIPIENT), (UKRAINE, Role.AGAINST), place=KURSK,
    )  # fmt: skip
    backwards = event(
        EventType.TROOP_DEPLOYMENT, (RUSSIA, Role.SENDER),
        (NORTH_KOREA, Role.RECIPIENT), place=KURSK,
    )  # fmt: skip
    assert fails(sent, ok) == []
    assert fails(sent, backwards) == [Clause.AGENT]


# -- place and date ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_place", "predicted", "agree"),
    [
        ("Beijing", BEIJING, True),
        ("Peking", BEIJING, True),  # the place's own alias
        ("Beijing", PYONGYANG, False),
        ("China", BEIJING, True),  # a city in the gold country
        ("China", CHINA_PLACE, True),
        ("North Korea", BEIJING, False),
        ("Beijing", CHINA_PLACE, False),  # a country is not inside a city
        ("Beijing", None, False),
        (None, PYONGYANG, True),
        (None, None, True),
    ],
)
def test_place(gold_place: str | None, predicted: Place | None, agree: bool) -> None:
    g = gold(M, "Kim Jong Un", "Vladimir Putin", place=gold_place)
    failed = fails(g, event(M, KIM, PUTIN, place=predicted))
    assert failed == ([] if agree else [Clause.PLACE])


def test_city_in_country_through_the_predicted_country_actor() -> None:
    # The index knows nothing; the predicted event names China as an actor.
    g = gold(M, "Xi Jinping", "Kim Jong Un", place="China")
    pred = event(M, XI, KIM, (CHINA, Role.HOST), place=BEIJING)
    assert fails(g, pred, EMPTY) == []


@pytest.mark.parametrize(
    ("gold_date", "predicted", "agree"),
    [
        ("2025-09-03", "2025-09-03", True),
        ("2025-09", "2025-09-03", True),  # more precise, inside
        ("2025", "2025-09", True),
        ("2025-09", "2025", False),  # less precise
        ("2025-09-03", "2025-09", False),
        ("2025-09", "2025-10-03", False),
        ("2025-09-03", "2025-09-04", False),
        ("2025-09", None, False),
        (None, "2025-09-03", True),
        (None, None, True),
    ],
)
def test_date_at_gold_precision(
    gold_date: str | None, predicted: str | None, agree: bool
) -> None:
    g = gold(M, "Kim Jong Un", "Vladimir Putin", date=gold_date)
    failed = fails(g, event(M, KIM, PUTIN, date=predicted))
    assert failed == ([] if agree else [Clause.DATE])


def test_type_and_modality_clauses_are_named() -> None:
    g = gold(M, "Kim Jong Un", "Vladimir Putin", modality="planned")
    pred = event(EventType.PARADE, KIM, PUTIN)
    assert fails(g, pred) == [Clause.TYPE, Clause.MODALITY]


# -- one-to-one matching -------------------------------------------------------------


def test_maximum_matching_beats_greedy_whatever_the_order() -> None:
    loose = gold(M, "Kim Jong Un", "Vladimir Putin", date="2025")
    tight = gold(M, "Kim Jong Un", "Vladimir Putin", date="2025-09-03")
    either = event(M, KIM, PUTIN, date="2025-09-03")  # fits both gold events
    only_loose = event(M, KIM, PUTIN, date="2025-05-01")
    for golds in itertools.permutations([loose, tight]):
        for preds in itertools.permutations([either, only_loose]):
            pairs = match_events(list(golds), list(preds), NAMES)
            assert len(pairs) == 2
            assert {(golds[i].date, preds[j].date) for i, j in pairs} == {
                ("2025", "2025-05-01"),
                ("2025-09-03", "2025-09-03"),
            }


def test_each_event_is_used_once() -> None:
    g = gold(M, "Kim Jong Un", "Vladimir Putin")
    assert len(match_events([g, g], [event(M, KIM, PUTIN)], NAMES)) == 1
    twice = [event(M, KIM, PUTIN), event(M, KIM, PUTIN, date="2025")]
    assert len(match_events([g], twice, NAMES)) == 1


def test_max_matching_finds_augmenting_paths() -> None:
    # A chain where taking each left vertex's first choice strands the last one.
    adjacency = [[0, 1], [1, 2], [2, 3], [0]]
    assert len(max_matching(adjacency)) == 4
    assert len(max_matching([[0], [0], [0]])) == 1
    assert max_matching([]) == {}


# -- modality split and overclaims ---------------------------------------------------


def doc(*events: GoldEvent) -> GoldDoc:
    return GoldDoc(doc="dev/t.txt", lang="id", events=events)


def test_asserted_figure_uses_asserted_events_only_on_both_sides() -> None:
    met = gold(M, "Kim Jong Un", "Vladimir Putin", date="2025-09-03")
    will_visit = gold(
        EventType.VISIT, "Kim Jong Un", "Russia",
        roles={"visitor": "Kim Jong Un", "host": "Russia"}, modality="planned",
    )  # fmt: skip
    predicted = [
        event(M, KIM, PUTIN, date="2025-09-03"),
        event(
            EventType.VISIT, (KIM, Role.VISITOR), (RUSSIA, Role.HOST),
            modality=Modality.PLANNED,
        ),
    ]  # fmt: skip
    result = score_doc(doc(met, will_visit), predicted, NAMES)
    assert result.all_modalities[EventType.VISIT] == Counts(
        gold=1, predicted=1, matched=1
    )
    assert EventType.VISIT not in result.asserted  # planned on both sides: left out
    assert result.asserted[M] == Counts(gold=1, predicted=1, matched=1)
    assert result.overclaims == []
    assert result.misses == []
    assert result.false_events == []


def test_non_asserted_gold_reported_as_asserted_is_counted() -> None:
    will_visit = gold(
        EventType.VISIT, "Kim Jong Un", "Russia",
        roles={"visitor": "Kim Jong Un", "host": "Russia"}, place="Moscow",
        modality="planned",
    )  # fmt: skip
    claimed = event(
        EventType.VISIT, (KIM, Role.VISITOR), (RUSSIA, Role.HOST), place=MOSCOW
    )
    result = score_doc(doc(will_visit), [claimed], NAMES)
    assert [o.gold for o in result.overclaims] == [will_visit]
    assert result.asserted[EventType.VISIT] == Counts(gold=0, predicted=1, matched=0)
    assert result.all_modalities[EventType.VISIT] == Counts(
        gold=1, predicted=1, matched=0
    )
    assert [m.failed for m in result.misses] == [[Clause.MODALITY]]


def test_prediction_matching_an_asserted_gold_event_is_no_overclaim() -> None:
    # The same meeting is asserted once and denied once (e.g. a second attendee).
    met = gold(M, "Kim Jong Un", "Vladimir Putin", place="Beijing")
    denied = gold(
        M, "Kim Jong Un", "Vladimir Putin", place="Beijing", modality="negated"
    )
    twice = [event(M, KIM, PUTIN, place=BEIJING), event(M, KIM, PUTIN, place=BEIJING)]
    assert score_doc(doc(met, denied), twice, NAMES).overclaims == []
    # Each overclaimed gold event counts once, however many predictions repeat it.
    assert len(score_doc(doc(denied), twice, NAMES).overclaims) == 1


def test_miss_names_the_closest_prediction_and_its_failed_clauses() -> None:
    g = gold(M, "Kim Jong Un", "Vladimir Putin", place="Beijing", date="2025-09-03")
    far = event(M, TRUMP, XI, place=PYONGYANG, date="2024")
    near = event(M, KIM, PUTIN, place=PYONGYANG, date="2025-09-03")
    result = score_doc(doc(g), [far, near], NAMES)
    (miss,) = result.misses
    assert miss.failed == [Clause.PLACE]
    assert miss.closest is not None
    assert miss.closest.place == "Pyongyang"
    assert len(result.false_events) == 2
    alone = score_doc(doc(g), [event(EventType.VISIT, KIM)], NAMES).misses
    assert alone[0].closest is None
    assert alone[0].failed == [Clause.TYPE]


# -- scores --------------------------------------------------------------------------


def test_counts_ratios_and_empty_conventions() -> None:
    counts = Counts(gold=4, predicted=2, matched=1)
    assert (counts.precision, counts.recall) == (0.5, 0.25)
    assert counts.f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)
    assert Counts().f1 == 1.0  # nothing to find, nothing found
    assert Counts(gold=3).f1 == 0.0
    assert Counts(predicted=3).precision == 0.0
    assert Counts(gold=1, predicted=1) + Counts(matched=1) == Counts(
        gold=1, predicted=1, matched=1
    )


def test_score_set_sums_cells_per_type_and_language() -> None:
    cells = {
        ("en", M): Counts(gold=2, predicted=2, matched=2),
        ("id", M): Counts(gold=2, predicted=0, matched=0),
        ("id", EventType.VISIT): Counts(gold=1, predicted=1, matched=1),
    }
    scores = score_set(cells)
    assert scores.overall == Counts(gold=5, predicted=3, matched=3)
    assert scores.by_type[M] == Counts(gold=4, predicted=2, matched=2)
    assert list(scores.by_type) == list(EventType)
    assert scores.by_lang["id"] == Counts(gold=3, predicted=1, matched=1)
    core = score_set(cells, CORE_TYPES)
    assert core.by_lang["id"] == Counts(gold=2, predicted=0, matched=0)
    assert core.by_lang["en"].f1 == 1.0


# -- the real gold file, scored against itself ---------------------------------------

_SYMMETRIC_ROLE = {
    EventType.MEETING: Role.PARTICIPANT,
    EventType.ALLIANCE: Role.PARTY,
    EventType.PARADE: Role.ATTENDEE,
}


def _kind_from_name(name: str, countries: set[str]) -> ActorKind:
    """Kinds for the self-score without the gazetteer: CLDR territory names (and
    Palestine, a state CLDR names differently) are countries, acronyms and CLDR's
    supranational "territories" are organisations, everything else a person."""
    if name.isupper() or name in ("European Union", "United Nations"):
        return ActorKind.ORGANIZATION
    if name in countries or name == "Palestine":
        return ActorKind.COUNTRY
    return ActorKind.PERSON


def _gold_world(docs: list[GoldDoc]) -> tuple[dict[str, Actor], dict[str, Place]]:
    from babel import Locale

    countries = set(Locale("en").territories.values())
    names = {
        name
        for d in docs
        for e in d.events
        for name in (*e.participants, *e.roles.values())
    }
    actors = {}
    for name in names:
        kind = _kind_from_name(name, countries)
        prefix = {ActorKind.PERSON: "person", ActorKind.COUNTRY: "country"}
        actors[name] = Actor(
            id=f"{prefix.get(kind, 'org')}:{slug(name)}", name=name, kind=kind
        )
    places = {
        e.place: Place(id=f"place:{slug(e.place)}", name=e.place, kind=PlaceKind.CITY)
        for d in docs
        for e in d.events
        if e.place is not None
    }
    return actors, places


def _as_event(
    g: GoldEvent, actors: dict[str, Actor], places: dict[str, Place]
) -> Event:
    by_name = {name: role for role, name in reversed(list(g.roles.items()))}
    default = _SYMMETRIC_ROLE.get(g.type, Role.PARTICIPANT)
    named = dict.fromkeys([*g.participants, *g.roles.values()])
    return event(
        g.type,
        *((actors[name], by_name.get(name, default)) for name in named),
        place=places[g.place] if g.place else None,
        date=g.date,
        modality=g.modality,
    )


@pytest.fixture(scope="module")
def gold_docs() -> list[GoldDoc]:
    if not (CORPUS / "gold.jsonl").is_file():
        pytest.skip(f"no corpus at {CORPUS}")
    return load_gold(CORPUS / "gold.jsonl")


@pytest.mark.corpus
def test_real_gold_loads(gold_docs: list[GoldDoc]) -> None:
    assert len(gold_docs) >= 20
    assert {d.lang for d in gold_docs} >= {"en", "id"}
    assert all((CORPUS / d.doc).is_file() for d in gold_docs)
    assert sum(len(d.events) for d in gold_docs) >= 100


@pytest.mark.corpus
def test_real_gold_scored_against_itself_is_perfect(gold_docs: list[GoldDoc]) -> None:
    actors, places = _gold_world(gold_docs)
    names = StaticNameIndex(actors.values(), places.values())
    by_path = {
        CORPUS / d.doc: [_as_event(g, actors, places) for g in d.events]
        for d in gold_docs
    }
    report = evaluate(CORPUS / "gold.jsonl", CORPUS, by_path.__getitem__, names)
    figures = [report.all_modalities, report.asserted]
    for figure in figures:
        counts = [figure.overall, *figure.by_type.values(), *figure.by_lang.values()]
        assert all(c.f1 == 1.0 and c.gold == c.matched for c in counts)
    assert figures[0].overall.gold == sum(len(d.events) for d in gold_docs)
    assert set(report.core_four_asserted_by_lang) == {d.lang for d in gold_docs}
    assert all(c.f1 == 1.0 for c in report.core_four_asserted_by_lang.values())
    assert report.core_four_asserted.gold > 0
    assert report.asserted_overclaims == 0
    assert all(not (r.misses or r.false_events) for r in report.docs)


@pytest.mark.corpus
def test_real_gold_with_every_event_asserted(gold_docs: list[GoldDoc]) -> None:
    # An extractor blind to modality: perfect asserted recall, but it overclaims.
    actors, places = _gold_world(gold_docs)
    names = StaticNameIndex(actors.values(), places.values())
    by_path = {
        CORPUS / d.doc: [
            _as_event(
                g.model_copy(update={"modality": Modality.ASSERTED}), actors, places
            )
            for g in d.events
        ]
        for d in gold_docs
    }
    report = evaluate(CORPUS / "gold.jsonl", CORPUS, by_path.__getitem__, names)
    non_asserted = sum(
        g.modality is not Modality.ASSERTED for d in gold_docs for g in d.events
    )
    assert non_asserted > 0
    assert report.asserted.overall.recall == 1.0
    assert report.asserted.overall.precision < 1.0
    assert 0 < report.asserted_overclaims <= non_asserted
    assert report.all_modalities.overall.matched == report.asserted.overall.gold
