"""The argument context every event-type module works with.

:class:`Ctx` = :class:`~ingest.extract.context.CtxBase` (who stands around a trigger)
+ :class:`~ingest.extract.places.PlaceRules` (where) +
:class:`~ingest.extract.when.DateRules` (when), plus the rules shared by several types:
the people taking part (anaphors resolved, an attendance verb's subject across a
relative clause, only nearby people for a noun that refers back), whether the trigger
is only what someone is invited to do, and the group's modality.

This module must not import ``api``.
"""

from __future__ import annotations

import re

from graph.model import EventType, Modality
from ingest.extract.clauses import relative_spans, scope
from ingest.extract.context import unique
from ingest.extract.entities import Ent
from ingest.extract.invited import Invited, invited
from ingest.extract.modality import modality_at
from ingest.extract.places import PlaceRules, more_specific, within
from ingest.extract.triggers import Trigger
from ingest.extract.when import DateRules

__all__ = ["Ctx", "more_specific", "within"]

_NEAR_WORDS = 6  # words around a referring noun that may name its participants
_ABOUT_SOMETHING_ELSE = frozenset({EventType.INVITATION, EventType.STATEMENT})
_RANK = {
    Modality.ASSERTED: 0,
    Modality.PLANNED: 1,
    Modality.SPECULATED: 2,
    Modality.NEGATED: 3,
}


class Ctx(PlaceRules, DateRules):
    """One trigger group in its sentence, with every argument rule."""

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
        # "Lavrov attended in his place": an owner named by a possessive takes no part
        people = [p for p in people if p.via != "possessive"]
        if len(people) < 2 and any(t.kind == "verb" for t in self.group):
            people = self._with_subject_phrase(people)
        if len(people) == 1 and not referring:  # "... for talks with Trump"
            subject = self.subject(people=True)
            if subject is not None and subject.via != "possessive":
                people = unique([subject, *people])
        if not people and any(t.kind in ("present", "absent") for t in self.group):
            subject = self.subject(people=True)
            people = [subject] if subject is not None else []
        return people

    def _with_subject_phrase(self, people: list[Ent]) -> list[Ent]:
        """A clause without its own subject ("..., having met in Lima on Saturday")
        shares the people of the sentence's subject phrase ("Xi and Biden did not
        hold a meeting in Rio, having met in Lima")."""
        if self.lo <= self.sentence.start:
            return people
        head = self.text[self.lo : self.lo + 15].lower().split()
        if not head or head[0].strip(",") in self.doc.lex.relative_words:
            return people
        first = self.subject(people=True)
        if first is None:
            return people
        comma = self.text.find(",", first.end, self.lo)
        end = comma if comma != -1 else self.lo
        phrase = [first]
        for ent in self.people(first.end, end):
            # "Xi and Biden ...": people joined to the subject, not the object of
            # its verb ("Zelensky held talks with Modi, ..., and later met Sunak")
            gap = self.text[phrase[-1].end : ent.start].strip(" ,").lower()
            if gap not in self.doc.lex.coordinators or ent.via == "possessive":
                break
            phrase.append(ent)
        return unique(phrase + people)

    def invitation(self) -> Invited:
        """Whether the trigger is only what someone is invited to do ("invited Xi to
        attend the summit"), and how surely the invitation was accepted."""
        return invited(self.doc, self.sentence, self.start)

    def with_invitation(self, modality: Modality) -> tuple[Modality, bool]:
        """The modality once an accepted invitation is taken into account (at
        least planned), and whether the event is only invited (then hidden)."""
        found = self.invitation()
        if not found.content:
            return modality, False
        if found.accepted is None:
            return modality, True
        return max(modality, found.accepted, key=_RANK.__getitem__), False

    def _leads(self, trig: Trigger, lo: int) -> bool:
        """Whether a noun is its clause's subject: no actor before it but its
        possessor ("Modi's trip to Moscow depends on ...")."""
        for ent in self.sentence.ents:
            if lo <= ent.start and ent.end <= trig.start and ent.actor is not None:
                gap = self.text[ent.end : trig.start]
                if not (gap.startswith(("'s", "\u2019s")) and len(gap.split()) <= 2):
                    return False
        return True

    def modality(self, *, absent: bool = False) -> Modality:
        """The strongest modality cued around any trigger of the group ("Parade ...
        itu dijadwalkan dihadiri": the plan is cued at the attendance verb). Cues
        are read across relative clauses ("kesempatan ... yang tertutup itu untuk
        bertemu"), within the trigger's clause otherwise."""
        best = Modality.ASSERTED
        absent = absent or any(t.kind == "absent" for t in self.group)
        # a speech act is as its first verb says: "accusing X of ... and warning
        # it not to ...": the second verb is no cue, its "not" is content
        speech = self.head.type is EventType.STATEMENT
        for trig in [self.head] if speech else self.group:
            if trig.kind == "force":
                continue
            lo, hi = scope(
                self.doc, self.sentence, trig.start, trig.end, relative=False
            )
            for a, b in relative_spans(self.doc, self.sentence):
                if a <= trig.start and trig.end <= b:
                    hi = min(hi, b)  # "X, which has troops in Y, said it would
                    # ...": the main clause's cues are not the relative clause's
            found = modality_at(
                self.doc,
                self.sentence,
                lo,
                hi,
                trig.start,
                trig.end,
                noun=trig.kind in ("noun", "weak"),
                leading=self._leads(trig, lo),
                absent=absent,
                # a speech act is made, whatever doubt its verb casts on its content
                own_cue=self.head.type is not EventType.STATEMENT,
                # what follows an invitation or a statement is what it is about
                future_after=self.head.type not in _ABOUT_SOMETHING_ELSE,
            )
            if _RANK[found] > _RANK[best]:
                best = found
        return best
