"""Safety traps: speculation, plans, conditions, denials and invitations are never
reported as facts (own sentences, English and Indonesian).

An analyst must never see speculation as fact: none of these sentences states that
a meeting, visit, parade, pact, deployment or sanction took place, so none may
yield an asserted event of those types.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import extract, summary

_FACT_TYPES = {
    "MEETING",
    "VISIT",
    "PARADE",
    "ALLIANCE",
    "TROOP_DEPLOYMENT",
    "SANCTION",
}

EN = [
    "Narendra Modi is due to visit Moscow next week.",
    "Narendra Modi is set to meet Vladimir Putin in Moscow.",
    "Narendra Modi plans to travel to Moscow in July.",
    "Narendra Modi is expected to meet Vladimir Putin in Moscow on Monday.",
    "Kremlin officials said Narendra Modi would visit Moscow soon.",
    "The Kremlin denied that Narendra Modi had met Vladimir Putin in Moscow.",
    "If talks go well, Narendra Modi will visit Moscow.",
    "Narendra Modi would visit Moscow if invited.",
    "Narendra Modi has not yet visited Moscow.",
    "Narendra Modi did not meet Vladimir Putin during the summit in Astana.",
    "Officials said a meeting between Narendra Modi and Vladimir Putin could take "
    "place in Moscow.",
    "Narendra Modi hopes to meet Vladimir Putin in Moscow.",
    "Russia said it was ready to send troops to Syria if asked.",
    "North Korea may send more troops to Russia, Seoul said.",
    "Joe Biden is scheduled to sign a defence pact with Japan in Tokyo.",
    "Joe Biden and Fumio Kishida are likely to sign a security agreement next month.",
    "The United States threatened to impose sanctions on Iran.",
    "Joe Biden invited Narendra Modi to visit Washington.",
    "Xi Jinping was invited to attend the military parade in Moscow.",
    "Narendra Modi cancelled a planned trip to Moscow.",
    "Narendra Modi called off his visit to Moscow after the attack.",
    "Narendra Modi skipped the summit in Astana.",
    "Narendra Modi refused to meet Vladimir Putin.",
    "Vladimir Putin said Narendra Modi would soon travel to Moscow for talks.",
    "Analysts believe Narendra Modi will meet Vladimir Putin in Kazan.",
    "Narendra Modi will not attend the summit in Kazan.",
    "Narendra Modi is considering a trip to Moscow.",
    "Narendra Modi wants to visit Moscow this year.",
    "Narendra Modi offered to host Vladimir Putin in New Delhi.",
    "Reports that Xi Jinping visited Moscow in secret were denied by Beijing.",
    "Rumours of a meeting between Kim Jong Un and Vladimir Putin in Vladivostok "
    "have circulated for weeks.",
    "Talks between Joe Biden and Xi Jinping in San Francisco remain possible.",
    "Narendra Modi's trip to Moscow depends on security conditions.",
    "A summit between Narendra Modi and Xi Jinping in Kazan is on the cards, "
    "diplomats said.",
    "Should the ceasefire hold, Britain would deploy troops to Ukraine.",
    "It is unclear whether Narendra Modi will visit Moscow.",
    "Narendra Modi has yet to visit Moscow.",
    "Kim Jong Un reportedly met Vladimir Putin in Vladivostok on Tuesday.",
    "Reportedly, Kim Jong Un met Vladimir Putin in Vladivostok.",
    "Kim Jong Un met Vladimir Putin in Vladivostok, according to unconfirmed reports.",
    "Kim Jong Un secretly visited Beijing last week, South Korean media claimed.",
    "Kim Jong Un met Vladimir Putin in Vladivostok on Tuesday, which Moscow denied.",
    "South Korea accused North Korea of sending troops to Russia.",
    "A visit by Narendra Modi to Moscow is possible later this year.",
]

ID = [
    "Kim Jong Un kabarnya bertemu Vladimir Putin di Vladivostok.",
    "Konon, Kim Jong Un bertemu Vladimir Putin di Vladivostok.",
    "Kim Jong Un bertemu Vladimir Putin di Vladivostok, menurut laporan yang belum "
    "dikonfirmasi.",
    "Korea Selatan menuduh Korea Utara mengirim pasukan ke Rusia.",
    "Kabar pertemuan antara Kim Jong Un dan Vladimir Putin di Vladivostok santer "
    "beredar.",
    "Kunjungan Prabowo Subianto ke Moskwa bergantung pada situasi keamanan.",
    "Pertemuan antara Prabowo Subianto dan Anthony Albanese di Canberra masih dalam "
    "tahap persiapan.",
    "Belum ada tanggal yang ditetapkan untuk kunjungan Presiden Prabowo Subianto ke "
    "Moskwa.",
    "Apabila gencatan senjata bertahan, Indonesia akan mengirim pasukan perdamaian "
    "ke Gaza.",
    "Presiden Prabowo Subianto akan berkunjung ke Moskwa pekan depan.",
    "Rencananya, Presiden Prabowo Subianto bertemu Presiden Rusia Vladimir Putin "
    "di Moskwa.",
    "Presiden Prabowo Subianto dijadwalkan bertemu Vladimir Putin di Moskwa, "
    "Senin (16/6).",
    "Presiden Prabowo Subianto diharapkan hadir dalam KTT di Kazan.",
    "Presiden Prabowo Subianto bakal bertolak ke Moskwa bulan depan.",
    "Jika diundang, Presiden Prabowo Subianto akan berkunjung ke Moskwa.",
    "Presiden Prabowo Subianto belum bertemu Vladimir Putin.",
    "Presiden Prabowo Subianto belum berkunjung ke Moskwa tahun ini.",
    "Kremlin membantah bahwa Prabowo Subianto telah bertemu Vladimir Putin di Moskwa.",
    "Presiden Prabowo Subianto tidak menghadiri KTT di Kazan.",
    "Presiden Prabowo Subianto batal berkunjung ke Moskwa.",
    "Indonesia siap mengirim pasukan perdamaian ke Gaza jika diminta.",
    "Indonesia berencana mengirim pasukan ke Lebanon.",
    "Korea Utara diperkirakan akan mengirim pasukan tambahan ke Rusia.",
    "Indonesia dan Australia akan meneken perjanjian pertahanan di Canberra.",
    "Amerika Serikat mengancam menjatuhkan sanksi terhadap Iran.",
    "Presiden Xi Jinping mengundang Prabowo Subianto berkunjung ke Beijing.",
    "Putin mengatakan Prabowo Subianto akan segera berkunjung ke Moskwa.",
    "Pertemuan Prabowo Subianto dan Vladimir Putin kemungkinan digelar di Moskwa.",
    "Presiden Prabowo Subianto ingin bertemu Vladimir Putin di Moskwa.",
    "Presiden Prabowo Subianto mempertimbangkan lawatan ke Moskwa.",
    "Belum ada kepastian apakah Prabowo Subianto akan bertemu Vladimir Putin.",
]


@pytest.mark.parametrize(
    ("lang", "text"), [("en", t) for t in EN] + [("id", t) for t in ID]
)
def test_nothing_unsure_is_reported_as_fact(lang: str, text: str) -> None:
    events = extract(text, lang, "2025-06-10")
    asserted = [
        summary(e)
        for e in events
        if e.modality.value == "asserted" and e.type.value in _FACT_TYPES
    ]
    assert not asserted, asserted
