"""The schema of a lexicon file (``ingest/data/lexicon/<lang>.yaml``), validated by
pydantic: trigger phrases per event type, attendance verbs, modality cues,
coreference phrases, markers and the word lists the argument rules read. See
:mod:`ingest.extract.lexicon` for the compiled form and README.md for what each list
does.

This module must not import ``api``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from graph.model import EventType

__all__ = [
    "Attendance",
    "Coreference",
    "LexiconFile",
    "Markers",
    "ModalityCues",
    "TypeLexicon",
]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TypeLexicon(_Model):
    """Trigger phrases of one event type."""

    verbs: list[str] = []
    nouns: list[str] = []
    weak: list[str] = []
    exclude: list[str] = []
    signing: list[str] = []  # ALLIANCE: verbs that date the signing
    forces: list[str] = []  # TROOP_DEPLOYMENT: force nouns
    addressed: list[str] = []  # STATEMENT: verbs taking the addressee as object
    bodies: list[str] = []  # STATEMENT: bodies a state speaks through (ministry)
    occasions: list[str] = []  # STATEMENT: where speech is made ("a briefing in X")
    receiving: list[str] = []  # INVITATION: verbs whose subject is the invitee
    helping: list[str] = []  # TROOP_DEPLOYMENT: verbs that need the state helped
    fighting: list[str] = []  # TROOP_DEPLOYMENT: verbs that set forces against
    holding: list[str] = []  # TROOP_DEPLOYMENT: verbs that deploy only with a place
    touring: list[str] = []  # VISIT: verbs of being on a visit, not of arriving
    separate: list[str] = []  # MEETING: "separate talks with": one bilateral each
    following: list[str] = []  # SANCTION: "Britain followed": the same measure again


class Attendance(_Model):
    present: list[str]
    absent: list[str]


class ModalityCues(_Model):
    planned: list[str]
    speculated: list[str]
    negated: list[str]
    cancelled: list[str] = []
    opportunity: list[str] = []
    future_times: list[str] = []
    fronted: list[str] = []
    superseded: list[str] = []
    neutral: list[str] = []
    invited: list[str] = []
    accepted: list[str] = []
    conditional: list[str] = []


class Coreference(_Model):
    pair_people: list[str]
    pair_countries: list[str]
    pronouns: list[str]
    possessives: list[str] = []
    objects: list[str] = []  # "invited him": never the subject of its clause
    guest: list[str] = []
    host: list[str] = []
    counterpart: list[str] = []
    generic_titles: dict[str, str] = {}
    home_country: str | None = None
    plural: list[str] = []  # "they": the pair in focus, before a meeting verb
    there: list[str] = []  # "di sana": the place named last


class Markers(_Model):
    locative: list[str]
    surface: list[str] = []
    directional: list[str] = []
    with_: list[str] = Field(alias="with")
    between: list[str]
    by: list[str]
    to: list[str]
    at: list[str]
    from_: list[str] = Field(alias="from")
    against: list[str]
    for_: list[str] = Field(alias="for")
    of: list[str] = []
    addressee: list[str] = []
    inverted: list[str] = []


class LexiconFile(_Model):
    """The YAML file as written."""

    lang: str
    events: dict[EventType, TypeLexicon]
    attendance: Attendance
    determiners: list[str]
    determiners_follow: bool = False  # "pertemuan tersebut" rather than "the talks"
    anchors: list[str]
    clause_breaks: list[str]
    relative_breaks: list[str] = []
    relative_next: list[str] = []
    relative_pronouns: list[str] = []
    complementizers: list[str] = []
    coordinators: list[str] = []
    participle_suffixes: list[str] = []
    not_participles: list[str] = []  # prepositions that look like one ("including")
    borders: list[str] = []
    indefinite: list[str] = []
    dependent: list[str] = []
    where_words: list[str] = []
    time_breaks: list[str] = []
    time_clauses: list[str] = []
    shifted: list[str] = []
    day_shifts: dict[str, int] = {}
    earlier: list[str] = []
    begins: list[str] = []
    concessive: list[str] = []
    language_words: list[str] = []
    modality: ModalityCues
    coreference: Coreference
    markers: Markers
    non_participant: list[str] = []
    commentators: list[str] = []
    not_a_place: list[str] = []
    local_time: list[str] = []
    home_time: list[str] = []
    same_day: list[str] = []
    that_time: list[str] = []
    soon: list[str] = []
    deadlines: list[str] = []
    onward: list[str] = []
    attributions: list[str] = []
    earlier_times: list[str] = []
    auxiliaries: list[str] = []
    doubts: list[str] = []
    descriptions: list[str] = []
    while_in: list[str] = []
    approximators: list[str] = []
    authorities: list[str] = []
    press: list[str] = []
    spokespeople: list[str] = []
    place_nouns: list[str] = []
    domains: dict[str, list[str]] = {}
