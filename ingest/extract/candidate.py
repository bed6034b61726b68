"""Event candidates: what the argument rules propose before merging into reports.

A :class:`Candidate` is mutable while the article is read (a later sentence may add
participants to "the summit" or evidence to "the talks"); :mod:`ingest.extract.report`
turns the merged candidates into frozen :class:`graph.model.Event` reports.
:class:`History` keeps the candidates in reading order for anaphora ("the meeting"),
anchors ("after the parade") and context dates.

This module must not import ``api``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.model import DIRECTED_AGENT_ROLES, EventType, Modality, Place, Role
from ingest.extract.entities import Ent
from ingest.extract.triggers import Trigger

__all__ = ["Candidate", "History"]


@dataclass
class Candidate:
    """One proposed event of one article."""

    type: EventType
    roles: list[tuple[Ent, Role]]
    place: Place | None
    date: str | None
    modality: Modality
    sentences: list[int]
    trigger: Trigger
    anaphoric: bool = False  # refers back to an event already reported
    anchored: bool = False  # only presupposed ("after the talks")
    name: str | None = None  # a named pact ("AUKUS"), kept for merging
    noun: str | None = None  # the event noun that named it ("summit"), for anaphora
    distance: int = 0  # characters between the trigger and its farthest argument
    attendance: bool = False  # stated by an attendance verb ("did not attend")
    hidden: bool = False  # only invited to: a referent, never reported

    def ids(self, role: Role | None = None) -> list[str]:
        seen: list[str] = []
        for ent, r in self.roles:
            if (role is None or r is role) and ent.id not in seen:
                seen.append(ent.id)
        return seen

    def holders(self, role: Role) -> list[Ent]:
        return [ent for ent, r in self.roles if r is role]

    @property
    def agent(self) -> str | None:
        role = DIRECTED_AGENT_ROLES.get(self.type)
        found = self.ids(role) if role else []
        return found[0] if found else None

    def add(self, ent: Ent, role: Role) -> None:
        if (ent.id, role) not in {(e.id, r) for e, r in self.roles}:
            self.roles.append((ent, role))

    def people(self) -> list[str]:
        return [ent.id for ent, _ in self.roles if ent.is_person]


@dataclass
class History:
    """Candidates of one article in reading order."""

    items: list[Candidate] = field(default_factory=list)

    def last(
        self,
        type_: EventType | None = None,
        *,
        before: int | None = None,
        within: int | None = None,
    ) -> Candidate | None:
        """The latest candidate of ``type_`` (any type if None) reported before
        sentence ``before``, at most ``within`` sentences back."""
        for cand in reversed(self.items):
            if type_ is not None and cand.type is not type_:
                continue
            if before is not None:
                earlier = [s for s in cand.sentences if s < before]
                if not earlier:
                    continue
                if within is not None and before - max(earlier) > within:
                    continue
            return cand
        return None

    def add(self, cand: Candidate) -> None:
        self.items.append(cand)
