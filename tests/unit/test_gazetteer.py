"""The gazetteer data and its loader: coverage, lookups, dated offices, validation."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from babel import Locale

from graph.errors import ActorNotFound, PlaceNotFound
from graph.model import ActorKind, PlaceKind
from ingest.data import build_gazetteer
from ingest.gazetteer import Gazetteer, load_gazetteer
from ingest.gazetteer_files import DATA_DIR, GazetteerError, read_files

# The 193 UN member states, written out here independently of the seed script.
UN_MEMBERS_ISO3 = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH
BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB
CYP CZE PRK DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU
GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ
KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS
MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN
PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC
SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN
TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()  # noqa: SIM905


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def test_loads_once_per_process() -> None:
    assert load_gazetteer() is load_gazetteer()


def test_every_un_member_and_both_observers_are_countries(gaz: Gazetteer) -> None:
    assert len(set(UN_MEMBERS_ISO3)) == 193
    files = read_files()
    members = {c.id for c in files.countries if c.status == "member"}
    assert members == set(UN_MEMBERS_ISO3)
    observers = {c.id for c in files.countries if c.status == "observer"}
    assert observers == {"VAT", "PSE"}
    for code in ("TWN", "XKX", "HKG", "MAC", "ESH"):
        assert gaz.actor(f"country:{code}").kind is ActorKind.COUNTRY


def test_country_codes_agree_with_cldr() -> None:
    cldr = Locale("en").territories
    for country in read_files().countries:
        assert country.iso2 in cldr, country.id


def test_cldr_indonesian_names_resolve(gaz: Gazetteer) -> None:
    indonesian = Locale("id").territories
    for country in read_files().countries:
        # as news writes them: no "(Burma)" or "DAK Tiongkok" qualifier, "dan" for "&"
        cldr = indonesian[country.iso2].split(" (")[0].split(" DAK ")[0]
        name = cldr.replace(" & ", " dan ")
        assert f"country:{country.id}" in gaz.lookup(name), (country.id, name)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Korea Utara", "country:PRK"),
        ("Korut", "country:PRK"),
        ("DPRK", "country:PRK"),
        ("Tiongkok", "country:CHN"),
        ("RRT", "country:CHN"),
        ("Negeri Tirai Bambu", "country:CHN"),
        ("Amerika Serikat", "country:USA"),
        ("AS", "country:USA"),
        ("Negeri Kanguru", "country:AUS"),
        ("Türkiye", "country:TUR"),
        ("Turkey", "country:TUR"),
        ("Britain", "country:GBR"),
        ("PBB", "org:un"),
        ("DK PBB", "org:unsc"),
        ("Uni Eropa", "org:eu"),
        ("Den Haag", "place:nld-the-hague"),
        ("Jenewa", "place:che-geneva"),
        ("Moskwa", "place:rus-moscow"),
        ("Sankt Peterburg", "place:rus-saint-petersburg"),
        ("kim jong-un", "person:kim-jong-un"),
        ("Pedro Sanchez", "person:pedro-sanchez"),
    ],
)
def test_lookup_finds_press_and_language_forms(
    gaz: Gazetteer, name: str, expected: str
) -> None:
    assert gaz.lookup(name) == [expected]


def test_lookup_keeps_abbreviations_case_sensitive(gaz: Gazetteer) -> None:
    assert gaz.lookup("as") == []
    assert gaz.lookup("us") == []
    assert gaz.lookup("KTT") == []  # a summit, not an organisation


def test_actors_and_places_by_id(gaz: Gazetteer) -> None:
    putin = gaz.actor("person:vladimir-putin")
    assert (putin.name, putin.country) == ("Vladimir Putin", "country:RUS")
    assert gaz.actor("org:nato").kind is ActorKind.ORGANIZATION
    beijing = gaz.place("place:chn-beijing")
    assert (beijing.kind, beijing.country) == (PlaceKind.CITY, "country:CHN")
    assert beijing.lat is not None
    assert 39 < beijing.lat < 41
    assert gaz.place("country:PRK").kind is PlaceKind.COUNTRY
    with pytest.raises(ActorNotFound):
        gaz.actor("person:nobody-at-all")
    with pytest.raises(PlaceNotFound):
        gaz.place("place:xx-atlantis")


def test_country_of_people_organisations_places(gaz: Gazetteer) -> None:
    assert gaz.country_of("person:kim-jong-un") == "country:PRK"
    assert gaz.country_of("org:hamas") == "country:PSE"
    assert gaz.country_of("org:un") is None
    assert gaz.country_of("place:aus-darwin") == "country:AUS"
    assert gaz.country_of("country:IDN") == "country:IDN"
    assert gaz.country_of("country:XYZ") is None


def test_capitals_and_seats_stand_for_their_country(gaz: Gazetteer) -> None:
    assert gaz.capital_country("place:prk-pyongyang") == "country:PRK"
    assert gaz.capital_country("place:rus-kremlin") == "country:RUS"
    assert gaz.capital_country("place:mys-putrajaya") == "country:MYS"
    assert gaz.capital_country("place:aus-sydney") is None


def test_every_country_has_its_capital_except_contested_ones(gaz: Gazetteer) -> None:
    missing = {c.id for c in read_files().countries if c.capital is None}
    assert missing == {"PSE", "ESH"}
    capitals = {p for p in (p.id for p in gaz.places()) if gaz.capital_country(p)}
    assert len(capitals) >= 190


def test_contains(gaz: Gazetteer) -> None:
    assert gaz.contains("country:FRA", "place:fra-paris")
    assert gaz.contains("place:fra-paris", "place:fra-elysee-palace")
    assert gaz.contains("country:RUS", "place:rus-kremlin")
    assert gaz.contains("place:rus-moscow", "place:rus-moscow")
    assert not gaz.contains("country:RUS", "place:fra-paris")
    assert not gaz.contains("place:fra-paris", "country:FRA")


@pytest.mark.parametrize(
    ("role", "holder", "on", "expected"),
    [
        ("president", "country:USA", date(2024, 7, 1), ["Joe Biden"]),
        ("president", "country:USA", date(2025, 3, 1), ["Donald Trump"]),
        ("president", "country:USA", date(2025, 1, 20), ["Donald Trump"]),
        ("president", "country:USA", date(2025, 1, 19), ["Joe Biden"]),
        ("president", "country:IDN", date(2023, 6, 1), ["Joko Widodo"]),
        ("president", "country:IDN", date(2024, 10, 20), ["Prabowo Subianto"]),
        ("president", "country:KOR", date(2025, 10, 15), ["Lee Jae-myung"]),
        ("foreign_minister", "country:CHN", date(2023, 3, 1), ["Qin Gang"]),
        ("foreign_minister", "country:CHN", date(2023, 9, 1), ["Wang Yi"]),
        ("prime_minister", "country:JPN", date(2025, 10, 20), ["Shigeru Ishiba"]),
        ("prime_minister", "country:JPN", date(2025, 10, 21), ["Sanae Takaichi"]),
        ("prime_minister", "country:GBR", date(2022, 10, 1), ["Liz Truss"]),
        ("defence_minister", "country:RUS", date(2024, 6, 1), ["Andrei Belousov"]),
        (
            "security_council_secretary",
            "country:RUS",
            date(2025, 1, 1),
            ["Sergei Shoigu"],
        ),
        ("secretary_general", "org:nato", date(2023, 1, 1), ["Jens Stoltenberg"]),
        ("president", "country:MNG", date(2025, 1, 1), ["Ukhnaagiin Khürelsükh"]),
        ("president", "country:PLW", date(2025, 1, 1), []),
    ],
)
def test_office_holders_on_a_date(
    gaz: Gazetteer, role: str, holder: str, on: date, expected: list[str]
) -> None:
    assert [a.name for a in gaz.office_holders(role, holder, on)] == expected


def test_leaders(gaz: Gazetteer) -> None:
    def leader(holder: str, on: date) -> str | None:
        found = gaz.leader_of(holder, on)
        return found.name if found else None

    assert leader("country:PRK", date(2020, 1, 1)) == "Kim Jong Un"
    assert leader("country:CHN", date(2025, 9, 3)) == "Xi Jinping"
    assert leader("country:KOR", date(2025, 1, 15)) == "Choi Sang-mok"  # acting
    assert leader("country:VNM", date(2025, 10, 10)) == "To Lam"
    assert leader("org:nato", date(2025, 6, 25)) == "Mark Rutte"
    assert leader("org:eu", date(2025, 7, 13)) == "Ursula von der Leyen"
    assert leader("country:PLW", date(2025, 1, 1)) is None


def test_every_office_term_ends_after_it_starts_and_names_a_holder(
    gaz: Gazetteer,
) -> None:
    for person in read_files().people:
        for office in person.offices:
            assert gaz.has(office.holder), (person.id, office.holder)
            assert office.end is None or office.end > office.start


def test_seed_script_would_not_change_the_curated_files() -> None:
    assert build_gazetteer.main(["--check"]) == 0


# -- validation ----------------------------------------------------------------------


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "gazetteer"
    shutil.copytree(DATA_DIR, target)
    return target


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _load(directory: Path) -> Gazetteer:
    return Gazetteer(read_files(directory))


@pytest.mark.parametrize(
    ("file", "entry", "message"),
    [
        (
            "people.yaml",
            "- id: person:vladimir-putin\n  name: Someone Else\n",
            "people.yaml: id person:vladimir-putin is already used",
        ),
        (
            "people.yaml",
            "- id: person:jane-roe\n  name: Jane Roe\n  offices:\n"
            "  - {role: president, country: XYZ, start: 2020-01-01, end: null}\n",
            "people.yaml: person:jane-roe: office country XYZ unknown",
        ),
        (
            "people.yaml",
            "- id: person:jane-roe\n  name: Jane Roe\n  offices:\n"
            "  - {role: president, country: FRA, start: 2020-13-01, end: null}\n",
            "people.yaml: entry person:jane-roe",
        ),
        (
            "people.yaml",
            "- id: person:jane-roe\n  name: Jane Roe\n  offices:\n"
            "  - {role: president, country: RUS, start: 2024-01-01, end: null,"
            " leader: true}\n",
            "both marked leader of country:RUS",
        ),
        (
            "people.yaml",
            "- id: person:jane-roe\n  name: Jane Roe\n  short: [Putin]\n"
            "  standalone: [Putin]\n",
            "standalone short form 'putin' is shared",
        ),
        (
            "people.yaml",
            "- id: person:jane-roe\n  name: Jane Roe\n  aliases: [Vladimir Putin]\n",
            "the person form 'vladimir putin' names",
        ),
        (
            "organizations.yaml",
            "- id: org:jane\n  name: Jane Org\n  part_of: org:nothing\n",
            "organizations.yaml: org:jane: part_of org:nothing unknown",
        ),
        (
            "places.yaml",
            "- id: place:fra-bad\n  name: Bad\n  kind: city\n  country: FRA\n"
            "  capital_of: FRA\n",
            "places.yaml: place:fra-bad: capital_of FRA",
        ),
        (
            "subdivisions.yaml",
            "- {id: place:fra-paris, name: Paris, kind: region, country: FRA}\n",
            "subdivisions.yaml: id place:fra-paris is already used in places.yaml",
        ),
        (
            "subdivisions.yaml",
            "- {id: place:fra-bad, name: Bad, kind: region, country: FRA,"
            " within: place:fra-nowhere}\n",
            "subdivisions.yaml: place:fra-bad: within place:fra-nowhere unknown",
        ),
        (
            "titles.yaml",
            "implied:\n  pope: country:XYZ\n",
            "titles.yaml: implied pope: country:XYZ unknown",
        ),
    ],
)
def test_invalid_data_fails_with_file_and_entry(
    tmp_path: Path, file: str, entry: str, message: str
) -> None:
    directory = _copy(tmp_path)
    _append(directory / file, entry)
    with pytest.raises(GazetteerError, match=message):
        _load(directory)


def test_an_alias_may_be_shared_when_marked_ambiguous(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    entry = "- id: place:usa-paris\n  name: Paris\n  kind: city\n  country: USA\n"
    _append(directory / "places.yaml", entry)
    with pytest.raises(GazetteerError, match="'paris' names"):
        _load(directory)
    _append(directory / "places.yaml", "  ambiguous: [Paris]\n")
    assert _load(directory).lookup("Paris") == ["place:fra-paris"]


@pytest.mark.parametrize("name", ["titles.yaml", "subdivisions.yaml"])
def test_a_missing_file_is_named(tmp_path: Path, name: str) -> None:
    directory = _copy(tmp_path)
    (directory / name).unlink()
    with pytest.raises(GazetteerError, match=rf"{name}: file not found"):
        _load(directory)


# -- corpus coverage ---------------------------------------------------------------


@pytest.mark.corpus
def test_every_gold_participant_and_place_resolves(
    gaz: Gazetteer, corpus: Path
) -> None:
    names: set[str] = set()
    for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        for event in json.loads(line)["events"]:
            names.update(event["participants"])
            names.update(event["roles"].values())
            if event["place"]:
                names.add(event["place"])
    assert names
    unresolved = {
        name: gaz.lookup(name) for name in names if len(gaz.lookup(name)) != 1
    }
    assert unresolved == {}
