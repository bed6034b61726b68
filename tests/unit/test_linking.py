"""find_mentions on our own English and Indonesian sentences, traps included."""

from __future__ import annotations

import dataclasses
import itertools
import json
from datetime import date
from pathlib import Path

import pytest

from ingest.gazetteer import load_gazetteer
from ingest.linking import Mention, find_mentions

D2023 = date(2023, 5, 10)
D2025 = date(2025, 10, 20)


def ids(text: str, lang: str = "en", on: date | None = D2025) -> list[str]:
    return [m.entity_id for m in find_mentions(text, lang, on)]


def only(text: str, lang: str = "en", on: date | None = D2025) -> Mention:
    found = find_mentions(text, lang, on)
    assert len(found) == 1, found
    return found[0]


# -- names, aliases, matching rules ---------------------------------------------------


def test_offsets_point_into_the_text_and_never_overlap() -> None:
    text = (
        "Korea Utara dan Rusia menandatangani perjanjian di Pyongyang, kata Menlu "
        "Rusia. North Korean troops were seen near Kursk; Seoul and Washington "
        "condemned it."
    )
    found = find_mentions(text, "id", D2025)
    assert len(found) >= 6
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


@pytest.mark.parametrize(
    "written",
    ["Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "KIM JONG UN", "kim jong un"],
)
def test_hyphens_spaces_and_case_do_not_matter_in_names(written: str) -> None:
    mention = only(f"Yesterday {written} inspected a factory.")
    assert (mention.entity_id, mention.via) == ("person:kim-jong-un", "name")


def test_accents_do_not_matter() -> None:
    assert ids("Pedro Sanchez and Pedro Sánchez spoke.") == ["person:pedro-sanchez"] * 2
    assert ids("Recep Tayyip Erdogan arrived.") == ["person:recep-tayyip-erdogan"]


def test_longest_match_wins() -> None:
    assert ids("Papua New Guinea and Papua") == ["country:PNG", "place:idn-papua"]
    assert ids("South Sudan, not Sudan") == ["country:SSD", "country:SDN"]
    assert ids("Equatorial Guinea") == ["country:GNQ"]
    assert ids("Dewan Keamanan PBB bersidang", "id") == ["org:unsc"]


def test_short_abbreviations_match_only_in_capitals() -> None:
    assert ids("as we told us, the US and the UK agreed") == [
        "country:USA",
        "country:GBR",
    ]
    assert ids("AS dan RI sepakat, seperti dikutip as", "id") == [
        "country:USA",
        "country:IDN",
    ]
    assert ids("who said that", "en") == []
    assert ids("The WHO said that", "en") == ["org:who"]


def test_common_words_that_are_also_names() -> None:
    assert ids("a fine china vase and a turkey dinner") == []
    assert ids("Turkey and China signed a deal.") == ["country:TUR", "country:CHN"]


def test_city_names_that_are_common_words_need_a_locative() -> None:
    assert ids("Lima orang tewas dalam kecelakaan itu.", "id") == []
    assert ids("Presiden tiba di Lima kemarin.", "id") == ["place:per-lima"]
    assert ids("Medan perang itu sunyi.", "id") == []
    assert ids("Ia terbang ke Medan.", "id") == ["place:idn-medan"]
    assert ids("Nice weather today.") == []
    assert ids("They met in Nice.") == ["place:fra-nice"]


def test_indonesian_press_forms() -> None:
    text = "Korut, Korsel, RRT dan Negeri Tirai Bambu; juga Negeri Kanguru dan AS."
    assert ids(text, "id") == [
        "country:PRK",
        "country:KOR",
        "country:CHN",
        "country:CHN",
        "country:AUS",
        "country:USA",
    ]


def test_organisations_in_both_languages() -> None:
    assert ids("Sekjen NATO dan Uni Eropa bertemu di kantor PBB.", "id", None)[1:] == [
        "org:eu",
        "org:un",
    ]
    assert ids("NATO and the European Union met ASEAN.") == [
        "org:nato",
        "org:eu",
        "org:asean",
    ]


# -- demonyms and capitals -------------------------------------------------------------


def test_demonyms_are_country_mentions() -> None:
    found = find_mentions(
        "North Korean soldiers joined Russian troops; Russians cheered.", "en"
    )
    assert [(m.entity_id, m.via) for m in found] == [
        ("country:PRK", "demonym"),
        ("country:RUS", "demonym"),
        ("country:RUS", "demonym"),
    ]


def test_capitals_carry_the_country_they_stand_for() -> None:
    mention = only("Kim thanked Pyongyang's allies and", "en")
    assert mention.entity_id == "place:prk-pyongyang"
    assert (mention.kind, mention.via, mention.country) == (
        "place",
        "capital",
        "country:PRK",
    )
    moscow = only("berjanji membantu Moskow", "id")
    assert (moscow.entity_id, moscow.country) == ("place:rus-moscow", "country:RUS")
    kremlin = only("the Kremlin said")
    assert kremlin.country == "country:RUS"
    sydney = only("They met in Sydney.")
    assert (sydney.via, sydney.country) == ("name", None)


# -- short forms -----------------------------------------------------------------------


def test_a_short_form_needs_an_earlier_full_mention() -> None:
    assert ids("Kim waved to the crowd.") == []
    assert ids("Kim Jong Un arrived. Kim waved.") == ["person:kim-jong-un"] * 2


def test_the_most_recent_full_mention_wins_a_shared_short_form() -> None:
    text = "Kim Jong Un spoke first. Then Kim Yo Jong issued a statement. Kim said no."
    assert ids(text) == [
        "person:kim-jong-un",
        "person:kim-yo-jong",
        "person:kim-yo-jong",
    ]


def test_standalone_short_forms_need_no_introduction() -> None:
    assert ids("Putin and Zelensky did not meet.") == [
        "person:vladimir-putin",
        "person:volodymyr-zelensky",
    ]
    assert ids("Albanese said nothing.") == []  # a common surname, not standalone


def test_a_short_form_after_a_title_uses_the_office_and_date() -> None:
    assert ids("President Lee greeted the guests.", on=date(2025, 10, 29)) == [
        "person:lee-jae-myung"
    ]
    assert ids("Prime Minister Lee greeted the guests.", on=date(2021, 6, 1)) == [
        "person:lee-hsien-loong"
    ]
    # two prime ministers called Lee (Singapore, South Korea) in office: no guess
    assert ids("Prime Minister Lee greeted the guests.", on=date(2020, 1, 1)) == []


# -- titles ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "on", "person"),
    [
        ("Presiden Rusia itu tiba.", "id", D2025, "person:vladimir-putin"),
        (
            "Presiden Rusia tersebut berterima kasih.",
            "id",
            D2025,
            "person:vladimir-putin",
        ),
        ("Pemimpin Korea Utara hadir.", "id", D2025, "person:kim-jong-un"),
        ("Menlu Rusia menelepon.", "id", D2025, "person:sergei-lavrov"),
        ("PM India berpidato.", "id", D2025, "person:narendra-modi"),
        ("Presiden Prancis memuji Indonesia.", "id", D2023, "person:emmanuel-macron"),
        ("Presiden Indonesia berpidato.", "id", D2023, "person:joko-widodo"),
        ("Presiden Indonesia berpidato.", "id", D2025, "person:prabowo-subianto"),
        (
            "Sekjen PBB menyerukan gencatan senjata.",
            "id",
            D2025,
            "person:antonio-guterres",
        ),
        ("The Russian president spoke.", "en", D2025, "person:vladimir-putin"),
        ("Russia's president spoke.", "en", D2025, "person:vladimir-putin"),
        ("The president of Russia spoke.", "en", D2025, "person:vladimir-putin"),
        ("The Chinese leader spoke.", "en", D2025, "person:xi-jinping"),
        ("The French President spoke.", "en", D2025, "person:emmanuel-macron"),
        ("South Korea's president spoke.", "en", D2025, "person:lee-jae-myung"),
        ("South Korea's president spoke.", "en", D2023, "person:yoon-suk-yeol"),
        ("The US president spoke.", "en", date(2024, 6, 1), "person:joe-biden"),
        ("The US president spoke.", "en", D2025, "person:donald-trump"),
        ("The NATO chief warned.", "en", D2023, "person:jens-stoltenberg"),
        ("The NATO chief warned.", "en", D2025, "person:mark-rutte"),
        ("The EU foreign policy chief warned.", "en", D2025, "person:kaja-kallas"),
        ("The EU's top diplomat warned.", "en", D2023, "person:josep-borrell"),
        ("Indonesia's defence minister", "en", D2023, "person:prabowo-subianto"),
    ],
)
def test_titles_resolve_to_the_holder_on_the_date(
    text: str, lang: str, on: date, person: str
) -> None:
    mention = next(m for m in find_mentions(text, lang, on) if m.kind == "person")
    assert (mention.entity_id, mention.via) == (person, "title")
    assert mention.role is not None


def test_a_title_mention_spans_title_and_country() -> None:
    mention = only("Sementara Presiden Rusia tersebut berterima kasih.", "id")
    assert mention.text == "Presiden Rusia tersebut"
    assert (mention.role, mention.country) == ("president", "country:RUS")


def test_a_title_without_a_country_stays_unresolved() -> None:
    assert ids("The president said nothing.") == []
    assert ids("Presiden menegaskan hal itu.", "id") == []


def test_a_title_without_a_known_holder_or_date_falls_back_to_the_country() -> None:
    palau = only("Presiden Palau tiba.", "id")
    assert (palau.entity_id, palau.kind, palau.via, palau.role) == (
        "country:PLW",
        "country",
        "title",
        "president",
    )
    undated = only("The Russian president spoke.", on=None)
    assert (undated.entity_id, undated.via) == ("country:RUS", "title")


def test_former_and_deputy_titles_name_no_office_holder() -> None:
    assert ids("The former Russian president spoke.") == ["country:RUS"]
    mention = only("Former US President Donald Trump spoke.", on=D2023)
    assert (mention.entity_id, mention.role) == ("person:donald-trump", None)
    assert ids("Mantan Presiden Indonesia itu hadir.", "id") == ["country:IDN"]


def test_title_and_name_make_one_person_mention() -> None:
    for text, lang in [
        ("Presiden Rusia Vladimir Putin tiba di Beijing.", "id"),
        ("Russian President Vladimir Putin arrived in Beijing.", "en"),
    ]:
        found = find_mentions(text, lang, D2025)
        assert [m.entity_id for m in found] == [
            "person:vladimir-putin",
            "place:chn-beijing",
        ]
        assert found[0].text.endswith("Vladimir Putin")
        assert (found[0].role, found[0].country) == ("president", "country:RUS")
    lavrov = only("Russian Foreign Minister Sergei Lavrov said", on=D2023)
    assert (lavrov.entity_id, lavrov.role) == (
        "person:sergei-lavrov",
        "foreign_minister",
    )


def test_a_bracketed_alias_between_title_and_name_is_absorbed() -> None:
    mention = only("Pemimpin Korea Utara (Korut) Kim Jong-Un tersenyum.", "id")
    assert mention.entity_id == "person:kim-jong-un"
    assert mention.text == "Pemimpin Korea Utara (Korut) Kim Jong-Un"


def test_title_and_unknown_name_make_a_stable_new_person() -> None:
    roe = only("Foreign Minister Jane Roe arrived.")
    assert (roe.entity_id, roe.via, roe.role) == (
        "person:jane-roe",
        "unknown",
        "foreign_minister",
    )
    assert roe.actor is not None
    assert roe.actor.name == "Jane Roe"
    siti = only("Menteri Luar Negeri Siti Rahayu menerima tamu.", "id")
    assert (siti.entity_id, siti.via) == ("person:siti-rahayu", "unknown")
    again = only("Kemarin, Menteri Luar Negeri Siti Rahayu kembali.", "id")
    assert again.entity_id == siti.entity_id


def test_an_unknown_name_takes_the_country_of_its_title() -> None:
    mention = only("Kenyan Foreign Minister Jane Roe arrived.")
    assert mention.country == "country:KEN"
    assert mention.actor is not None
    assert mention.actor.country == "country:KEN"


def test_titles_of_national_bodies_and_seats_of_government() -> None:
    panglima = only("Panglima TNI meninjau latihan.", "id")
    assert (panglima.entity_id, panglima.role, panglima.country) == (
        "person:agus-subiyanto",
        "military_chief",
        "country:IDN",
    )
    peskov = only("Kremlin spokesman Dmitry Peskov declined to comment.")
    assert (peskov.entity_id, peskov.role, peskov.country) == (
        "person:dmitry-peskov",
        "spokesperson",
        "country:RUS",
    )
    assert ids("the head of the IAEA said") == ["person:rafael-grossi"]


def test_capitalised_words_that_are_not_names_are_not_people() -> None:
    assert ids("The President On Monday said", on=None) == []
    assert ids("The Premier League resumed.") == []
    assert (
        ids('menyapa Kim dengan sebutan "Pemimpin Negara yang terhormat"', "id") == []
    )


# -- the mention type ---------------------------------------------------------------


def test_mentions_are_frozen_and_hashable() -> None:
    mention = only("Vladimir Putin")
    assert len({mention, mention}) == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.start = 3  # type: ignore[misc]


def test_unknown_language_uses_every_form() -> None:
    assert ids("Le président Vladimir Putin et la China", "fr") == [
        "person:vladimir-putin",
        "country:CHN",
    ]


# -- corpus coverage (reads the corpus; no answers keyed to an article) ---------------


@pytest.mark.corpus
def test_every_gold_entity_is_mentioned_in_its_article(corpus: Path) -> None:
    gaz = load_gazetteer()
    missing: dict[str, list[str]] = {}
    for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        raw = (corpus / doc["doc"]).read_text(encoding="utf-8")
        body = raw.partition("\n\n")[2] if doc["doc"].startswith("dev/") else raw
        found = find_mentions(body, doc["lang"], date.fromisoformat(doc["published"]))
        seen = {m.entity_id for m in found} | {m.country for m in found if m.country}
        names = {
            name
            for event in doc["events"]
            for name in (
                *event["participants"],
                *event["roles"].values(),
                event["place"],
            )
            if name
        }
        lost = sorted(n for n in names if not set(gaz.lookup(n)) & seen)
        if lost:
            missing[doc["doc"]] = lost
    assert missing == {}
