"""When an event happened: date rules of an argument context.

The date mention of the trigger's clause nearest after the trigger (then before it),
within ``_DATE_REACH`` characters; else one fronted at the start of the sentence ("On
Saturday, ..."), never one inside a relative clause; else one in a time clause that
follows ("..., saat berkunjung ke Jakarta pada akhir Mei lalu"); else the anchored
event's date; else, for asserted events, the day the text narrates ("that day" -> the
latest dated event) or the story's date. The narrated dates (shifts, "saat itu",
stays, visits, "in the coming days") are in :mod:`ingest.extract.narrative`; see
:mod:`ingest.extract.temporal` for the date helpers.

This module must not import ``api``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from graph.model import DatePrecision, EventType, Modality
from ingest.dates import DateMention
from ingest.extract import temporal
from ingest.extract.clauses import breaks, relative_spans
from ingest.extract.narrative import NarrativeDates

__all__ = ["DateRules"]

_RIGHT_AFTER = 2  # words between a verb and a date that still dates the verb
_DATE_REACH = 100  # characters beyond which a date in the clause dates something else
_FRONT_WORDS = 3  # words before a date that still heads its sentence
_SPEECH_ACTS = frozenset({EventType.STATEMENT, EventType.INVITATION})


class DateRules(NarrativeDates):
    """When: the date rules of :class:`ingest.extract.arguments.Ctx`."""

    def date_mention(self, *, before_only: bool = False) -> DateMention | None:
        """The date mention for the trigger: in the clause, nearest after the trigger
        then before it; else one fronted before the clause ("On Saturday, ...").
        ``before_only`` keeps dates before the trigger or right after it ("said on
        Wednesday"): what follows is the content of a statement or invitation."""
        in_clause = self._no_deadlines(
            [
                d
                for d in temporal.mentions_in(self.doc, self.sentence, self.lo, self.hi)
                if d.start - self.end <= _DATE_REACH
                and self.start - d.end <= _DATE_REACH
            ]
        )
        actors = [e.start for e in self.sentence.ents if e.actor is not None]
        subject_at = min(
            [a for a in actors if self.lo <= a < self.start], default=self.start
        )
        in_clause = [  # a fronted date heads its sentence, not a phrase in it
            d for d in in_clause if d.start > subject_at or self._opens_sentence(d)
        ]
        if before_only:
            in_clause = [d for d in in_clause if self._dates_the_act(d)]
        elif self.head.type not in _SPEECH_ACTS:
            # "troops have begun fighting, the ministry said on Tuesday": the
            # day of the saying, not of the fighting
            in_clause = [d for d in in_clause if not self._dates_a_saying(d)]
        # adjuncts follow the head ("travelled to Tokyo in March, the first such
        # visit ... in May": March), not the group's last trigger
        found = temporal.nearest(in_clause, self.head.end, prefer_after=True)
        if found is not None:  # "later this year, at the summit in November"
            finer = [
                d
                for d in in_clause
                if d.start > found.start
                and len(d.value) > len(found.value)
                and d.value.startswith(found.value)
            ]
            found = finer[0] if finer else found
        if found is None:
            found = self._time_clause_date()
        if found is None and (not before_only or self._participle_clause()):
            # "hit back on Thursday, accusing NATO of ...": the day of the clause
            # the participle belongs to, before what is said
            found = self._governing_date()
        if found is None:
            inside = self.relative_spans()
            actors = [e.start for e in self.sentence.ents if e.actor is not None]
            first = min(actors) if actors else self.lo
            fronted = [
                d
                for d in temporal.mentions_in(
                    self.doc, self.sentence, self.sentence.start, min(self.lo, first)
                )
                if not any(a <= d.start < b for a, b in inside)
                and self._opens_sentence(d)
            ]
            found = fronted[-1] if fronted else None
        return found

    def _opens_sentence(self, mention: DateMention) -> bool:
        """Whether a date stands at the head of its sentence ("On Saturday, ...",
        "Sehari sebelumnya, Rabu (29/6), ...", "Di sana, pada Sabtu (11/11), ..."),
        not inside a phrase ("Sebagai pemegang presidensi tahun ini, ...")."""
        before = self.text[self.sentence.start : mention.start]
        if len(before.split()) <= _FRONT_WORDS:
            return True
        tail = before.rsplit(",", 1)
        return len(tail) == 2 and len(tail[1].split()) <= 1

    def _dates_a_saying(self, mention: DateMention) -> bool:
        """Whether ``mention`` follows a speech verb other than the trigger ("said on
        Wednesday", "told reporters on Tuesday")."""
        verbs = self.doc.lex.verbs[EventType.STATEMENT]
        window = self.text[max(self.sentence.start, mention.start - 40) : mention.start]
        found = verbs.finditer(window)
        if not found:
            return False
        between = window[found[-1].end() :].split()
        return len(between) <= _RIGHT_AFTER

    def relative_spans(self) -> list[tuple[int, int]]:
        return relative_spans(self.doc, self.sentence)

    def _dates_the_act(self, mention: DateMention) -> bool:
        """For a speech act or an invitation: a date before the verb, or after it
        but before what is said ("criticised Spain at a news conference on
        Wednesday", not "... that ties have grown since January" nor a quote)."""
        if mention.end <= self.start:
            return True
        between = self.text[self.end : mention.start]
        if len(between.split()) <= _RIGHT_AFTER:
            return True
        words = {w.strip(",.").lower() for w in between.split()}
        if any(ch in between for ch in '",\u201c\u201d:'):
            return False
        lex = self.doc.lex
        if self.head.type is not EventType.STATEMENT:
            return False  # "an invitation to visit China in April": the visit's date
        return not (
            words & lex.relative_words
            or words & lex.time_breaks
            or words & lex.complementizers
            or words & lex.coordinators  # "praised X and invited Y ... next year"
            or words & lex.markers["for"]  # "urged X to act ... by June"
        )

    def _participle_clause(self) -> bool:
        suffixes = self.doc.lex.participle_suffixes
        head = self.text[self.lo : self.lo + 15].lower().split()
        return bool(suffixes and head) and head[0].strip(",").endswith(suffixes)

    def _governing_date(self) -> DateMention | None:
        """For a clause that only continues the one before ("..., on Sunday before
        travelling to Japan"), says when it happened ("... in April 2019, when Kim
        visited Russia") or where ("flew to Riyadh last Wednesday, where he met
        ..."), that clause's date."""
        lex = self.doc.lex
        head = self.text[self.lo : self.lo + 15].lower().split()
        word = head[0].strip(",") if head else ""
        participle = bool(lex.participle_suffixes) and word.endswith(
            lex.participle_suffixes
        )
        # ", prompting Blinken to call off a trip" continues its sentence too
        if word not in lex.dependent | lex.time_clauses | lex.where_words and not (
            participle
        ):
            return None
        earlier = [c for c in breaks(self.doc, self.sentence) if c < self.lo]
        starts = [*reversed(earlier), self.sentence.start]
        for start, end in zip(starts, [self.lo, *starts[:-1]], strict=True):
            # the nearest clause before that has a date ("in February, when ...,
            # prompting Blinken to call off a trip": February)
            inside = self.relative_spans()  # "Trump, who arrived on Tuesday, ..."
            found = self._no_deadlines(
                [
                    d
                    for d in temporal.mentions_in(self.doc, self.sentence, start, end)
                    if not any(a <= d.start < b for a, b in inside)
                ]
            )
            if found:
                return found[-1]
        return None

    def _no_deadlines(self, mentions: list[DateMention]) -> list[DateMention]:
        """Mentions without deadlines ("raise spending by 2035") when there are
        others: a deadline dates a target, not the event."""
        kept = [d for d in mentions if not self._after_deadline_word(d)]
        return kept or mentions

    def _after_deadline_word(self, mention: DateMention) -> bool:
        before = self.text[max(0, mention.start - 12) : mention.start].lower().split()
        return bool(before) and before[-1] in self.doc.lex.deadlines

    def _time_clause_date(self) -> DateMention | None:
        """A date in the next clause when that is a time clause ("saat berkunjung ke
        Jakarta pada akhir Mei lalu", "when he visited in May")."""
        head = self.text[self.hi : self.hi + 15].lower().split()
        words = self.doc.lex.time_clauses | self.doc.lex.where_words
        if not head or head[0].strip(",") not in words:
            return None  # "..., where he held talks with Xi on Monday" too
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
        return self.mention_value(mention, modality)

    def mention_value(
        self, mention: DateMention, modality: Modality | None = None
    ) -> str:
        """The value of a date mention of the clause, relative to the narrated day
        (a bare weekday of a planned event is the coming one)."""
        anchor = self.anchor.date if self.anchor is not None else None
        found = temporal.value(self.doc, mention, anchor or self._narrative_date())
        if modality in (Modality.PLANNED, Modality.SPECULATED):
            found = temporal.upcoming(mention, found, self.doc.published)
        return found

    def _narrative_date(self) -> str | None:
        for cand in reversed(self.history.items):
            if cand.date and len(cand.date) == 10:
                return cand.date
        return self.doc.story_date

    def event_date(self, modality: Modality, *, fallback: bool = True) -> str | None:
        """When the event happened: explicit, else anchored/narrated, else None."""
        found = self.explicit_date(modality) or self.shifted_date()
        found = found or self.then_date() or self.soon_date(modality)
        found = found or self.stay_date()
        if found is not None:
            return found
        if self.anchor is not None and self.anchor.date:
            return self._anchored_date(self.anchor.date)
        if fallback and modality is Modality.ASSERTED and not self.shifted():
            return self.context_date()
        return None

    def _anchored_date(self, anchored: str) -> str:
        """The anchored event's day, moved by a count the sentence gives before the
        trigger ("A day before the parade, ...": the day before)."""
        head = self.text[self.sentence.start : self.start].lower()
        if len(anchored) != len("2025-01-01"):
            return anchored
        for phrase, days in self.doc.lex.day_shifts.items():
            if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", head):
                return (date.fromisoformat(anchored) - timedelta(days=days)).isoformat()
        return anchored

    def month_of(self, value: str | None) -> str | None:
        return temporal.at_precision(value, DatePrecision.MONTH)
