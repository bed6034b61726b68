"""Cross-file checks of the gazetteer: unique ids, references, capitals, leaders.

Run on load, before any index is built; each failure raises ``GazetteerError`` naming
the file and the entry, so a bad edit to the YAML never reaches the linker.

This module must not import ``api``.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from ingest.gazetteer_files import GazetteerError, GazetteerFiles, Office

__all__ = ["check_references"]


def _unique_ids(files: GazetteerFiles) -> None:
    seen: dict[str, str] = {}
    groups = (
        [("countries.yaml", f"country:{c.id}") for c in files.countries],
        [(files.place_file(p.id), p.id) for p in files.places],
        [("organizations.yaml", o.id) for o in files.organizations],
        [("people.yaml", p.id) for p in files.people],
    )
    for group in groups:
        for file, entity_id in group:
            if entity_id in seen:
                raise GazetteerError(
                    f"{file}: id {entity_id} is already used in {seen[entity_id]}"
                )
            seen[entity_id] = file


def _capitals(files: GazetteerFiles) -> None:
    countries = {c.id: c for c in files.countries}
    places = {p.id: p for p in files.places}
    for c in files.countries:
        if c.capital is None or c.capital == f"country:{c.id}":
            continue
        place = places.get(c.capital)
        if place is None:
            raise GazetteerError(f"countries.yaml: {c.id}: capital {c.capital} unknown")
        if place.capital_of != c.id:
            raise GazetteerError(
                f"{files.place_file(place.id)}: {place.id}: is the capital of {c.id} "
                f"(countries.yaml) but says capital_of: {place.capital_of}"
            )
    for p in files.places:
        file = files.place_file(p.id)
        for field, code in (
            ("country", p.country),
            ("capital_of", p.capital_of),
            ("seat_of", p.seat_of),
        ):
            if code is not None and code not in countries:
                raise GazetteerError(f"{file}: {p.id}: {field} {code} unknown")
        if p.capital_of and countries[p.capital_of].capital != p.id:
            raise GazetteerError(
                f"{file}: {p.id}: capital_of {p.capital_of}, but countries.yaml "
                f"gives {countries[p.capital_of].capital} as its capital"
            )
        if p.within is not None and p.within not in places:
            raise GazetteerError(f"{file}: {p.id}: within {p.within} unknown")


def _overlaps(a: Office, b: Office) -> bool:
    a_end = a.end or date.max
    b_end = b.end or date.max
    return a.start < b_end and b.start < a_end


def _people(files: GazetteerFiles) -> None:
    countries = {c.id for c in files.countries}
    orgs = {o.id.removeprefix("org:") for o in files.organizations}
    leaders: dict[str, list[tuple[str, Office]]] = defaultdict(list)
    for person in files.people:
        if person.country is not None and person.country not in countries:
            raise GazetteerError(
                f"people.yaml: {person.id}: country {person.country} unknown"
            )
        for office in person.offices:
            if office.country is not None and office.country not in countries:
                raise GazetteerError(
                    f"people.yaml: {person.id}: office country {office.country} unknown"
                )
            if office.org is not None and office.org not in orgs:
                raise GazetteerError(
                    f"people.yaml: {person.id}: office org {office.org} unknown "
                    "(use the slug after 'org:')"
                )
            if office.leader:
                leaders[office.holder].append((person.id, office))
    for holder, terms in leaders.items():
        for i, (who, term) in enumerate(terms):
            for other, other_term in terms[i + 1 :]:
                if _overlaps(term, other_term):
                    raise GazetteerError(
                        f"people.yaml: {who} and {other} are both marked leader of "
                        f"{holder} around {max(term.start, other_term.start)}"
                    )


def _organizations(files: GazetteerFiles) -> None:
    countries = {c.id for c in files.countries}
    orgs = {o.id for o in files.organizations}
    for o in files.organizations:
        if o.home is not None and o.home not in countries:
            raise GazetteerError(f"organizations.yaml: {o.id}: home {o.home} unknown")
        for field, ref in (("part_of", o.part_of), ("leader_from", o.leader_from)):
            if ref is not None and ref not in orgs:
                raise GazetteerError(
                    f"organizations.yaml: {o.id}: {field} {ref} unknown"
                )


def _titles(files: GazetteerFiles) -> None:
    known = {f"country:{c.id}" for c in files.countries} | {
        o.id for o in files.organizations
    }
    for role, holder in files.titles.implied.items():
        if holder not in known:
            raise GazetteerError(f"titles.yaml: implied {role}: {holder} unknown")


def check_references(files: GazetteerFiles) -> None:
    """Raise ``GazetteerError`` on the first inconsistency across the files."""
    _unique_ids(files)
    _capitals(files)
    _organizations(files)
    _people(files)
    _titles(files)
