"""Every surface form of the gazetteer (name, alias, demonym, short form) by language.

Builds the alias table the matcher is made from, and checks it: no form may name two
entities of the same kind unless all but one of them mark it ambiguous (their reading
becomes secondary: it needs a neighbouring place to count), and a standalone short
form must belong to one person only. Titles are added per language.

This module must not import ``api``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from ingest.aliasmatch import AliasEntry, fold, is_case_sensitive
from ingest.gazetteer_files import GazetteerError, GazetteerFiles, Names

__all__ = ["ANY", "LangAlias", "build_aliases", "plural", "title_aliases"]

ANY = "*"  # a form that matches in every language (canonical names, people's names)
LangAlias = tuple[str, AliasEntry]
_NO_PLURAL = ("ese", "ss", "sh", "ch", "s", "x", "z")


def plural(demonym: str) -> str | None:
    """English plural of a demonym used as a noun, or None for adjectives.

    Examples:
        >>> plural("Russian"), plural("Frenchman"), plural("Chinese")
        ('Russians', 'Frenchmen', None)
    """
    if demonym.endswith(_NO_PLURAL):
        return None
    if demonym.endswith("man"):
        return demonym[:-3] + "men"
    return demonym + "s"


def _names(names: Names) -> Iterator[tuple[str, str]]:
    for lang in ("en", "id"):
        for name in getattr(names, lang):
            yield lang, name


def _entity_forms(files: GazetteerFiles) -> Iterator[tuple[str, str, LangAlias]]:
    """(file, entity id, (lang, entry)) for every form of every entity."""
    for c in files.countries:
        cid = f"country:{c.id}"
        yield "countries.yaml", cid, (ANY, AliasEntry(c.name, cid, "country", "name"))
        if c.official:
            yield (
                "countries.yaml",
                cid,
                ("en", AliasEntry(c.official, cid, "country", "alias")),
            )
        for lang, name in _names(c.names):
            yield (
                "countries.yaml",
                cid,
                (lang, AliasEntry(name, cid, "country", "alias")),
            )
        for lang, name in _names(c.demonyms):
            forms = [name, plural(name)] if lang == "en" else [name]
            for form in filter(None, forms):
                yield (
                    "countries.yaml",
                    cid,
                    (lang, AliasEntry(form, cid, "country", "demonym")),
                )
    for p in files.places:
        ambiguous = {fold(a) for a in p.ambiguous}
        all_context = p.needs_context is True
        some = (
            {fold(n) for n in p.needs_context}
            if isinstance(p.needs_context, tuple)
            else set()
        )
        place_forms = [
            (ANY, p.name, "name"),
            *((lang, n, "alias") for lang, n in _names(p.names)),
        ]
        for lang, name, via in place_forms:
            context = all_context or fold(name) in some
            secondary = fold(name) in ambiguous
            entry = AliasEntry(name, p.id, "place", via, context, secondary)
            yield files.place_file(p.id), p.id, (lang, entry)
    for o in files.organizations:
        yield (
            "organizations.yaml",
            o.id,
            (ANY, AliasEntry(o.name, o.id, "organization", "name")),
        )
        for lang, name in _names(o.names):
            yield (
                "organizations.yaml",
                o.id,
                (lang, AliasEntry(name, o.id, "organization", "alias")),
            )
    for person in files.people:
        pid = person.id
        yield "people.yaml", pid, (ANY, AliasEntry(person.name, pid, "person", "name"))
        for name in person.aliases:
            yield "people.yaml", pid, (ANY, AliasEntry(name, pid, "person", "alias"))
        for name in person.short:
            yield "people.yaml", pid, (ANY, AliasEntry(name, pid, "person", "short"))


def _key(surface: str) -> str:
    return surface.strip() if is_case_sensitive(surface) else fold(surface).strip()


def _check(forms: list[tuple[str, str, LangAlias]]) -> None:
    owners: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for file, entity, (_, entry) in forms:
        if entry.via == "short" or entry.secondary:
            continue
        owners[(_key(entry.surface), entry.kind)][entity] = file
    for (key, kind), entities in owners.items():
        if len(entities) > 1:
            named = ", ".join(f"{e} ({f})" for e, f in sorted(entities.items()))
            raise GazetteerError(
                f"the {kind} form {key!r} names {named}: mark it ambiguous in all but "
                "one entry, or drop it"
            )


def build_aliases(files: GazetteerFiles) -> list[LangAlias]:
    """Every entity form with its language; raises GazetteerError on a collision."""
    forms = list(_entity_forms(files))
    _check(forms)
    shared: dict[str, set[str]] = defaultdict(set)
    for person in files.people:
        for name in person.standalone:
            shared[_key(name)].add(person.id)
    for key, people in shared.items():
        if len(people) > 1:
            raise GazetteerError(
                f"people.yaml: standalone short form {key!r} is shared by "
                f"{', '.join(sorted(people))}"
            )
    seen: set[tuple[str, str, str, str]] = set()
    out: list[LangAlias] = []
    for _, _, (lang, entry) in forms:
        ident = (lang, _key(entry.surface), entry.target, entry.via)
        if ident not in seen:
            seen.add(ident)
            out.append((lang, entry))
    return out


def title_aliases(titles: dict[str, dict[str, tuple[str, ...]]]) -> Iterable[LangAlias]:
    """Title phrases as alias entries whose target is the role."""
    for lang, table in titles.items():
        for role, phrases in table.items():
            for phrase in phrases:
                yield lang, AliasEntry(phrase, role, "title", "title")
