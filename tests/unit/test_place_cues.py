"""Place names that need their surroundings, and titles added with the subdivisions:
our own English and Indonesian sentences, traps first."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.linking import Mention, find_mentions

D2025 = date(2025, 10, 20)


def found(text: str, lang: str = "en", on: date | None = D2025) -> list[Mention]:
    return find_mentions(text, lang, on)


def pairs(
    text: str, lang: str = "en", on: date | None = D2025
) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in found(text, lang, on)]


# -- names shared by two places, or by a place and a country ------------------------


def test_georgia_is_the_country_unless_a_us_place_stands_next_to_it() -> None:
    assert pairs("Georgia's president refused to sign the law.") == [
        ("Georgia's president", "person:mikheil-kavelashvili")
    ]
    assert pairs("The rally in Atlanta, Georgia drew thousands.") == [
        ("Atlanta", "place:usa-atlanta"),
        ("Georgia", "place:usa-georgia"),
    ]
    assert pairs("Talks in Tbilisi, Georgia ended.")[1] == ("Georgia", "country:GEO")
    assert pairs("Voters in Georgia went to the polls.") == [("Georgia", "country:GEO")]
    assert pairs("A court in the U.S. state of Georgia ruled.") == [
        ("U.S. state of Georgia", "place:usa-georgia")
    ]


def test_washington_is_the_capital_unless_a_place_in_the_state_is_next_to_it() -> None:
    assert pairs("He lives in Seattle, Washington.") == [
        ("Seattle", "place:usa-seattle"),
        ("Washington", "place:usa-washington-state"),
    ]
    assert pairs("Pejabat di Jakarta, Washington menyatakan dukungan.", "id") == [
        ("Jakarta", "place:idn-jakarta"),
        ("Washington", "place:usa-washington"),
    ]
    # both Washingtons lie in the United States: the cue decides nothing
    assert pairs("Prabowo terbang ke Washington, Amerika Serikat.", "id")[1] == (
        "Washington",
        "place:usa-washington",
    )
    assert pairs("Wildfires spread across Washington state.") == [
        ("Washington state", "place:usa-washington-state")
    ]


def test_us_postal_abbreviations_need_a_us_place_or_a_dateline() -> None:
    dateline = found("PALO ALTO, Calif. (AP) - The two leaders met on Wednesday.")
    assert [(m.text, m.entity_id) for m in dateline] == [
        ("Calif.", "place:usa-california")
    ]
    assert pairs("WOODSIDE, Calif. (AP) - They met at Filoli.") == [
        ("WOODSIDE", "place:usa-woodside"),
        ("Calif.", "place:usa-california"),
        ("Filoli", "place:usa-filoli"),
    ]
    assert pairs("Miami, Fla. hosted the summit.")[1] == ("Fla.", "place:usa-florida")
    assert pairs("He was ill. Ga. is not a word here. Calif. either.") == []
    assert pairs("JAKARTA, Wash. - no such place.") == [
        ("JAKARTA", "place:idn-jakarta")
    ]


def test_victoria_needs_context_and_picks_its_country_from_its_neighbour() -> None:
    assert pairs("Victoria said she would attend the summit.") == []
    assert pairs("Bushfires raged in Victoria this week.") == [
        ("Victoria", "place:aus-victoria")
    ]
    assert pairs("From Melbourne, Victoria he flew to Victoria, Seychelles.") == [
        ("Melbourne", "place:aus-melbourne"),
        ("Victoria", "place:aus-victoria"),
        ("Victoria", "place:syc-victoria"),
        ("Seychelles", "country:SYC"),
    ]
    assert pairs("Vice President Victoria Villarruel spoke.")[0][1] == (
        "person:victoria-villarruel"
    )


def test_punjab_in_two_countries() -> None:
    assert pairs("Strikes hit Punjab province overnight.") == [
        ("Punjab province", "place:pak-punjab")
    ]
    assert pairs("Floods hit Punjab overnight.") == []  # which Punjab?
    assert pairs("Banjir melanda Punjab Pakistan.", "id") == [
        ("Punjab Pakistan", "place:pak-punjab")
    ]
    assert pairs("Pakistan's Punjab and India's Punjab both flooded.") == [
        ("Pakistan", "country:PAK"),
        ("Punjab", "place:pak-punjab"),
        ("India", "country:IND"),
        ("Punjab", "place:ind-punjab"),
    ]
    assert pairs("Pilgrims gathered in Amritsar, Punjab.")[1] == (
        "Punjab",
        "place:ind-punjab",
    )
    assert pairs("Hujan deras melanda Punjab, India.", "id")[0] == (
        "Punjab",
        "place:ind-punjab",
    )


def test_papua_and_papua_new_guinea() -> None:
    assert pairs("Papua New Guinea and Papua Barat signed it.", "id") == [
        ("Papua New Guinea", "country:PNG"),
        ("Papua Barat", "place:idn-west-papua"),
    ]
    assert pairs("Bentrokan terjadi di Papua Pegunungan.", "id") == [
        ("Papua Pegunungan", "place:idn-highland-papua")
    ]


def test_a_palace_two_countries_name_alike() -> None:
    assert pairs("Raja menerima tamu di Istana Negara, Kuala Lumpur.", "id")[0] == (
        "Istana Negara",
        "place:mys-istana-negara",
    )
    assert pairs("Presiden menerima tamu di Istana Negara.", "id") == [
        ("Istana Negara", "place:idn-istana-negara")
    ]


# -- ordinary sentences: no place where there is none -------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Victoria said the results were encouraging.", "en"),
        ("Virginia Giuffre's memoir was published in October.", "en"),
        ("Brittany and Jersey Shore fans queued for tickets.", "en"),
        ("Hesse wrote novels; Miyazaki made films; Chiba scored twice.", "en"),
        ("A Reunion of old classmates took place.", "en"),
        ("Surin Pitsuwan led ASEAN's secretariat for five years.", "en"),
        ("Tak hanya itu, harga perak dan emas naik.", "id"),
        ("Perak dan emas menjadi pilihan investor.", "id"),
        ("Mie ayam dan Goa Pindul ramai dikunjungi.", "id"),
        ("Ikan paus terdampar di pantai; paus biru jarang terlihat.", "id"),
        ("Babel menjadi judul film baru.", "id"),
    ],
)
def test_no_false_places_in_ordinary_sentences(text: str, lang: str) -> None:
    assert [m for m in found(text, lang) if m.kind == "place"] == []


def test_common_word_places_count_after_a_locative() -> None:
    assert pairs("Ia berlibur ke Goa dan ke Perak.", "id") == [
        ("Goa", "place:ind-goa"),
        ("Perak", "place:mys-perak"),
    ]
    assert pairs("The earthquake struck in Ishikawa.") == [
        ("Ishikawa", "place:jpn-ishikawa")
    ]
    assert pairs("Ishikawa Prefecture was hit.") == [
        ("Ishikawa Prefecture", "place:jpn-ishikawa")
    ]


def test_indonesian_provinces_and_press_abbreviations() -> None:
    text = "Gubernur Jawa Barat bertemu pejabat Jatim dan NTT di Kaltim."
    assert [e for _, e in pairs(text, "id")] == [
        "place:idn-west-java",
        "place:idn-east-java",
        "place:idn-east-nusa-tenggara",
        "place:idn-east-kalimantan",
    ]
    # "di Yogyakarta" is the city, not the "DI Yogyakarta" province
    assert pairs("Ia tinggal di Yogyakarta.", "id") == [
        ("Yogyakarta", "place:idn-yogyakarta")
    ]


def test_oblasts_named_like_their_capital() -> None:
    assert pairs("Drones hit the Kharkiv region and Kharkiv itself.") == [
        ("Kharkiv region", "place:ukr-kharkiv-oblast"),
        ("Kharkiv", "place:ukr-kharkiv"),
    ]
    assert pairs("Shelling continued in Belgorod region and in Poltava.") == [
        ("Belgorod region", "place:rus-belgorod-oblast"),
        ("Poltava", "place:ukr-poltava"),
    ]


# -- titles --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "on", "person"),
    [
        (
            "The Pope called for a ceasefire.",
            "en",
            date(2025, 3, 1),
            "person:pope-francis",
        ),
        ("The pope called for a ceasefire.", "en", D2025, "person:pope-leo-xiv"),
        ("Paus menyerukan perdamaian.", "id", date(2024, 9, 4), "person:pope-francis"),
        ("Paus menyerukan perdamaian.", "id", D2025, "person:pope-leo-xiv"),
        (
            "Menko Perekonomian menjelaskan tarif.",
            "id",
            D2025,
            "person:airlangga-hartarto",
        ),
        ("Menko Polhukam menanggapi.", "id", date(2022, 5, 1), "person:mahfud-md"),
        ("Kepala Negara Jepang hadir.", "id", D2025, "person:naruhito"),
        ("Kepala Pemerintahan Jepang tiba.", "id", D2025, "person:shigeru-ishiba"),
        ("Britain's head of state spoke.", "en", D2025, "person:charles-iii"),
        ("Britain's head of government spoke.", "en", D2025, "person:keir-starmer"),
        ("Germany's head of government spoke.", "en", D2025, "person:friedrich-merz"),
        (
            "India's foreign secretary briefed reporters.",
            "en",
            D2025,
            "person:vikram-misri",
        ),
        ("The UK foreign secretary spoke.", "en", D2025, "person:yvette-cooper"),
        ("Myanmar's junta chief flew in.", "en", D2025, "person:min-aung-hlaing"),
        (
            "Japan's top government spokesman said.",
            "en",
            D2025,
            "person:yoshimasa-hayashi",
        ),
        ("The Bangladeshi chief adviser said.", "en", D2025, "person:muhammad-yunus"),
        ("Mongolia's president arrived.", "en", D2025, "person:ukhnaagiin-khurelsukh"),
    ],
)
def test_new_titles_resolve_for_the_date(
    text: str, lang: str, on: date, person: str
) -> None:
    mention = next(m for m in found(text, lang, on) if m.kind == "person")
    assert (mention.entity_id, mention.via) == (person, "title")


def test_a_title_reports_the_office_its_holder_holds() -> None:
    misri = found("Foreign Secretary Vikram Misri briefed reporters.")[0]
    assert (misri.entity_id, misri.role) == ("person:vikram-misri", "foreign_secretary")
    cooper = found("British Foreign Secretary Yvette Cooper arrived.")[0]
    assert (cooper.entity_id, cooper.role) == (
        "person:yvette-cooper",
        "foreign_minister",
    )
    uk = found("The UK foreign secretary arrived.")[0]
    assert (uk.entity_id, uk.role) == ("person:yvette-cooper", "foreign_minister")
    king = found("Japan's head of state")[0]
    assert (king.entity_id, king.role) == ("person:naruhito", "emperor")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The former pope was buried in Rome.", "en"),
        ("Mendiang Paus dimakamkan di Roma.", "id"),
        ("Pope Tawadros II received the delegation.", "en"),
        ("Perburuan paus dilarang.", "id"),
        ("Mensesneg hadir dalam rapat.", "id"),  # a title Indonesia shares with others
        ("Wamenlu menghadiri sidang.", "id"),  # three deputies at once
    ],
)
def test_titles_that_name_no_one(text: str, lang: str) -> None:
    assert [m for m in found(text, lang) if m.kind == "person"] == []


def test_pope_leo_by_short_name_after_the_title() -> None:
    mention = found("Pope Leo met the faithful.")[0]
    assert (mention.text, mention.entity_id) == ("Pope Leo", "person:pope-leo-xiv")
