"""Shared argument rules: who is around a trigger, where and when its event happened.

:class:`Ctx` bundles what an event-type module needs about one trigger group: the
document, the sentence, the clause bounds, the history of earlier candidates and the
event the sentence is anchored to ("after the parade"). Its helpers answer:

- which actors stand in the clause (mention-only ones excluded: "according to X",
  "X, an analyst at...", "atas perintah X"), which is the subject (the nearest actor
  before the trigger that is not inside a prepositional phrase; for a clause opened by
  "who"/"yang"/"and", the actor before it), which follow it and with what marker;
- where: a place the clause locates something at ("in", "at", "di", "ke", walking back
  over names such as "di Lapangan Kim Il Sung, Pyongyang"), the most specific one
  nearest the trigger; else the anchored event's place; else, for asserted events of
  the story's occasion, the story place (dateline or lead). A region or country is
  refined to the story's city when that city lies in it ("in Alaska" -> Anchorage);
- when: see :mod:`ingest.extract.temporal` for the order of preference.

This module must not import ``api``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from graph.model import DatePrecision, Modality, Place, PlaceKind
from ingest.dates import DateMention
from ingest.extract import temporal
from ingest.extract.candidate import Candidate, History
from ingest.extract.clauses import breaks, scope
from ingest.extract.document import Doc, Sentence
from ingest.extract.entities import Ent, city_level, gazetteer
from ingest.extract.locate import located
from ingest.extract.modality import modality_at
from ingest.extract.triggers import Trigger

__all__ = ["Ctx", "more_specific"]

logger = logging.getLogger(__name__)

_SKIP_WORDS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "sang", "para"}
)
_PREPOSITIONS = (
    "with",
    "between",
    "by",
    "to",
    "from",
    "against",
    "for",
    "of",
    "addressee",
)
_RIGHT_AFTER = 2  # words between a verb and a date that still dates the verb
_NEAR_WORDS = 6  # words around a referring noun that may name its participants
_DATE_REACH = 100  # characters beyond which a date in the clause dates something else
_NON_PARTICIPANT_BEFORE = 30
_NON_PARTICIPANT_AFTER = 45
_SPECIFIC = {PlaceKind.VENUE: 3, PlaceKind.CITY: 2, PlaceKind.REGION: 1}
_RANK = {
    Modality.ASSERTED: 0,
    Modality.PLANNED: 1,
    Modality.SPECULATED: 2,
    Modality.NEGATED: 3,
}


def more_specific(a: Place | None, b: Place | None) -> bool:
    """Whether ``a`` is a more specific place than ``b``."""
    return _specificity(a) > _specificity(b)


def _specificity(place: Place | None) -> int:
    return -1 if place is None else _SPECIFIC.get(place.kind, 0)


def _country_id(place: Place) -> str | None:
    return place.country or (place.id if place.id.startswith("country:") else None)


def within(inner: Place, outer: Place) -> bool:
    """Whether ``inner`` lies in ``outer`` (same place, gazetteer containment, or a
    more specific place in the same country as a country or region)."""
    if inner.id == outer.id or gazetteer().contains(outer.id, inner.id):
        return True
    return (
        outer.kind in (PlaceKind.COUNTRY, PlaceKind.REGION)
        and more_specific(inner, outer)
        and _country_id(inner) == _country_id(outer)
    )


@dataclass
class Ctx:
    """One trigger group in its sentence (see the module docstring)."""

    doc: Doc
    sentence: Sentence
    head: Trigger
    group: list[Trigger]
    lo: int
    hi: int
    history: History
    anchor: Candidate | None = None

    # -- words -----------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def start(self) -> int:
        return min(t.start for t in self.group)

    @property
    def end(self) -> int:
        return max(t.end for t in self.group)

    def words_before(self, pos: int, limit: int = 3) -> list[str]:
        """Lower-case words before ``pos`` in the sentence, nearest last."""
        window = self.text[self.sentence.start : pos]
        words = [w.strip("\"'“”(),.:;").lower() for w in window.split()[-(limit + 2) :]]
        return [w for w in words if w and w not in _SKIP_WORDS][-limit:]

    def marker(self, ent: Ent) -> str | None:
        """The marker name ("with", "to", "at"...) of the word before ``ent``."""
        words = self.words_before(ent.start, 1)
        if not words:
            return None
        word = words[0]
        for name, forms in self.doc.lex.markers.items():
            if word in forms:
                return name
        return None

    def mentioned_only(self, ent: Ent) -> bool:
        """An actor the text only mentions: a source, an analyst, an order-giver."""
        text, lex = self.text, self.doc.lex
        lo = max(self.sentence.start, ent.start - _NON_PARTICIPANT_BEFORE)
        for match in lex.non_participant.finditer(text, lo, ent.start):
            if "," not in text[match.end() : ent.start]:
                return True
        for match in lex.commentators.finditer(text, lo, ent.start):
            gap = text[match.end() : ent.start]
            if not gap.split() or gap.rstrip().endswith(","):
                return True  # "analyst Jane Roe", "Pengamat ... di Jakarta, Rina"
        after = text[ent.end : min(self.sentence.end, ent.end + _NON_PARTICIPANT_AFTER)]
        if after.startswith(","):
            head = after[1:].split(",")[0]
            return lex.commentators.search(head) or lex.non_participant.search(head)
        return False

    # -- actors ----------------------------------------------------------------------

    def located(
        self, ent: Ent, *, directional: bool = True, origin: bool = False
    ) -> bool:
        """Whether the text uses ``ent`` as a location (see ``locate.located``)."""
        return located(
            self.doc, self.sentence, ent, directional=directional, origin=origin
        )

    def actors(
        self, lo: int | None = None, hi: int | None = None, *, people: bool = False
    ) -> list[Ent]:
        """Participating actors in ``[lo, hi)`` (the clause by default), text order;
        actors inside quoted speech are what was said, not who acts."""
        lo = self.lo if lo is None else lo
        hi = self.hi if hi is None else hi
        found: list[Ent] = []
        for ent in self.sentence.ents:
            if not (lo <= ent.start and ent.end <= hi) or ent.actor is None:
                continue
            if self.sentence.in_quote(ent.start):
                continue
            if people and not ent.is_person:
                continue
            if self.located(ent) or self.mentioned_only(ent):
                continue
            found.append(ent)
        return found

    def people(self, lo: int | None = None, hi: int | None = None) -> list[Ent]:
        return _unique(self.actors(lo, hi, people=True))

    def subject(self, *, people: bool = False, before: int | None = None) -> Ent | None:
        """The actor that does what the trigger says (see the module docstring)."""
        pos = self.start if before is None else before
        for ent in reversed(self.actors(self.lo, pos, people=people)):
            if self.marker(ent) not in _PREPOSITIONS:
                return ent
        if self.lo > self.sentence.start:
            for ent in reversed(
                self.actors(self.sentence.start, self.lo, people=people)
            ):
                if self.marker(ent) not in _PREPOSITIONS:
                    return ent
        return None

    def near_people(self, words: int = _NEAR_WORDS) -> list[Ent]:
        """People within a few words of the trigger group (for a noun that refers
        back: "Trump said he had called off the Budapest meeting" -> Trump)."""
        tokens = list(re.finditer(r"\S+", self.text[self.lo : self.hi]))
        before = [t for t in tokens if self.lo + t.end() <= self.start]
        after = [t for t in tokens if self.lo + t.start() >= self.end]
        lo = self.lo + before[-words].start() if len(before) >= words else self.lo
        hi = self.lo + after[words - 1].end() if len(after) >= words else self.hi
        return self.people(lo, hi)

    def attendees(self) -> list[Ent]:
        """People of the clause; for an attendance verb whose clause names nobody
        ("..., whose attendance was speculated, did not appear at the parade"),
        its subject across the relative clause."""
        nouns = [t for t in self.group if t.kind in ("noun", "weak")]
        referring = (
            bool(nouns)
            and all(t.anaphoric for t in nouns)
            and not any(t.kind in ("verb", "present", "absent") for t in self.group)
        )
        people = self.near_people() if referring else self.people()
        if not people and any(t.kind in ("present", "absent") for t in self.group):
            subject = self.subject(people=True)
            people = [subject] if subject is not None else []
        return people

    def invited_only(self) -> Modality | None:
        """None when the trigger is only what someone is invited to do ("invited Xi
        to attend the summit"); PLANNED when the invitation was accepted; else
        ASSERTED (no effect)."""
        lex = self.doc.lex
        for match in lex.invited.finditer(self.text, self.sentence.start, self.start):
            before = self.text[
                max(self.sentence.start, match.start() - 30) : match.start()
            ]
            if lex.accepted.search(before):
                return Modality.PLANNED
            return None
        return Modality.ASSERTED

    def following(self, *, people: bool = False) -> list[Ent]:
        """Actors after the trigger in the clause."""
        return self.actors(self.end, self.hi, people=people)

    # -- modality --------------------------------------------------------------------

    def modality(self, *, absent: bool = False) -> Modality:
        """The strongest modality cued around any trigger of the group ("Parade ...
        itu dijadwalkan dihadiri": the plan is cued at the attendance verb). Cues
        are read across relative clauses ("kesempatan ... yang tertutup itu untuk
        bertemu"), within the trigger's clause otherwise."""
        best = Modality.ASSERTED
        absent = absent or any(t.kind == "absent" for t in self.group)
        for trig in self.group:
            if trig.kind == "force":
                continue
            lo, hi = scope(
                self.doc, self.sentence, trig.start, trig.end, relative=False
            )
            found = modality_at(
                self.doc,
                self.sentence,
                lo,
                hi,
                trig.start,
                trig.end,
                noun=trig.kind in ("noun", "weak"),
                absent=absent,
            )
            if _RANK[found] > _RANK[best]:
                best = found
        return best

    # -- place -----------------------------------------------------------------------

    def places(
        self,
        lo: int | None = None,
        hi: int | None = None,
        *,
        directional: bool = True,
        origin: bool = False,
    ) -> list[Ent]:
        """Places used as locations in ``[lo, hi)`` (the clause by default)."""
        lo = self.lo if lo is None else lo
        hi = self.hi if hi is None else hi
        return [
            e
            for e in self.sentence.ents
            if lo <= e.start
            and e.end <= hi
            and self.located(e, directional=directional, origin=origin)
            and not self.mentioned_only(e)  # "according to Seoul's spy agency"
        ]

    def best_place(self, ents: list[Ent]) -> Place | None:
        """The most specific of ``ents``' places; ties go to the nearest after the
        trigger, then the nearest before it."""

        def key(ent: Ent) -> tuple[int, int, int]:
            rank = _SPECIFIC.get(ent.place.kind, 0) if ent.place else -1
            after = ent.start >= self.end
            gap = ent.start - self.end if after else self.start - ent.end
            return (-rank, 0 if after else 1, gap)

        ordered = sorted((e for e in ents if e.place is not None), key=key)
        return self.city(ordered[0].place) if ordered else None

    def city(self, place: Place | None) -> Place | None:
        """Venues at city level; a venue the gazetteer cannot place in a city takes
        the story's city when that is in the same country."""
        found = city_level(place)
        story = self.doc.story_place
        if (
            found is not None
            and found.kind is PlaceKind.VENUE
            and story is not None
            and story.kind is PlaceKind.CITY
            and story.country == found.country
        ):
            return story
        return found

    def no_place(self) -> bool:
        return self.doc.lex.not_a_place.search(
            self.text, self.sentence.start, self.sentence.end
        )

    def refine(self, place: Place | None, date: str | None) -> Place | None:
        """A region or country refined to the story's city when that lies inside it
        and the event belongs to the story's time (same month)."""
        story = self.doc.story_place
        if place is None or story is None or not more_specific(story, place):
            return place
        if not self.story_time(date):
            return place
        return story if within(story, place) else place

    def where_clause(self) -> Place | None:
        """For a clause opened by "where" / "di mana": the place named before it."""
        head = self.text[self.lo : self.lo + 12].lower().split()
        if not head or head[0].strip(",") not in self.doc.lex.where_words:
            return None
        before = self.places(self.sentence.start, self.lo)
        return self.city(before[-1].place) if before else None

    def event_place(self, modality: Modality, date: str | None) -> Place | None:
        """Where the event happened (see the module docstring): a static location in
        the clause, the "where" antecedent, the anchor's place, the story's place."""
        found = self.best_place(self.places(directional=False)) or self.where_clause()
        if found is None and self.anchor is not None:
            found = self.anchor.place
        if found is None and modality is Modality.ASSERTED and self.story_time(date):
            found = self.doc.story_place
        return self.refine(found, date)

    def story_time(self, date: str | None) -> bool:
        """Whether ``date`` falls in the story's month (or is unknown)."""
        month = temporal.at_precision(date, DatePrecision.MONTH)
        return temporal.compatible(month, self.doc.story_date)

    # -- date ------------------------------------------------------------------------

    def same_day(self) -> bool:
        return self.doc.lex.same_day.search(
            self.text, self.sentence.start, self.sentence.end
        )

    def context_date(self) -> str | None:
        """The day of the event the text is narrating: the anchor, else (after "that
        day", "pada hari yang sama") the latest dated event, else the story's date."""
        if self.anchor is not None and self.anchor.date:
            return self.anchor.date
        if self.same_day():
            for cand in reversed(self.history.items):
                if cand.date and len(cand.date) == 10:
                    return cand.date
        # without a publication date, "on Friday" cannot be told from "undated"
        return self.doc.story_date if self.doc.published is not None else None

    def date_mention(self, *, before_only: bool = False) -> DateMention | None:
        """The date mention for the trigger: in the clause, nearest after the trigger
        then before it; else one fronted before the clause ("On Saturday, ...").
        ``before_only`` keeps dates before the trigger or right after it ("said on
        Wednesday"): what follows is the content of a statement or invitation."""
        in_clause = [
            d
            for d in temporal.mentions_in(self.doc, self.sentence, self.lo, self.hi)
            if d.start - self.end <= _DATE_REACH and self.start - d.end <= _DATE_REACH
        ]
        if before_only:
            in_clause = [
                d
                for d in in_clause
                if d.end <= self.start
                or len(self.text[self.end : d.start].split()) <= _RIGHT_AFTER
            ]
        found = temporal.nearest(in_clause, self.end, prefer_after=True)
        if found is None:
            found = self._time_clause_date()
        if found is None:
            inside = self.relative_spans()
            fronted = [
                d
                for d in temporal.mentions_in(
                    self.doc, self.sentence, self.sentence.start, self.lo
                )
                if not any(a <= d.start < b for a, b in inside)
            ]
            found = fronted[-1] if fronted else None
        return found

    def relative_spans(self) -> list[tuple[int, int]]:
        """Relative clauses set off by commas (", who arrived on Tuesday,"): what
        they say is about their noun, not about the main clause."""
        spans: list[tuple[int, int]] = []
        lex = self.doc.lex
        for match in lex.relative_breaks.finditer(
            self.text, self.sentence.start, self.sentence.end
        ):
            if not match.group().startswith(","):
                continue
            comma = self.text.find(",", match.end(), self.sentence.end)
            spans.append((match.start(), comma if comma != -1 else self.sentence.end))
        return spans

    def _time_clause_date(self) -> DateMention | None:
        """A date in the next clause when that is a time clause ("saat berkunjung ke
        Jakarta pada akhir Mei lalu", "when he visited in May")."""
        head = self.text[self.hi : self.hi + 15].lower().split()
        if not head or head[0].strip(",") not in self.doc.lex.time_clauses:
            return None
        later = [c for c in breaks(self.doc, self.sentence) if c > self.hi]
        end = later[0] if later else self.sentence.end
        found = temporal.mentions_in(self.doc, self.sentence, self.hi, end)
        return found[0] if found else None

    def explicit_date(
        self, modality: Modality | None = None, *, before_only: bool = False
    ) -> str | None:
        """The date the text gives for the trigger (see ``date_mention``); a bare
        weekday of a planned event is the coming one."""
        mention = self.date_mention(before_only=before_only)
        if mention is None:
            return None
        anchor = self.anchor.date if self.anchor is not None else None
        found = temporal.value(self.doc, mention, anchor or self._narrative_date())
        if modality is Modality.PLANNED:
            found = temporal.upcoming(mention, found, self.doc.published)
        return found

    def _narrative_date(self) -> str | None:
        for cand in reversed(self.history.items):
            if cand.date and len(cand.date) == 10:
                return cand.date
        return self.doc.story_date

    def event_date(self, modality: Modality, *, fallback: bool = True) -> str | None:
        """When the event happened: explicit, else anchored/narrated, else None."""
        found = self.explicit_date(modality)
        if found is not None:
            return found
        if self.anchor is not None and self.anchor.date:
            return self.anchor.date
        if fallback and modality is Modality.ASSERTED:
            return self.context_date()
        return None

    def month_of(self, value: str | None) -> str | None:
        return temporal.at_precision(value, DatePrecision.MONTH)


def _unique(ents: list[Ent]) -> list[Ent]:
    seen: set[str] = set()
    out: list[Ent] = []
    for ent in ents:
        if ent.id not in seen:
            seen.add(ent.id)
            out.append(ent)
    return out
