"""Where an event happened: place rules of an argument context.

A place locates an event when the clause uses it as a location (``locate.located``:
"in", "at", "di"; "to" / "ke" for destinations), the most specific one, ties going to
the nearest after the trigger, then before it. Venues are reported at city level. The
event's place: a static location in the clause, else the place named before a "where"
clause, else the anchored event's place ("after the parade"), else, for asserted
events in the story's month, the story place (dateline or lead). A region or country
is refined to the story's city when that city lies in it ("in Alaska" -> Anchorage).

This module must not import ``api``.
"""

from __future__ import annotations

import datetime as dt

from graph.model import DatePrecision, EventType, Modality, Place, PlaceKind, Role
from ingest.extract import temporal
from ingest.extract.context import CtxBase
from ingest.extract.entities import Ent, city_level, gazetteer

__all__ = ["PlaceRules", "more_specific", "within"]

_SPECIFIC = {PlaceKind.VENUE: 3, PlaceKind.CITY: 2, PlaceKind.REGION: 1}
_DAY = len("2025-01-01")
_NEAR_DAYS = 3  # days from the story's within which a plan is at the story's place


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


class PlaceRules(CtxBase):
    """Where: the place rules of :class:`ingest.extract.arguments.Ctx`."""

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
            and not self.in_apposition(e)  # "Cha, a researcher in Seoul, said"
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
        if found is None and modality is Modality.ASSERTED:
            found = self.visited_place(date)
        if found is None and modality is Modality.ASSERTED and self.story_time(date):
            found = self.doc.story_place
        if found is None and self.within_days(date):
            # "expected to attend the East Asia Summit on Friday" in a story from
            # the summit's city: the same place, days later
            found = self.doc.story_place
        return self.refine(found, date)

    def within_days(self, date: str | None) -> bool:
        """Whether a day-precision ``date`` lies within a few days of the story's."""
        story = self.doc.story_date
        if date is None or story is None or len(date) != _DAY or len(story) != _DAY:
            return False
        gap = abs((dt.date.fromisoformat(date) - dt.date.fromisoformat(story)).days)
        return gap <= _NEAR_DAYS

    def visited_place(self, date: str | None) -> Place | None:
        """Where someone of the clause is on a visit reported before, in the same
        month ("Sugiono visited Beijing. During the visit he met Wang Yi")."""
        people = {e.id for e in self.people()}
        month = temporal.at_precision(date, DatePrecision.MONTH)
        for cand in reversed(self.history.items):
            if (
                cand.type is EventType.VISIT
                and cand.modality is Modality.ASSERTED
                and cand.place is not None
                and set(cand.ids(Role.VISITOR)) & people
                and temporal.compatible(month, cand.date)
            ):
                return cand.place
        return None

    def story_time(self, date: str | None) -> bool:
        """Whether ``date`` falls in the story's month (or is unknown)."""
        month = temporal.at_precision(date, DatePrecision.MONTH)
        return temporal.compatible(month, self.doc.story_date)
