"""The gazetteer's YAML files as typed records, read and checked one file at a time.

Each file under ``ingest/data/gazetteer/`` is parsed into frozen pydantic models, so a
misspelt key, a bad date or a malformed id fails at load time with an error that
names the file and the entry. Cross-file checks (references, alias collisions) live
in :mod:`ingest.gazetteer`, which builds the runtime indexes from these records.

This module must not import ``api``; it imports nothing from ``ingest`` but errors.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from ingest.errors import IngestError

__all__ = [
    "DATA_DIR",
    "PLACE_FILES",
    "CountryEntry",
    "GazetteerError",
    "GazetteerFiles",
    "Names",
    "Office",
    "OrgEntry",
    "PersonEntry",
    "PlaceEntry",
    "TitlesFile",
    "read_files",
]

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data" / "gazetteer"
#: Files of places: cities, venues and other regions; first-level subdivisions.
PLACE_FILES = ("places.yaml", "subdivisions.yaml")
_ISO3 = re.compile(r"^[A-Z]{3}$")


class GazetteerError(IngestError):
    """A gazetteer file is missing, malformed or inconsistent (names file and entry)."""


def _iso3(value: str) -> str:
    if not _ISO3.match(value):
        raise ValueError(f"expected an ISO 3166-1 alpha-3 code, got {value!r}")
    return value


def _prefixed(prefix: str) -> Any:
    pattern = re.compile(rf"^{prefix}:[a-z0-9][a-z0-9\-]*$")

    def check(value: str) -> str:
        if not pattern.match(value):
            raise ValueError(f"expected an id like '{prefix}:some-slug', got {value!r}")
        return value

    return AfterValidator(check)


Iso3 = Annotated[str, AfterValidator(_iso3)]
PlaceId = Annotated[str, _prefixed("place")]
PersonId = Annotated[str, _prefixed("person")]
OrgId = Annotated[str, _prefixed("org")]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Names(_Record):
    """Other names by language; ``en`` names also match in every other language."""

    en: tuple[str, ...] = ()
    id: tuple[str, ...] = ()


class CountryEntry(_Record):
    id: Iso3
    iso2: str = Field(pattern=r"^[A-Z]{2}$")
    name: str = Field(min_length=1)
    official: str | None = None
    status: Literal["member", "observer", "territory"]
    capital: str | None = None
    qid: str | None = Field(default=None, pattern=r"^Q\d+$")
    note: str | None = None
    names: Names = Names()
    demonyms: Names = Names()


class PlaceEntry(_Record):
    id: PlaceId
    name: str = Field(min_length=1)
    kind: Literal["city", "region", "venue"]
    country: Iso3 | None = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    population: int | None = None
    capital_of: Iso3 | None = None
    seat_of: Iso3 | None = None
    within: PlaceId | None = None
    needs_context: bool | tuple[str, ...] = False
    ambiguous: tuple[str, ...] = ()
    note: str | None = None
    names: Names = Names()


class OrgEntry(_Record):
    id: OrgId
    name: str = Field(min_length=1)
    home: Iso3 | None = None
    part_of: OrgId | None = None
    leader_from: OrgId | None = None  # the part whose leader leads the whole
    qid: str | None = Field(default=None, pattern=r"^Q\d+$")
    names: Names = Names()


class Office(_Record):
    """One term in one office. ``end`` is exclusive and None while in office."""

    role: str = Field(pattern=r"^[a-z_]+$")
    country: Iso3 | None = None
    org: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9\-]*$")
    start: date
    end: date | None
    leader: bool = False

    @model_validator(mode="after")
    def _one_holder(self) -> Office:
        if (self.country is None) == (self.org is None):
            raise ValueError("an office names exactly one of country or org")
        if self.end is not None and self.end <= self.start:
            raise ValueError(
                f"office ends ({self.end}) before it starts ({self.start})"
            )
        return self

    @property
    def holder(self) -> str:
        """The entity id the office belongs to: ``country:RUS`` or ``org:nato``."""
        return f"country:{self.country}" if self.country else f"org:{self.org}"

    def held_on(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on < self.end)


class PersonEntry(_Record):
    id: PersonId
    name: str = Field(min_length=1)
    country: Iso3 | None = None
    qid: str | None = Field(default=None, pattern=r"^Q\d+$")
    aliases: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    standalone: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()

    @model_validator(mode="after")
    def _standalone_is_short(self) -> PersonEntry:
        extra = set(self.standalone) - set(self.short)
        if extra:
            raise ValueError(f"standalone forms not listed in short: {sorted(extra)}")
        return self


class TitlesFile(_Record):
    equivalents: dict[str, tuple[str, ...]] = {}
    # roles with one holder in the world, resolved without a country ("the Pope")
    implied: dict[str, str] = {}
    en: dict[str, tuple[str, ...]]
    id: dict[str, tuple[str, ...]]

    def by_language(self) -> dict[str, dict[str, tuple[str, ...]]]:
        return {"en": self.en, "id": self.id}


_R = TypeVar("_R", bound=_Record)


class GazetteerFiles(_Record):
    """Everything the files hold, checked entry by entry. ``places`` joins the
    entries of every file in ``PLACE_FILES``; ``place_file`` names an entry's file."""

    countries: tuple[CountryEntry, ...]
    places: tuple[PlaceEntry, ...]
    organizations: tuple[OrgEntry, ...]
    people: tuple[PersonEntry, ...]
    titles: TitlesFile
    place_files: dict[str, str] = {}

    def place_file(self, place_id: str) -> str:
        """The file that holds a place entry (for error messages)."""
        return self.place_files.get(place_id, PLACE_FILES[0])


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loader (libyaml when present) that leaves dates as text, so that a bad
    date is reported by the entry's validation, with the entry's id."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if not tag.endswith(":timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _read_yaml(path: Path) -> Any:
    if not path.is_file():
        raise GazetteerError(f"{path.name}: file not found at {path}")
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError as exc:
        raise GazetteerError(f"{path.name}: not valid YAML: {exc}") from exc


def _entries(path: Path, model: type[_R]) -> tuple[_R, ...]:
    data = _read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise GazetteerError(f"{path.name}: expected a mapping with a list 'entries'")
    out: list[_R] = []
    for index, raw in enumerate(data["entries"]):
        label = raw.get("id", f"#{index}") if isinstance(raw, dict) else f"#{index}"
        try:
            out.append(model.model_validate(raw))
        except ValidationError as exc:
            raise GazetteerError(f"{path.name}: entry {label}: {exc}") from exc
    return tuple(out)


def read_files(directory: Path = DATA_DIR) -> GazetteerFiles:
    """Parse and check the gazetteer files in ``directory``.

    Raises:
        GazetteerError: a file is missing or an entry is malformed; the message names
            the file and the entry.
    """
    titles_path = directory / "titles.yaml"
    try:
        titles = TitlesFile.model_validate(_read_yaml(titles_path))
    except ValidationError as exc:
        raise GazetteerError(f"titles.yaml: {exc}") from exc
    places: list[PlaceEntry] = []
    place_files: dict[str, str] = {}
    for name in PLACE_FILES:
        for entry in _entries(directory / name, PlaceEntry):
            if entry.id in place_files:
                raise GazetteerError(
                    f"{name}: id {entry.id} is already used in {place_files[entry.id]}"
                )
            places.append(entry)
            place_files[entry.id] = name
    files = GazetteerFiles(
        countries=_entries(directory / "countries.yaml", CountryEntry),
        places=tuple(places),
        organizations=_entries(directory / "organizations.yaml", OrgEntry),
        people=_entries(directory / "people.yaml", PersonEntry),
        titles=titles,
        place_files=place_files,
    )
    logger.debug(
        "read gazetteer: %d countries, %d places, %d organisations, %d people",
        len(files.countries),
        len(files.places),
        len(files.organizations),
        len(files.people),
    )
    return files
