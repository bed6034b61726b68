"""Mentions of canonical entities in an article body: ``find_mentions(text, lang, on)``.

Every name, alias, demonym, capital and title in the text becomes a :class:`Mention`
with character offsets into ``text`` and the gazetteer id it stands for:

- names and aliases of people, countries, organisations and places (longest match
  wins, no overlaps; see :mod:`ingest.aliasmatch` for case and boundary rules; place
  names that are common words or that two places share count only where the words
  around them say so, see :mod:`ingest.place_cues`);
- demonyms as country mentions ("Russian troops" -> ``country:RUS``, via demonym);
- capitals and seats of government as place mentions with ``via="capital"`` and
  ``country`` set to the country they can stand for ("thanked Pyongyang");
- short forms ("Putin", "Kim"): a person only after that person's full name (or a
  title that resolved to them) earlier in the text, the most recent one winning, or
  on their own if the form is standalone;
- titles with a country or organisation, resolved for the date ``on``
  ("Presiden Rusia", "the Russian president", "NATO chief") -> the office holder
  (``via="title"``, ``role``, ``country``); when nobody is known to hold the office
  (or ``on`` is None) the mention falls back to the country or organisation itself,
  still ``via="title"`` with the role; a bare "the president" yields nothing, except
  for roles with one holder in the world ("the Pope", "Paus"; titles.yaml
  ``implied``);
- title + name ("Presiden Rusia Vladimir Putin") -> one person mention over the whole
  span; title + an unknown capitalised name ("Foreign Minister Jane Roe") -> a person
  with a stable id ``person:<slug>`` and ``via="unknown"``, whose :class:`Actor` is
  carried in ``Mention.actor`` (``Gazetteer.actor`` does not know it).

Pure: no store, no network; the gazetteer is loaded once per process.

This module must not import ``api``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from graph.model import Actor
from ingest.aliasmatch import AliasEntry, Hit
from ingest.gazetteer import Gazetteer, load_gazetteer
from ingest.place_cues import PlaceCues
from ingest.title_patterns import Group, Item, find_groups, is_current

__all__ = ["Mention", "MentionKind", "Via", "find_mentions"]

logger = logging.getLogger(__name__)

MentionKind = Literal["person", "country", "organization", "place"]
Via = Literal["name", "alias", "short", "demonym", "title", "capital", "unknown"]
_PRIORITY = {"person": 0, "organization": 1, "country": 2, "place": 3}
_KINDS: dict[str | None, MentionKind] = {
    "person": "person",
    "organization": "organization",
    "country": "country",
    "place": "place",
}
_VIAS: dict[str, Via] = {v: v for v in ("name", "alias", "short", "demonym")}
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the text that names a canonical entity.

    ``role`` is the office named by a title (else None); ``country`` is the title's
    country for title mentions (an organisation's home country, if it has one), and
    the country a capital stands for for capital mentions. ``actor`` is set only
    for ``via="unknown"`` people.
    """

    start: int
    end: int
    text: str
    entity_id: str
    kind: MentionKind
    via: Via
    role: str | None = None
    country: str | None = None
    actor: Actor | None = None


def _select(
    hits: list[Hit], text: str, gaz: Gazetteer
) -> list[tuple[int, int, tuple[AliasEntry, ...]]]:
    """Longest match first, no overlaps; same-span hits pooled; readings the words
    around them do not support dropped (see :class:`PlaceCues`)."""
    pooled: dict[tuple[int, int], list[AliasEntry]] = {}
    for hit in hits:
        pooled.setdefault((hit.start, hit.end), []).extend(hit.entries)
    cues = PlaceCues(text, hits, gaz.contains)
    taken = bytearray(len(text))
    chosen = []
    for (start, end), found in sorted(
        pooled.items(), key=lambda kv: (kv[0][0] - kv[0][1], kv[0][0])
    ):
        entries = cues.keep(start, end, found)
        if not entries or any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, tuple(entries)))
    return sorted(chosen)


def _item(
    gaz: Gazetteer, start: int, end: int, entries: tuple[AliasEntry, ...]
) -> Item:
    entities = sorted(
        (e for e in entries if e.kind in _PRIORITY and e.via != "short"),
        key=lambda e: (_PRIORITY[e.kind], e.via != "name"),
    )
    if entities:
        best = entities[0]
        holder = None
        if best.kind in ("country", "organization"):
            holder = best.target
        elif best.kind == "place":
            holder = gaz.capital_country(best.target)
        return Item(start, end, "entity", best.target, best.kind, holder, best.via)
    if any(e.via == "short" for e in entries):
        return Item(start, end, "short", "")
    role = next(e.target for e in entries if e.kind == "title")
    return Item(start, end, "title", role)


class _Resolver:
    """Walks items and title groups in text order, tracking who has been named."""

    def __init__(self, gaz: Gazetteer, text: str, on: date | None) -> None:
        self.gaz, self.text, self.on = gaz, text, on
        self.named: dict[str, int] = {}  # person id -> order of the last full mention
        self.clock = 0
        self.out: list[Mention] = []

    def _emit(
        self,
        span: tuple[int, int],
        entity: str,
        kind: MentionKind,
        via: Via,
        role: str | None = None,
        country: str | None = None,
        actor: Actor | None = None,
    ) -> None:
        start, end = span
        text = self.text[start:end]
        self.out.append(
            Mention(start, end, text, entity, kind, via, role, country, actor)
        )
        if kind == "person" and via != "unknown":
            self.clock += 1
            self.named[entity] = self.clock

    def short(
        self, form: str, role: str | None = None, holder: str | None = None
    ) -> str | None:
        people = self.gaz.people_with_short(form)
        seen = [(self.named[p], p) for p in people if p in self.named]
        if seen:
            return max(seen)[1]
        alone = self.gaz.standalone_person(form)
        if alone:
            return alone
        if role and self.on:
            fits = [p for p in people if self.held_role(p, role, holder)]
            if len(fits) == 1:
                return fits[0]
        return None

    def entity(self, item: Item) -> None:
        span = (item.start, item.end)
        if item.kind == "short":
            person = self.short(self.text[item.start : item.end])
            if person:
                self._emit(span, person, "person", "short")
        elif item.entity_kind == "place" and item.holder:
            self._emit(span, item.ref, "place", "capital", country=item.holder)
        else:
            self._emit(span, item.ref, _KINDS[item.entity_kind], _VIAS[item.via])

    def _holders(self, holder: str) -> list[str]:
        """The title's holder, then (for a national body such as a ruling party or
        an army) its home country: "Sekjen Partai Komunis Vietnam", "Panglima TNI"."""
        home = self.gaz.country_of(holder) if holder.startswith("org:") else None
        return [holder, home] if home else [holder]

    def implied(self, item: Item) -> None:
        """A title with no country whose role has one holder in the world ("the
        Pope", "Paus"): capitalised (or after "the"), current, and not followed by a
        name the gazetteer does not know ("Pope Tawadros")."""
        holder = self.gaz.implied_holder(item.ref)
        start, end = item.start, item.end
        text = self.text
        capitalised = text[start].isupper() or bool(
            _THE.search(text[max(0, start - 6) : start])
        )
        named = text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
        if holder is None or not capitalised or named:
            return
        if not is_current(text, start, end):
            return
        country = self.gaz.country_of(holder)
        if found := self.holder_of_title(item.ref, holder):
            self._emit((start, end), found[0], "person", "title", found[1], country)
        else:
            kind = _KINDS["organization" if holder.startswith("org:") else "country"]
            self._emit((start, end), holder, kind, "title", item.ref, country)

    def holder_of_title(self, role: str, holder: str) -> tuple[str, str] | None:
        """The person holding ``role`` (or an equivalent) for ``holder`` on the
        date, with the role they hold; None when nobody or several do."""
        if self.on is None:
            return None
        for who in self._holders(holder):
            if role == "leader":
                found = self.gaz.leader_of(who, self.on)
                if found:
                    return found.id, role
                continue
            for candidate in self.gaz.role_equivalents(role):
                people = self.gaz.office_holders(candidate, who, self.on)
                if people:
                    return (people[0].id, candidate) if len(people) == 1 else None
        return None

    def held_role(self, person: str, role: str, holder: str | None) -> str | None:
        """The role (``role`` or the first equivalent) the person holds on the date."""
        if self.on is None:
            return None
        holders: list[str | None] = (
            [None] if holder is None else [*self._holders(holder)]
        )
        for candidate in self.gaz.role_equivalents(role):
            if any(self.gaz.holds(person, candidate, who, self.on) for who in holders):
                return candidate
        return None

    def group(self, group: Group, items: list[Item]) -> None:
        span = (group.start, group.end)
        role = items[group.title].ref if group.current else None
        q = items[group.qualifier] if group.qualifier is not None else None
        holder = q.holder if q else None
        country = self.gaz.country_of(holder) if holder else None
        if group.name is not None:
            name = items[group.name]
            if name.kind == "short":
                person = self.short(self.text[name.start : name.end], role, holder)
                via: Via = "short"
            else:
                person, via = name.ref, _VIAS[name.via]
            if person is not None:
                held = self.held_role(person, role, holder) if role else None
                self._emit(span, person, "person", via, held, country)
                return
        if group.unknown is not None:
            written = self.text[group.unknown[0] : group.unknown[1]]
            actor = self.gaz.unknown_person(written, country)
            self._emit(span, actor.id, "person", "unknown", role, country, actor)
        elif q is None or holder is None:
            return
        elif role is None:  # "the former Russian president": only the country is sure
            self.entity(q)
        elif found := self.holder_of_title(role, holder):
            self._emit(span, found[0], "person", "title", found[1], country)
        else:
            kind = _KINDS["organization" if holder.startswith("org:") else "country"]
            self._emit(span, holder, kind, "title", role, country)


def find_mentions(text: str, lang: str, on: date | None = None) -> list[Mention]:
    """Mentions of known entities in ``text`` (offsets into it), in text order.

    Args:
        text: a whole article body (or any text).
        lang: ISO 639-1 code; "en" and "id" have their own forms and title patterns,
            other languages get every form and the English patterns.
        on: the article's date, for titles ("the US president" in 2024 vs 2025);
            None leaves titles resolved to their country or organisation.

    Examples:
        >>> found = find_mentions("Presiden Rusia Vladimir Putin tiba.", "id")
        >>> [(m.text, m.entity_id) for m in found]
        [('Presiden Rusia Vladimir Putin', 'person:vladimir-putin')]
    """
    gaz = load_gazetteer()
    selected = _select(gaz.matcher(lang).hits(text), text, gaz)
    items = [_item(gaz, s, e, entries) for s, e, entries in selected]
    groups = {g.title: g for g in find_groups(text, items, lang)}
    consumed = {i for g in groups.values() for i in g.consumed}
    resolver = _Resolver(gaz, text, on)
    for i, item in enumerate(items):
        if i in groups:
            resolver.group(groups[i], items)
        elif i in consumed:
            continue
        elif item.kind == "title":
            resolver.implied(item)
        else:
            resolver.entity(item)
    return sorted(resolver.out, key=lambda m: m.start)
