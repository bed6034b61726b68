"""Indonesian mechanisms that generalise to unseen news (own test sentences).

Each case exercises one general rule added while measuring the rules on articles
their authors had not seen (see ``test_unseen_en.py`` for English).
"""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Expect, check_case, extract, summary

N = frozenset

CASES: list[tuple[str, str, str, list[Expect], list[tuple[str, str | None]]]] = [
    (
        "koma-mengakhiri-frasa",
        "2025-05-13",
        "Presiden Prabowo Subianto bertemu Perdana Menteri Jepang Shigeru Ishiba di "
        "Tokyo, Senin (12/5/2025). Dalam konferensi pers bersama, Prabowo menyebut "
        "Jepang sebagai mitra penting Indonesia.",
        [
            Expect(
                "STATEMENT",
                names=N({"Prabowo Subianto", "Shigeru Ishiba"}),
                agent="Prabowo Subianto",
            )
        ],
        [],
    ),
    (
        "awal-bulan-ini-lalu",
        "2024-06-27",
        "Awal Juni lalu, Uni Eropa menjatuhkan sanksi baru terhadap Belarus.",
        [Expect("SANCTION", agent="European Union", date="2024-06")],
        [],
    ),
    (
        "mewakili-berarti-hadir",
        "2025-10-27",
        "Wakil Presiden Gibran Rakabuming Raka mewakili Indonesia dalam KTT di Kuala "
        "Lumpur, Minggu (26/10/2025), bersama Perdana Menteri Malaysia Anwar "
        "Ibrahim.",
        [
            Expect(
                "MEETING",
                names=N({"Gibran Rakabuming Raka", "Anwar Ibrahim"}),
                place="Kuala Lumpur",
                date="2025-10-26",
            )
        ],
        [],
    ),
    (
        "meresmikan-kemitraan-strategis",
        "2023-07-05",
        "Presiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese di "
        "Sydney, Selasa (4/7/2023). Dalam pertemuan itu, kedua pemimpin meresmikan "
        "peningkatan hubungan kedua negara menjadi kemitraan strategis komprehensif.",
        [
            Expect(
                "ALLIANCE",
                names=N({"Indonesia", "Australia"}),
                place="Sydney",
                date="2023-07-04",
            )
        ],
        [],
    ),
    (
        "belum-dapat-dipastikan-spekulasi",
        "2022-09-01",
        "Hingga kini belum dapat dipastikan apakah Presiden Rusia Vladimir Putin akan "
        "datang langsung ke Bali.",
        [Expect("VISIT", "speculated", agent="Vladimir Putin", place="Bali")],
        [("VISIT", "asserted"), ("VISIT", "negated")],
    ),
    (
        "kembali-ke-negara-lain",
        "2023-07-05",
        "Perdana Menteri Australia Anthony Albanese diperkirakan akan kembali ke "
        "Jakarta pada September mendatang.",
        [
            Expect(
                "VISIT",
                "speculated",
                N({"Anthony Albanese", "Indonesia"}),
                agent="Anthony Albanese",
            )
        ],
        [("VISIT", "asserted")],
    ),
    (
        "kembali-ke-negeri-sendiri",
        "2023-07-05",
        "Presiden Joko Widodo kembali ke Jakarta pada Kamis malam.",
        [],
        [("VISIT", None)],
    ),
    (
        "tujuan-setelah-koma-tetap-rencana",
        "2025-03-03",
        "Perdana Menteri Jepang Shigeru Ishiba dijadwalkan terbang ke Manila, "
        "Filipina, Selasa pagi, untuk meneken perjanjian pertahanan kedua negara.",
        [Expect("ALLIANCE", "planned", N({"Japan", "Philippines"}))],
        [("ALLIANCE", "asserted")],
    ),
    (
        "rencana-bersyarat-hanya-tawaran",
        "2025-03-01",
        "Indonesia akan mengirim pasukan perdamaian ke Gaza jika diminta PBB.",
        [Expect("TROOP_DEPLOYMENT", "speculated", agent="Indonesia")],
        [("TROOP_DEPLOYMENT", "asserted"), ("TROOP_DEPLOYMENT", "planned")],
    ),
    (
        "kunjungan-yang-diundang-bukan-peristiwa",
        "2025-02-12",
        "Presiden Turki Recep Tayyip Erdoğan mengundang Presiden Prabowo Subianto "
        "melakukan kunjungan balasan ke Ankara.",
        [Expect("INVITATION", agent="Recep Tayyip Erdoğan")],
        [("VISIT", None)],
    ),
    (
        "undangan-dipenuhi-kalimat-berikutnya",
        "2025-02-12",
        "Presiden Turki Recep Tayyip Erdoğan mengundang Presiden Prabowo Subianto "
        "berkunjung ke Ankara. Prabowo diperkirakan memenuhi undangan tersebut "
        "tahun depan.",
        [Expect("VISIT", "speculated", agent="Prabowo Subianto", place="Ankara")],
        [("VISIT", "asserted"), ("VISIT", "planned")],
    ),
    (
        "undangan-diterima-dalam-kalimat-yang-sama",
        "2023-09-13",
        "Kim Jong Un mengundang Vladimir Putin berkunjung ke Pyongyang, dan Putin "
        "menerima undangan tersebut.",
        [Expect("VISIT", "planned", agent="Vladimir Putin", place="Pyongyang")],
        [("VISIT", "asserted"), ("MEETING", None)],
    ),
    (
        "parade-yang-diundang-menjadi-rujukan",
        "2025-05-28",
        "Presiden Prancis Emmanuel Macron mengundang Presiden Prabowo Subianto "
        "menjadi tamu kehormatan parade militer Hari Bastille di Paris, 14 Juli "
        "mendatang. Prabowo menyatakan akan hadir menyaksikan parade militer "
        "tersebut.",
        [
            Expect(
                "PARADE",
                "planned",
                N({"Prabowo Subianto", "France"}),
                place="Paris",
                date="2025-07-14",
                host="France",
            )
        ],
        [("PARADE", "asserted")],
    ),
    (
        "akan-mengundang-ke-ktt",
        "2023-09-10",
        "Presiden Brasil Luiz Inácio Lula da Silva mengatakan akan mengundang "
        "Vladimir Putin ke KTT G20 di Rio de Janeiro tahun depan.",
        [Expect("INVITATION", "planned", agent="Luiz Inácio Lula da Silva")],
        [("MEETING", None)],
    ),
    (
        "undangan-tersebut-adalah-undangan-tadi",
        "2023-09-13",
        "Kim Jong Un mengundang Vladimir Putin berkunjung ke Pyongyang. Putin "
        "menerima undangan tersebut.",
        [Expect("INVITATION", agent="Kim Jong Un")],
        [("MEETING", None)],
    ),
    (
        "sehari-setelah-adalah-sehari-sebelumnya",
        "2024-07-09",
        "Presiden Joko Widodo bertemu Presiden Rusia Vladimir Putin di Moskwa, "
        "Selasa (9/7/2024), sehari setelah Putin menjamu Jokowi dalam makan malam.",
        [
            Expect(
                "MEETING",
                names=N({"Joko Widodo", "Vladimir Putin"}),
                date="2024-07-08",
            )
        ],
        [],
    ),
    (
        "saat-itu-tanggal-peristiwa-sebelumnya",
        "2024-04-19",
        "Prabowo Subianto berkunjung ke Beijing pada 1 April lalu. Saat itu, ia "
        "bertemu Presiden Xi Jinping di Aula Besar Rakyat.",
        [
            Expect(
                "MEETING",
                names=N({"Prabowo Subianto", "Xi Jinping"}),
                date="2024-04-01",
            )
        ],
        [],
    ),
    (
        "ketika-mengambil-tanggal-klausa-sebelumnya",
        "2023-08-19",
        "Hubungan kedua negara membaik sejak Maret lalu, ketika Perdana Menteri "
        "Jepang Fumio Kishida berkunjung ke Seoul.",
        [Expect("VISIT", agent="Fumio Kishida", place="Seoul", date="2023-03")],
        [],
    ),
    (
        "setelah-lawatan-di-negara-lain",
        "2025-05-28",
        "Presiden Prabowo Subianto menerima kunjungan kenegaraan Presiden Prancis "
        "Emmanuel Macron di Jakarta, Rabu (28/5/2025). Macron tiba di Jakarta pada "
        "Selasa (27/5) malam setelah menyelesaikan lawatan di Vietnam.",
        [
            Expect(
                "VISIT",
                names=N({"Emmanuel Macron", "Indonesia"}),
                agent="Emmanuel Macron",
                date="2025-05-27",
            ),
            Expect(
                "VISIT",
                names=N({"Emmanuel Macron", "Vietnam"}),
                agent="Emmanuel Macron",
                date="2025-05",
            ),
        ],
        [],
    ),
    (
        "pidato-tanpa-tanggal-bukan-untuk-pertemuan-lama",
        "2025-10-11",
        "Kim Jong Un bertemu Xi Jinping di Beijing pada awal September lalu. Dalam "
        "pidatonya, Kim memuji para prajurit.",
        [Expect("MEETING", names=N({"Kim Jong Un", "Xi Jinping"}), date="2025-09")],
        [("STATEMENT", None)],
    ),
    (
        "tanggal-milik-frasa-kunjungan",
        "2025-03-20",
        "Pertemuan itu menyusul kunjungan Presiden Prabowo Subianto ke Tokyo pada "
        "3 Maret lalu.",
        [Expect("VISIT", agent="Prabowo Subianto", place="Tokyo", date="2025-03-03")],
        [],
    ),
    (
        "tanggal-di-tengah-frasa-bukan-tanggal-kalimat",
        "2022-06-30",
        "Sebagai tuan rumah KTT tahun ini, Indonesia telah mengundang Presiden Rusia "
        "Vladimir Putin ke Bali.",
        [Expect("INVITATION", agent="Indonesia", date="2022-06-30")],
        [],
    ),
    (
        "di-sana-tempat-yang-disebut-terakhir",
        "2023-11-14",
        "Presiden Joko Widodo tiba di Washington pada Minggu (12/11), terbang "
        "langsung dari Riyadh, Arab Saudi. Di sana, pada Sabtu (11/11), ia bertemu "
        "Putra Mahkota Arab Saudi Mohammed bin Salman.",
        [
            Expect(
                "MEETING",
                names=N({"Joko Widodo", "Mohammed bin Salman"}),
                place="Riyadh",
                date="2023-11-11",
            )
        ],
        [],
    ),
    (
        "dari-kota-berita-melanjutkan-lawatan",
        "2024-04-19",
        "Jakarta - Menteri Luar Negeri Tiongkok Wang Yi bertemu Menteri Luar Negeri "
        "Retno Marsudi di Jakarta, Kamis (18/4/2024). Dari Jakarta, Wang dijadwalkan "
        "melanjutkan lawatan ke Kamboja.",
        [Expect("VISIT", "planned", agent="Wang Yi", date="2024-04")],
        [("VISIT", "asserted")],
    ),
    (
        "otoritas-di-ibu-kota-adalah-negaranya",
        "2024-10-09",
        "Menteri Luar Negeri Retno Marsudi mendesak otoritas di Naypyidaw "
        "menghentikan kekerasan.",
        [Expect("STATEMENT", names=N({"Retno Marsudi", "Myanmar"}))],
        [],
    ),
    (
        "parade-disaksikan-tamu",
        "2023-09-13",
        "Kim Jong Un menggelar parade militer di Pyongyang, Sabtu (9/9/2023), yang "
        "juga disaksikan Perdana Menteri Tiongkok Li Qiang.",
        [
            Expect(
                "PARADE",
                names=N({"Kim Jong Un", "Li Qiang", "North Korea"}),
                date="2023-09-09",
            )
        ],
        [],
    ),
    (
        "undangan-saat-di-kota-kunjungan",
        "2022-06-30",
        "Indonesia telah mengundang Presiden Rusia Vladimir Putin ke KTT G20 di Bali "
        "pada November. Presiden Joko Widodo tiba di Kyiv pada Rabu (29/6). Saat di "
        "Kyiv, Jokowi juga mengundang Presiden Ukraina Volodymyr Zelensky untuk hadir "
        "dalam KTT tersebut.",
        [
            Expect(
                "INVITATION",
                names=N({"Joko Widodo", "Volodymyr Zelensky"}),
                agent="Joko Widodo",
                place="Bali",
                date="2022-06-29",
            )
        ],
        [],
    ),
    (
        "gelar-sebelum-nama-bukan-anafora",
        "2024-04-19",
        "Menteri Luar Negeri Tiongkok Wang Yi bertemu presiden terpilih Prabowo "
        "Subianto di Jakarta, Kamis (18/4/2024).",
        [Expect("MEETING", names=N({"Wang Yi", "Prabowo Subianto"}))],
        [],
    ),
    (
        "pujian-tetap-fakta-walau-isinya-tahun-depan",
        "2024-11-10",
        "Presiden Prabowo Subianto bertemu Presiden Tiongkok Xi Jinping di Beijing, "
        "Sabtu (9/11/2024). Dalam pertemuan itu, Xi memuji Indonesia sebagai mitra "
        "strategis dan mengundang Prabowo untuk kembali ke Tiongkok tahun depan.",
        [
            Expect(
                "STATEMENT",
                names=N({"Xi Jinping", "Prabowo Subianto"}),
                agent="Xi Jinping",
                date="2024-11-09",
            ),
            Expect("INVITATION", agent="Xi Jinping"),
        ],
        [("STATEMENT", "planned")],
    ),
    (
        "sebelumnya-bukan-tanggal-berita",
        "2024-06-28",
        "Jakarta - Prabowo Subianto akan menghadiri pelantikan presiden Meksiko pada "
        "Oktober mendatang. Sebelumnya, Prabowo telah berkunjung ke Tiongkok, Jepang, "
        "dan Malaysia. Di Beijing, ia bertemu Presiden Xi Jinping. Di Tokyo, ia "
        "bertemu Perdana Menteri Fumio Kishida.",
        [
            Expect("VISIT", names=N({"Prabowo Subianto", "China"})),
            Expect("VISIT", names=N({"Prabowo Subianto", "Japan"})),
            Expect("VISIT", names=N({"Prabowo Subianto", "Malaysia"})),
            Expect("MEETING", names=N({"Prabowo Subianto", "Xi Jinping"})),
            Expect("MEETING", names=N({"Prabowo Subianto", "Fumio Kishida"})),
        ],
        [],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected", "forbidden"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_unseen_indonesian(
    published: str,
    text: str,
    expected: list[Expect],
    forbidden: list[tuple[str, str | None]],
) -> None:
    check_case(extract(text, "id", published), expected, forbidden)


def test_the_accepted_invitation_is_the_same_invitation() -> None:
    events = extract(
        "Kim Jong Un mengundang Vladimir Putin berkunjung ke Pyongyang. Putin "
        "menerima undangan tersebut.",
        "id",
        "2023-09-13",
    )
    invitations = [e for e in events if e.type.value == "INVITATION"]
    assert len(invitations) == 1, [summary(e) for e in events]
    assert len(invitations[0].evidence) == 2


def test_being_the_first_to_visit_is_the_same_visit() -> None:
    events = extract(
        "Presiden Joko Widodo tiba di Kyiv pada Rabu (29/6). Jokowi menjadi pemimpin "
        "Asia pertama yang mengunjungi Ukraina sejak perang pecah.",
        "id",
        "2022-06-30",
    )
    visits = [e for e in events if e.type.value == "VISIT"]
    assert len(visits) == 1, [summary(e) for e in events]
    assert visits[0].date == "2022-06-29"


def test_what_happened_before_the_story_takes_not_its_date() -> None:
    events = extract(
        "Jakarta - Prabowo Subianto akan menghadiri pelantikan presiden Meksiko pada "
        "Oktober mendatang. Sebelumnya, Prabowo telah berkunjung ke Tiongkok. Di "
        "Beijing, ia bertemu Presiden Xi Jinping.",
        "id",
        "2024-06-28",
    )
    past = [e for e in events if e.type.value in ("VISIT", "MEETING")]
    assert past, [summary(e) for e in events]
    assert all(e.date != "2024-06-28" for e in past), [summary(e) for e in events]
