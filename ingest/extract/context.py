"""The context of one trigger group, and who stands around it.

:class:`CtxBase` holds what an argument rule needs about one trigger group: the
document, the sentence, the clause bounds, the history of earlier candidates and the
event the sentence is anchored to ("after the parade"). Its helpers answer which actors
stand in the clause (mention-only ones excluded: "according to X", "X, an analyst
at...", "atas perintah X", anyone inside quoted speech), which is the subject (the
nearest actor before the trigger that is not inside a prepositional phrase; for a
clause opened by "who" / "yang" / "and", the actor before it) and which follow it, with
their markers. :mod:`ingest.extract.places` and :mod:`ingest.extract.when` add where
and when; :class:`ingest.extract.arguments.Ctx` puts them together.

This module must not import ``api``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.extract.candidate import Candidate, History
from ingest.extract.document import Doc, Sentence
from ingest.extract.entities import Ent
from ingest.extract.locate import located
from ingest.extract.triggers import Trigger

__all__ = ["CtxBase", "unique"]

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
_NON_PARTICIPANT_BEFORE = 30
_NON_PARTICIPANT_AFTER = 45


@dataclass
class CtxBase:
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

    def _coordinated_verb(self, pos: int) -> bool:
        """Whether the word at ``pos`` follows a coordinator that follows a lower-case
        word ("... as a partner and invited"): a second verb of one subject."""
        tokens = self.text[self.lo : pos].split()
        return (
            len(tokens) >= 2
            and tokens[-1].lower() in self.doc.lex.coordinators
            and tokens[-2].strip("\"'\u201c\u201d,.").islower()
        )

    def _heads_clause(self, ent: Ent) -> bool:
        """Whether ``ent`` opens its clause after a coordinator (", and the Kremlin
        said"): the subject, not a companion ("Putin and Kim")."""
        words = self.text[self.lo : ent.start].lower().split()
        return bool(words) and all(
            w in self.doc.lex.coordinators or w in _SKIP_WORDS for w in words
        )

    def _comma_before(self, pos: int) -> bool:
        """Whether a comma stands between ``pos`` and the word before it (articles
        and possessives skipped)."""
        tokens = self.text[self.sentence.start : pos].split()
        for token in reversed(tokens):
            if token.endswith(","):
                return True
            if token.strip("\"'“”().:;").lower() not in _SKIP_WORDS:
                return False
        return False

    def marker(self, ent: Ent) -> str | None:
        """The marker name ("with", "to", "at"...) of the word before ``ent``."""
        words = self.words_before(ent.start, 1)
        if not words or self._comma_before(ent.start):
            return None  # "jumpa pers bersama, Erdogan": the comma ends the phrase
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
            if lex.attributions.search(" ".join(head.split()[:3])):
                return False  # "..., according to Western estimates": the clause's
            if lex.spokespeople.search(" ".join(head.split()[:2])):
                return False  # "Lin Jian, a spokesman for China's ministry": he speaks
            return lex.commentators.search(head) or lex.non_participant.search(head)
        return False

    def in_apposition(self, ent: Ent) -> bool:
        """Whether ``ent`` lies in an apposition ("Cha, a researcher at a Seoul
        institute, said") that does not contain the trigger: it describes a person
        and takes no part in the event."""
        span = self.sentence.apposition_of(ent.start)
        return span is not None and not span[0] <= self.start < span[1]

    def located(
        self, ent: Ent, *, directional: bool = True, origin: bool = False
    ) -> bool:
        """Whether the text uses ``ent`` as a location (see ``locate.located``)."""
        return located(
            self.doc, self.sentence, ent, directional=directional, origin=origin
        )

    # -- actors ----------------------------------------------------------------------

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
            if self._is_dateline(ent):
                continue  # "LUXEMBOURG (Wire) - The EU imposed ...": where, not who
            if people and not ent.is_person:
                continue
            if self.located(ent) or self.mentioned_only(ent):
                continue
            if self.in_apposition(ent):
                continue
            found.append(ent)
        return found

    def _is_dateline(self, ent: Ent) -> bool:
        dateline = self.doc.dateline
        return dateline is not None and ent.start == dateline.start

    def people(self, lo: int | None = None, hi: int | None = None) -> list[Ent]:
        return unique(self.actors(lo, hi, people=True))

    def subject(self, *, people: bool = False, before: int | None = None) -> Ent | None:
        """The actor that does what the trigger says (see the module docstring)."""
        pos = self.start if before is None else before
        found = self.actors(self.lo, pos, people=people)
        if self._coordinated_verb(pos):  # "Putin praised Malaysia and invited
            # Anwar": the subject of the first verb, not its object
            first = [e for e in found if self.marker(e) not in _PREPOSITIONS]
            if first:
                return first[0]
        for ent in reversed(found):
            if self.marker(ent) not in _PREPOSITIONS or self._heads_clause(ent):
                return ent
        if self.lo > self.sentence.start:
            # a relative clause's subject is the noun before it ("Trump, who
            # arrived"); any other clause without one shares the sentence's
            # subject ("Trump left ..., despite having said ...")
            earlier = [
                e
                for e in self.actors(self.sentence.start, self.lo, people=people)
                if self.marker(e) not in _PREPOSITIONS
            ]
            head = self.text[self.lo : self.lo + 12].split()
            if head and head[0].lower() in self.doc.lex.relative_words:
                return earlier[-1] if earlier else None
            # the subject of the nearest comma-delimited stretch that has one
            cuts = [self.sentence.start] + [
                i + 1
                for i in range(self.sentence.start, self.lo)
                if self.text[i] == ","
            ]
            for lo in reversed(cuts):
                stretch = [e for e in earlier if e.start >= lo]
                if stretch:
                    return stretch[0]
        return None

    def following(self, *, people: bool = False) -> list[Ent]:
        """Actors after the trigger in the clause."""
        return self.actors(self.end, self.hi, people=people)


def unique(ents: list[Ent]) -> list[Ent]:
    """``ents`` without repeated entities, in order."""
    seen: set[str] = set()
    out: list[Ent] = []
    for ent in ents:
        if ent.id not in seen:
            seen.add(ent.id)
            out.append(ent)
    return out
