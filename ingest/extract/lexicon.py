"""Per-language trigger lexicons: load ``ingest/data/lexicon/<lang>.yaml``, compile it.

The YAML files are data (trigger words per event type, modality cues, coreference
phrases, clause breaks, exclusion cues); this module validates them with pydantic and
compiles every phrase list into one case-insensitive regular expression with word
boundaries, longest alternative first. ``...`` inside a phrase is a gap of up to three
words. Loaded once per language (cached).

This module must not import ``api``.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path

import yaml

from graph.model import EventType
from ingest.extract.lexicon_file import LexiconFile, TypeLexicon

__all__ = [
    "LEXICON_DIR",
    "Lexicon",
    "PhraseSet",
    "TypeLexicon",
    "load_lexicon",
    "supported_languages",
]

logger = logging.getLogger(__name__)

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"
_GAP = r"(?:\s+\S+){0,3}?\s+"


class PhraseSet:
    """A list of phrases compiled into one regex; ``finditer`` yields phrase matches.

    Phrases match case-insensitively, on word boundaries (letters, digits and hyphens
    count as word characters), longest first. Phrases that start or end with
    punctuation or a space (clause breaks such as ``", but "``) match literally.
    """

    def __init__(self, phrases: list[str]) -> None:
        self.phrases = tuple(dict.fromkeys(p for p in phrases if p.strip()))
        parts = [self._part(p) for p in sorted(self.phrases, key=len, reverse=True)]
        self.pattern: re.Pattern[str] | None = (
            re.compile("|".join(parts), re.IGNORECASE) if parts else None
        )

    @staticmethod
    def _part(phrase: str) -> str:
        if not phrase[0].isalnum() or not phrase[-1].isalnum():
            # punctuation- or space-bounded breaks (", but ") match literally
            return re.escape(phrase)
        words = phrase.split()
        pieces: list[str] = []
        for i, word in enumerate(words):
            if word == "...":
                continue
            if pieces:
                pieces.append(_GAP if words[i - 1] == "..." else r"\s+")
            pieces.append(re.escape(word))
        return r"(?<![\w-])" + "".join(pieces) + r"(?![\w-])"

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> list[re.Match[str]]:
        if self.pattern is None:
            return []
        return list(
            self.pattern.finditer(text, start, len(text) if end is None else end)
        )

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        return bool(self.finditer(text, start, end))

    def __bool__(self) -> bool:
        return self.pattern is not None


class Lexicon:
    """A language's lexicon with every phrase list compiled (see :class:`PhraseSet`)."""

    def __init__(self, data: LexiconFile) -> None:
        self.data = data
        self.lang = data.lang
        ev = data.events
        self.verbs = {t: PhraseSet(x.verbs) for t, x in ev.items()}
        self.nouns = {t: PhraseSet(x.nouns) for t, x in ev.items()}
        self.weak = {t: PhraseSet(x.weak) for t, x in ev.items()}
        self.exclude = {t: PhraseSet(x.exclude) for t, x in ev.items()}
        self.signing = PhraseSet(ev[EventType.ALLIANCE].signing)
        self.forces = PhraseSet(ev[EventType.TROOP_DEPLOYMENT].forces)
        self.addressed = PhraseSet(ev[EventType.STATEMENT].addressed)
        self.speech = PhraseSet(ev[EventType.STATEMENT].verbs)
        self.bodies = PhraseSet(ev[EventType.STATEMENT].bodies)
        self.occasions = PhraseSet(ev[EventType.STATEMENT].occasions)
        self.doubts = PhraseSet(data.doubts)
        self.receiving = PhraseSet(ev[EventType.INVITATION].receiving)
        self.helping = PhraseSet(ev[EventType.TROOP_DEPLOYMENT].helping)
        self.fighting = PhraseSet(ev[EventType.TROOP_DEPLOYMENT].fighting)
        self.holding = PhraseSet(ev[EventType.TROOP_DEPLOYMENT].holding)
        self.touring = PhraseSet(ev[EventType.VISIT].touring)
        self.separate = PhraseSet(ev[EventType.MEETING].separate)
        self.following = PhraseSet(ev[EventType.SANCTION].following)
        self.present = PhraseSet(data.attendance.present)
        self.absent = PhraseSet(data.attendance.absent)
        self.determiners = PhraseSet(data.determiners)
        self.anchors = PhraseSet(data.anchors)
        self.breaks = PhraseSet(data.clause_breaks)
        self.relative_breaks = PhraseSet(data.relative_breaks)
        self.time_breaks = frozenset(w.lower() for w in data.time_breaks)
        self.time_clauses = frozenset(w.lower() for w in data.time_clauses)
        self.shifted = PhraseSet(data.shifted)
        self.day_shifts = {k.lower(): v for k, v in data.day_shifts.items()}
        self.earlier = frozenset(w.lower() for w in data.earlier)
        self.begins = frozenset(w.lower() for w in data.begins)
        self.concessive = frozenset(w.lower() for w in data.concessive)
        self.language_words = frozenset(w.lower() for w in data.language_words)
        self.where_words = frozenset(w.lower().split()[0] for w in data.where_words)
        self.relative_next = tuple(w.lower() for w in data.relative_next)
        self.dependent = frozenset(w.lower() for w in data.dependent)
        self.relative_words = frozenset(w.lower() for w in data.relative_pronouns)
        self.indefinite = frozenset(w.lower() for w in data.indefinite)
        self.complementizers = frozenset(w.lower() for w in data.complementizers)
        self.coordinators = frozenset(w.lower() for w in data.coordinators)
        self.participle_suffixes = tuple(w.lower() for w in data.participle_suffixes)
        self.not_participles = frozenset(w.lower() for w in data.not_participles)
        self.borders = PhraseSet(data.borders)
        mod = data.modality
        self.planned = PhraseSet(mod.planned)
        self.speculated = PhraseSet(mod.speculated)
        self.negated = PhraseSet(mod.negated)
        self.cancelled = PhraseSet(mod.cancelled)
        self.opportunity = PhraseSet(mod.opportunity)
        self.future_times = PhraseSet(mod.future_times)
        self.fronted = PhraseSet(mod.fronted)
        self.superseded = PhraseSet(mod.superseded)
        self.neutral = PhraseSet(mod.neutral)
        self.invited = PhraseSet(mod.invited)
        self.accepted = PhraseSet(mod.accepted)
        self.conditional = PhraseSet(mod.conditional)
        co = data.coreference
        self.pair_people = PhraseSet(co.pair_people)
        self.pair_countries = PhraseSet(co.pair_countries)
        self.pronouns = PhraseSet(co.pronouns)
        self.pronoun_words = frozenset(w.lower() for w in co.pronouns)
        self.possessives = frozenset(w.lower() for w in co.possessives)
        self.objects = frozenset(w.lower() for w in co.objects)
        self.guest = PhraseSet(co.guest)
        self.host = PhraseSet(co.host)
        self.counterpart = PhraseSet(co.counterpart)
        self.generic_titles = {k.lower(): v for k, v in co.generic_titles.items()}
        self.generic = PhraseSet(list(co.generic_titles))
        self.home_country = co.home_country
        self.plural = PhraseSet(co.plural)
        self.there = PhraseSet(co.there)
        mk = data.markers
        self.locative = frozenset(mk.locative)
        self.surface = frozenset(mk.surface)
        self.directional = frozenset(mk.directional)
        self.markers: dict[str, frozenset[str]] = {
            "with": frozenset(mk.with_),
            "between": frozenset(mk.between),
            "by": frozenset(mk.by),
            "to": frozenset(mk.to),
            "at": frozenset(mk.at),
            "from": frozenset(mk.from_),
            "against": frozenset(mk.against),
            "for": frozenset(mk.for_),
            "of": frozenset(mk.of),
            "addressee": frozenset(mk.addressee),
        }
        self.inverted = PhraseSet(mk.inverted)
        self.non_participant = PhraseSet(data.non_participant)
        self.commentators = PhraseSet(data.commentators)
        self.not_a_place = PhraseSet(data.not_a_place)
        self.local_time = PhraseSet(data.local_time)
        self.home_time = PhraseSet(data.home_time)
        self.same_day = PhraseSet(data.same_day)
        self.that_time = PhraseSet(data.that_time)
        self.soon = PhraseSet(data.soon)
        self.deadlines = frozenset(w.lower() for w in data.deadlines)
        self.onward = PhraseSet(data.onward)
        self.attributions = PhraseSet(data.attributions)
        self.earlier_times = PhraseSet(data.earlier_times)
        self.auxiliaries = frozenset(w.lower() for w in data.auxiliaries)
        self.descriptions = tuple(w.lower() for w in data.descriptions)
        self.while_in = PhraseSet(data.while_in)
        self.approximators = frozenset(w.lower() for w in data.approximators)
        self.authorities = frozenset(w.lower() for w in data.authorities)
        self.press = PhraseSet(data.press)
        self.spokespeople = PhraseSet(data.spokespeople)
        self.place_nouns = frozenset(w.lower() for w in data.place_nouns)
        self.domains = {k: PhraseSet(v) for k, v in data.domains.items()}
        #: Indonesian puts determiners after the noun ("pertemuan tersebut").
        self.postposed_determiners = data.determiners_follow
        self.determiners_follow = data.determiners_follow


def supported_languages() -> tuple[str, ...]:
    """Languages that have a lexicon file."""
    return tuple(sorted(p.stem for p in LEXICON_DIR.glob("*.yaml")))


@cache
def load_lexicon(lang: str) -> Lexicon | None:
    """The compiled lexicon of ``lang``, or None when there is no file for it.

    Raises:
        pydantic.ValidationError: the file does not match the schema.
    """
    path = LEXICON_DIR / f"{lang}.yaml"
    if not path.exists():
        logger.info("no trigger lexicon for language %r", lang)
        return None
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Lexicon(LexiconFile.model_validate(raw))
