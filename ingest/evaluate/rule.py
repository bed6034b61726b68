"""The corpus scoring rule: when an extracted event matches a gold event.

A predicted ``Event`` matches a ``GoldEvent`` when every clause holds:

- ``type``: the types are equal.
- ``participants``: each side is reduced to its *principals*. Gold principals are the
  gold participants that are people, or all gold participants if none is a person.
  If gold names a person, the predicted principals are the predicted people, or all
  predicted participants if it names none; if gold names no person, all predicted
  participants (any role, e.g. a parade's host or a deployment's adversary) count.
  One gold principal: the predicted side must have exactly one principal, and it must
  be that actor. Two or more: the overlap (a one-to-one pairing of names to actors)
  must be at least two and at least half of the smaller side.
- ``agent``: for directed types (``DIRECTED_AGENT_ROLES``: sender, visitor, speaker,
  inviter, imposer), where gold names the agent and the prediction has a participant
  in that role, one of those participants is the gold agent.
- ``place``: where gold has a place, the prediction has one and it is that place, or
  it lies in the gold place when the gold place is a country (``Place.country``).
- ``date``: where gold has a date, the prediction has one at least as precise that
  starts with it (gold ``2025-09`` accepts ``2025-09-03``, rejects ``2025``).
- ``modality``: equal (callers choose whether this clause applies).

A gold name denotes a predicted ``Actor`` when its folded form (``names.fold``) equals
the actor's folded name or a folded alias, or when the ``NameIndex`` maps it to the
actor's id. A gold name's kind comes from the ``NameIndex``, else from a predicted
actor of that name; a name known to neither counts as a person.

Each gold event matches at most one predicted event and vice versa: ``match_events``
computes a maximum bipartite matching (augmenting paths), with predicted events taken
in a canonical order, so the result does not depend on the extractor's output order.

This module imports ``graph.model`` and sibling modules; it must not import ``api``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum

from graph.model import (
    DIRECTED_AGENT_ROLES,
    Actor,
    ActorKind,
    Event,
    Place,
)
from ingest.evaluate.gold import GoldEvent
from ingest.evaluate.names import NameIndex, StaticNameIndex

__all__ = [
    "Clause",
    "Resolver",
    "failed_clauses",
    "match_events",
    "max_matching",
]


class Clause(StrEnum):
    """A clause of the scoring rule, named when it fails."""

    TYPE = "type"
    PARTICIPANTS = "participants"
    AGENT = "agent"
    PLACE = "place"
    DATE = "date"
    MODALITY = "modality"


class Resolver:
    """Reads gold names against one article's predicted events.

    Combines the shared ``NameIndex`` with an index of the predicted actors and places
    themselves, so their own names, aliases and kinds are honoured.
    """

    def __init__(self, names: NameIndex, predicted: Iterable[Event] = ()) -> None:
        events = list(predicted)
        self._names = names
        self._local = StaticNameIndex(
            (p.actor for e in events for p in e.participants),
            (e.place for e in events if e.place is not None),
        )

    def kind(self, name: str) -> ActorKind:
        """The gold name's actor kind; unknown names count as people."""
        return self._names.kind(name) or self._local.kind(name) or ActorKind.PERSON

    def ids(self, name: str) -> set[str]:
        return self._names.ids(name) | self._local.ids(name)

    def denotes(self, name: str, actor: Actor) -> bool:
        """Whether the gold ``name`` denotes the predicted ``actor``."""
        return actor.id in self.ids(name)

    def locates(self, name: str, place: Place) -> bool:
        """Whether the gold place ``name`` is ``place`` or a country containing it."""
        ids = self.ids(name)
        if place.id in ids:
            return True
        countries = {i for i in ids if i.startswith("country:")}
        return place.country is not None and place.country in countries


def max_matching(adjacency: Sequence[Sequence[int]]) -> dict[int, int]:
    """Maximum bipartite matching by augmenting paths (Kuhn's algorithm).

    Args:
        adjacency: for each left vertex, the right vertices it may pair with.

    Returns:
        The pairing as ``{right: left}``.

    Examples:
        >>> sorted(max_matching([[0, 1], [0]]).items())  # greedy would pair 0-0
        [(0, 1), (1, 0)]
    """
    owner: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in adjacency[left]:
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in range(len(adjacency)):
        augment(left, set())
    return owner


def _unique_actors(event: Event) -> list[Actor]:
    return list({p.actor.id: p.actor for p in event.participants}.values())


def _participants_agree(gold: GoldEvent, pred: Event, resolver: Resolver) -> bool:
    named = list(dict.fromkeys(gold.participants))
    people = [n for n in named if resolver.kind(n) is ActorKind.PERSON]
    gold_side = people or named
    actors = _unique_actors(pred)
    pred_side = actors
    if people:
        pred_side = [a for a in actors if a.kind is ActorKind.PERSON] or actors
    if len(gold_side) == 1:
        return len(pred_side) == 1 and resolver.denotes(gold_side[0], pred_side[0])
    adjacency = [
        [j for j, actor in enumerate(pred_side) if resolver.denotes(name, actor)]
        for name in gold_side
    ]
    overlap = len(max_matching(adjacency))
    return overlap >= 2 and 2 * overlap >= min(len(gold_side), len(pred_side))


def _agent_agrees(gold: GoldEvent, pred: Event, resolver: Resolver) -> bool:
    role = DIRECTED_AGENT_ROLES.get(gold.type)
    agent = gold.roles.get(role) if role is not None else None
    agents = [p.actor for p in pred.participants if p.role is role]
    if agent is None or not agents:
        return True
    return any(resolver.denotes(agent, actor) for actor in agents)


def _date_agrees(gold: GoldEvent, pred: Event) -> bool:
    if gold.date is None:
        return True
    # Partial ISO dates are fixed-width prefixes of one another (YYYY, YYYY-MM, ...).
    return pred.date is not None and pred.date.startswith(gold.date)


def failed_clauses(gold: GoldEvent, pred: Event, resolver: Resolver) -> list[Clause]:
    """Every clause of the rule that ``pred`` fails against ``gold``.

    Args:
        gold: the annotated event.
        pred: an extracted event of the same article.
        resolver: reads gold names against that article's predictions.

    Returns:
        The failed clauses in rule order; empty when ``pred`` matches ``gold``.
    """
    failed: list[Clause] = []
    if gold.type is not pred.type:
        failed.append(Clause.TYPE)
    if not _participants_agree(gold, pred, resolver):
        failed.append(Clause.PARTICIPANTS)
    if not _agent_agrees(gold, pred, resolver):
        failed.append(Clause.AGENT)
    if gold.place is not None and (
        pred.place is None or not resolver.locates(gold.place, pred.place)
    ):
        failed.append(Clause.PLACE)
    if not _date_agrees(gold, pred):
        failed.append(Clause.DATE)
    if gold.modality is not pred.modality:
        failed.append(Clause.MODALITY)
    return failed


def _canonical_order(predicted: Sequence[Event]) -> list[int]:
    def key(index: int) -> tuple[str, str]:
        return predicted[index].id, predicted[index].model_dump_json()

    return sorted(range(len(predicted)), key=key)


def match_events(
    gold: Sequence[GoldEvent],
    predicted: Sequence[Event],
    names: NameIndex,
    *,
    ignore_modality: bool = False,
    resolver: Resolver | None = None,
) -> list[tuple[int, int]]:
    """Pair gold and predicted events one-to-one under the scoring rule.

    Args:
        gold: one article's gold events.
        predicted: that article's extracted events.
        names: reads gold names (kinds and ids).
        ignore_modality: match regardless of modality (by default it must be equal).
        resolver: a prepared resolver for the article (built from ``predicted`` and
            ``names`` if omitted).

    Returns:
        ``(gold index, predicted index)`` pairs of a maximum matching, sorted by gold
        index. Its size does not depend on the order of either list.
    """
    resolver = resolver or Resolver(names, predicted)
    allowed = {Clause.MODALITY} if ignore_modality else set()
    order = _canonical_order(predicted)
    adjacency = [
        [
            slot
            for slot, index in enumerate(order)
            if set(failed_clauses(g, predicted[index], resolver)) <= allowed
        ]
        for g in gold
    ]
    pairs = max_matching(adjacency)
    return sorted((left, order[slot]) for slot, left in pairs.items())
