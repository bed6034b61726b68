"""Indonesian sentences and short articles -> expected events (own test texts)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Expect, check_case, extract

N = frozenset

CASES: list[tuple[str, str, str, list[Expect], list[tuple[str, str | None]]]] = [
    (
        "bertemu-dengan-tanggal",
        "2023-01-17",
        "Presiden Joko Widodo bertemu Perdana Menteri Singapura Lee Hsien Loong di "
        "Bogor, Senin (16/1/2023).",
        [
            Expect(
                "MEETING",
                names=N({"Joko Widodo", "Lee Hsien Loong"}),
                place="Bogor",
                date="2023-01-16",
            )
        ],
        [],
    ),
    (
        "diperkirakan-spekulasi",
        "2025-04-01",
        "Prabowo Subianto diperkirakan akan bertemu Presiden Rusia di Moskow bulan "
        "depan.",
        [Expect("MEETING", "speculated", N({"Prabowo Subianto", "Vladimir Putin"}))],
        [("MEETING", "asserted")],
    ),
    (
        "tidak-hadir",
        "2023-09-10",
        "Presiden Tiongkok tidak hadir dalam KTT G20 di New Delhi, Sabtu (9/9/2023).",
        [Expect("MEETING", "negated", N({"Xi Jinping"}), place="New Delhi")],
        [("MEETING", "asserted")],
    ),
    (
        "dijadwalkan-berkunjung",
        "2024-02-01",
        "Menteri Luar Negeri Retno Marsudi dijadwalkan berkunjung ke Canberra pekan "
        "depan.",
        [Expect("VISIT", "planned", agent="Retno Marsudi", place="Canberra")],
        [("VISIT", "asserted")],
    ),
    (
        "telepon-bukan-pertemuan",
        "2025-02-06",
        "Prabowo Subianto berbicara dengan Presiden Prancis melalui telepon, Rabu "
        "(5/2/2025).",
        [],
        [("MEETING", None)],
    ),
    (
        "wisatawan-bukan-kunjungan",
        "2025-02-01",
        "Ribuan wisatawan asal Tiongkok berkunjung ke Bali selama libur Imlek.",
        [],
        [("VISIT", None)],
    ),
    (
        "tarif-bukan-sanksi",
        "2025-04-05",
        "Amerika Serikat mengenakan tarif 32 persen atas produk Indonesia mulai pekan "
        "depan.",
        [],
        [("SANCTION", None)],
    ),
    (
        "pengiriman-pasukan",
        "2024-12-01",
        "Indonesia mengirim 1.000 prajurit TNI ke Lebanon pada 2024 untuk menjaga "
        "perdamaian.",
        [
            Expect(
                "TROOP_DEPLOYMENT",
                agent="Indonesia",
                names=N({"Indonesia", "Lebanon"}),
                date="2024",
            )
        ],
        [],
    ),
    (
        "kontingen-parade-bukan-pengerahan",
        "2025-05-10",
        "Kontingen prajurit TNI berbaris dalam parade militer di Moskow.",
        [],
        [("TROOP_DEPLOYMENT", None)],
    ),
    (
        "perjanjian-pertahanan",
        "2024-01-10",
        "Indonesia dan Prancis menandatangani perjanjian kerja sama pertahanan di "
        "Paris pada 2021.",
        [
            Expect(
                "ALLIANCE", names=N({"Indonesia", "France"}), place="Paris", date="2021"
            )
        ],
        [],
    ),
    (
        "nota-kesepahaman-bukan-aliansi",
        "2024-01-10",
        "Indonesia dan Jepang meneken nota kesepahaman kerja sama pertahanan di "
        "bidang energi.",
        [],
        [("ALLIANCE", None)],
    ),
    (
        "keduanya-dan-istana",
        "2025-01-28",
        "Presiden Prabowo Subianto menerima Perdana Menteri Malaysia Anwar Ibrahim di "
        "Istana Bogor, Senin (27/1/2025). Keduanya membahas perbatasan kedua negara.",
        [
            Expect(
                "MEETING",
                names=N({"Prabowo Subianto", "Anwar Ibrahim"}),
                place="Bogor",
                date="2025-01-27",
            )
        ],
        [],
    ),
    (
        "batal-hadir-parade",
        "2025-09-04",
        "Parade militer digelar di Beijing pada 3 September 2025. Presiden Prabowo "
        "Subianto batal hadir dalam parade tersebut.",
        [
            Expect(
                "PARADE",
                "negated",
                N({"Prabowo Subianto", "China"}),
                place="Beijing",
                date="2025-09-03",
                host="China",
            )
        ],
        [("PARADE", "asserted")],
    ),
    (
        "sanksi-uni-eropa",
        "2025-04-15",
        "Uni Eropa menjatuhkan sanksi terhadap Iran pada Senin (14/4/2025).",
        [
            Expect(
                "SANCTION",
                agent="European Union",
                names=N({"European Union", "Iran"}),
                date="2025-04-14",
            )
        ],
        [],
    ),
    (
        "undangan-tanpa-kunjungan",
        "2025-05-15",
        "Prabowo Subianto mengundang Anthony Albanese untuk mengunjungi Jakarta.",
        [
            Expect(
                "INVITATION",
                agent="Prabowo Subianto",
                names=N({"Prabowo Subianto", "Anthony Albanese"}),
                place="Jakarta",
            )
        ],
        [("VISIT", None)],
    ),
    (
        "pernyataan-memuji",
        "2025-03-01",
        "Menteri Luar Negeri Sugiono memuji Tiongkok atas bantuan kemanusiaan ke Gaza.",
        [Expect("STATEMENT", agent="Sugiono", names=N({"Sugiono", "China"}))],
        [],
    ),
    (
        "dua-pertemuan-pasangan-sama",
        "2024-11-20",
        "Prabowo Subianto bertemu Xi Jinping di Beijing pada 9 November 2024. Keduanya "
        "kembali bertemu di Lima pada 16 November 2024.",
        [
            Expect(
                "MEETING",
                names=N({"Prabowo Subianto", "Xi Jinping"}),
                place="Beijing",
                date="2024-11-09",
            ),
            Expect(
                "MEETING",
                names=N({"Prabowo Subianto", "Xi Jinping"}),
                place="Lima",
                date="2024-11-16",
            ),
        ],
        [],
    ),
    (
        "syarat-jika",
        "2025-08-01",
        "Indonesia siap mengirim pasukan ke Gaza jika ada mandat PBB.",
        [Expect("TROOP_DEPLOYMENT", "speculated", agent="Indonesia")],
        [("TROOP_DEPLOYMENT", "asserted")],
    ),
    (
        "akan-jika",
        "2025-08-01",
        "Donald Trump akan bertemu Kim Jong Un jika Korea Utara setuju.",
        [],
        [("MEETING", "asserted")],
    ),
    (
        "sepak-bola",
        "2024-09-11",
        "Timnas Indonesia bertemu tuan rumah Jepang di Stadion Saitama dalam laga "
        "kualifikasi Piala Dunia. Pasukan Shin Tae-yong kalah 0-4 dari skuad tuan "
        "rumah.",
        [],
        [("MEETING", None), ("TROOP_DEPLOYMENT", None), ("VISIT", None)],
    ),
    (
        "pengamat-bukan-peserta",
        "2025-06-20",
        "Pengamat hubungan internasional, Rina Santoso, menilai pertemuan Prabowo dan "
        "Putin di St. Petersburg sangat penting.",
        [],
        [("STATEMENT", None)],
    ),
    (
        "tiba-kunjungan",
        "2025-06-19",
        "Presiden Prabowo Subianto tiba di St. Petersburg, Rusia, pada Rabu "
        "(18/6/2025) untuk kunjungan kenegaraan.",
        [
            Expect(
                "VISIT",
                agent="Prabowo Subianto",
                place="Saint Petersburg",
                date="2025-06-18",
                host="Russia",
            )
        ],
        [],
    ),
    (
        "negara-latar-bukan-peserta",
        "2024-10-24",
        "Di tengah perang Rusia dan Ukraina, Perdana Menteri India Narendra Modi "
        "bertemu Presiden Tiongkok Xi Jinping di Kazan, Rabu (23/10/2024).",
        [
            Expect(
                "MEETING",
                names=N({"Narendra Modi", "Xi Jinping"}),
                place="Kazan",
                date="2024-10-23",
            )
        ],
        [],
    ),
    (
        "bertemu-selama-kunjungan",
        "2024-12-15",
        "Jakarta (ANTARA) - Menteri Luar Negeri Sugiono melakukan kunjungan kerja ke "
        "Beijing pada 12 Desember 2024. Dalam kunjungan itu, Sugiono bertemu Menteri "
        "Luar Negeri Tiongkok Wang Yi.",
        [Expect("MEETING", names=N({"Sugiono", "Wang Yi"}), place="Beijing")],
        [],
    ),
    (
        "membantah-bahwa-akan",
        "2024-03-10",
        "Kementerian Pertahanan membantah kabar bahwa Indonesia akan mengirim pasukan "
        "ke Ukraina.",
        [Expect("TROOP_DEPLOYMENT", "negated", agent="Indonesia")],
        [("TROOP_DEPLOYMENT", "asserted"), ("TROOP_DEPLOYMENT", "planned")],
    ),
    (
        "pasukan-membantu-negara-lain",
        "2024-11-10",
        "Korea Utara telah mengirim ribuan tentara untuk membantu Rusia.",
        [
            Expect(
                "TROOP_DEPLOYMENT",
                agent="North Korea",
                names=N({"North Korea", "Russia"}),
            )
        ],
        [],
    ),
    (
        "belum-dipastikan",
        "2025-02-07",
        "Belum dipastikan apakah Presiden Prabowo Subianto akan berkunjung ke Moskow.",
        [Expect("VISIT", "speculated", agent="Prabowo Subianto", place="Moscow")],
        [("VISIT", "asserted"), ("VISIT", "negated")],
    ),
    (
        "rencana-kunjungan",
        "2025-02-07",
        "Istana tengah menyiapkan rencana kunjungan Presiden Prabowo Subianto ke "
        "Brasil.",
        [Expect("VISIT", "planned", agent="Prabowo Subianto", host="Brazil")],
        [("VISIT", "asserted")],
    ),
    (
        "memenuhi-undangan",
        "2025-02-07",
        "Putin menyatakan siap memenuhi undangan Prabowo Subianto untuk berkunjung ke "
        "Indonesia.",
        [
            Expect(
                "INVITATION",
                agent="Prabowo Subianto",
                names=N({"Prabowo Subianto", "Vladimir Putin"}),
            )
        ],
        [("VISIT", "asserted")],
    ),
    (
        "waktu-mendatang-tanpa-akan",
        "2025-02-07",
        "Presiden Prabowo Subianto bertolak ke Tokyo pekan depan.",
        [Expect("VISIT", "planned", agent="Prabowo Subianto", place="Tokyo")],
        [("VISIT", "asserted")],
    ),
    (
        "syarat-di-depan-kalimat",
        "2025-02-07",
        "Jika tidak ada halangan, Presiden Prabowo Subianto bertolak ke Tokyo pada "
        "Senin.",
        [
            Expect(
                "VISIT",
                "speculated",
                agent="Prabowo Subianto",
                place="Tokyo",
                date="2025-02-10",
            )
        ],
        [("VISIT", "asserted"), ("VISIT", "negated")],
    ),
    (
        "membantah",
        "2025-04-16",
        "Pemerintah Indonesia membantah bahwa Rusia menempatkan pesawat militer di "
        "Papua.",
        [Expect("TROOP_DEPLOYMENT", "negated", agent="Russia")],
        [("TROOP_DEPLOYMENT", "asserted"), ("STATEMENT", None)],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected", "forbidden"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_indonesian_sentences(
    published: str,
    text: str,
    expected: list[Expect],
    forbidden: list[tuple[str, str | None]],
) -> None:
    check_case(extract(text, "id", published), expected, forbidden)
