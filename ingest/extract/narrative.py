"""Dates the narrative gives: the day a clause is set relative to another.

- the day the text is narrating: the anchor's, else (after "that day", "pada hari
  yang sama") the latest dated event, else that of a visit at another time reported
  just before by someone of the clause, else the story's date;
- "a day after" / "sehari setelah": the clause before it moved by the shift;
- "saat itu" / "at the time": the date of the event reported last;
- "saat di Kyiv" / "while in Moscow": the date of the visit to that place;
- "in the coming days": the publication month, for plans.

This module must not import ``api``.
"""

from __future__ import annotations

from datetime import date, timedelta

from graph.model import DatePrecision, EventType, Modality, Role
from ingest.extract import temporal
from ingest.extract.candidate import Candidate
from ingest.extract.context import CtxBase
from ingest.extract.places import within

__all__ = ["NarrativeDates"]

_SOON_LAST_DAY = 20  # "in the coming days" stays in the month up to this day
_VISIT_BACK = 2  # sentences back a visit still frames what its visitor does


class NarrativeDates(CtxBase):
    """Narrated dates of :class:`ingest.extract.when.DateRules`."""

    def same_day(self) -> bool:
        return self.doc.lex.same_day.search(
            self.text, self.sentence.start, self.sentence.end
        )

    def shifted(self) -> bool:
        """Whether the clause is set at another time than the narrated one ("...,
        days after he visited Kyiv", "sehari setelah ...")."""
        head = self.text[self.lo : self.lo + 30]
        found = self.doc.lex.shifted.finditer(head)
        return bool(found) and not head[: found[0].start()].strip(" ,")

    def day_shift(self) -> int | None:
        """Days between a shifted clause and the one before it ("..., a day after
        ...": -1), when the text says how many."""
        head = self.text[self.lo : self.lo + 30].lstrip(" ,").lower()
        for phrase, days in self.doc.lex.day_shifts.items():
            if head.startswith(phrase + " "):
                return days
        return None

    def shifted_date(self) -> str | None:
        """The day of a clause set a known number of days from the clause before
        it: that clause's day (or the narrated one) moved by the shift."""
        days = self.day_shift()
        if days is None:
            return None
        before = [
            d
            for d in temporal.mentions_in(
                self.doc, self.sentence, self.sentence.start, self.lo
            )
            if d.precision is DatePrecision.DAY
        ]
        base = temporal.value(self.doc, before[-1], None) if before else None
        if base is None:
            base = self.context_date()
        if base is None or len(base) != len("2025-01-01"):
            return None
        return (date.fromisoformat(base) + timedelta(days=days)).isoformat()

    def _earlier(self) -> bool:
        """Whether the sentence opens by setting itself before the story
        ("Sebelumnya, ...", "Previously, ...")."""
        head = self.text[self.sentence.start : self.sentence.start + 30]
        found = self.doc.lex.earlier_times.finditer(head)
        return bool(found) and found[0].start() == 0

    def recent_visit(self) -> Candidate | None:
        """A visit reported in the two sentences before, by someone of this clause, at
        another time than the story's: what the clause narrates happened during
        that visit."""
        people = {e.id for e in self.people()}
        for cand in reversed(self.history.items):
            if self.sentence.index - max(cand.sentences) > _VISIT_BACK:
                break
            if (
                cand.type is EventType.VISIT
                and cand.modality is Modality.ASSERTED
                and set(cand.ids(Role.VISITOR)) & people
                and (
                    cand.date is None  # an undated earlier visit: no date either
                    or not temporal.compatible(
                        temporal.at_precision(cand.date, DatePrecision.MONTH),
                        temporal.at_precision(self.doc.story_date, DatePrecision.MONTH),
                    )
                )
            ):
                return cand
        return None

    def soon_date(self, modality: Modality) -> str | None:
        """ "will deploy in the coming days": a plan for the publication month
        (when the month still has the days to come)."""
        published = self.doc.published
        if modality is Modality.ASSERTED or published is None:
            return None
        if published.day > _SOON_LAST_DAY:
            return None
        if not self.doc.lex.soon.search(self.text, self.start, self.hi):
            return None
        return published.isoformat()[:7]

    def stay_date(self) -> str | None:
        """ "Saat di Kyiv", "while in Moscow": the date of the visit reported to
        that place."""
        lex = self.doc.lex
        for match in lex.while_in.finditer(
            self.text, self.sentence.start, self.sentence.end
        ):
            place = next(
                (e for e in self.sentence.ents if e.start >= match.end()), None
            )
            if place is None or place.place is None:
                continue
            for cand in reversed(self.history.items):
                if (
                    cand.type is EventType.VISIT
                    and cand.modality is Modality.ASSERTED
                    and cand.place is not None
                    and cand.date is not None
                    and within(cand.place, place.place)
                ):
                    return cand.date
        return None

    def then_date(self) -> str | None:
        """ "Saat itu", "at the time": the date of the event the previous sentences
        reported last, at its precision."""
        lex = self.doc.lex
        if not lex.that_time.search(self.text, self.sentence.start, self.sentence.end):
            return None
        for cand in reversed(self.history.items):
            if cand.date and min(cand.sentences) < self.sentence.index:
                return cand.date
        return None

    def context_date(self) -> str | None:
        """The day of the event the text is narrating: the anchor, else (after "that
        day", "pada hari yang sama") the latest dated event, else the story's date."""
        if self.anchor is not None and self.anchor.date:
            return self.anchor.date
        if self.same_day():
            for cand in reversed(self.history.items):
                if cand.date and len(cand.date) == 10:
                    return cand.date
        visit = self.recent_visit()
        if visit is not None:  # "Shoigu visited in July. Shoigu watched a parade"
            return visit.date
        if self._earlier():
            return (
                None  # "Sebelumnya, Prabowo berkunjung ke Tiongkok": before the story
            )
        # without a publication date, "on Friday" cannot be told from "undated"
        return self.doc.story_date if self.doc.published is not None else None
