"""Paraphrases of each event type as news outlets write them (own sentences).

Probes written from the language, not from any evaluation article: for each type and
language the common ways English wire copy (Reuters, AP, AFP, Al Jazeera, SCMP) and
Indonesian outlets (Kompas, Detik, Antara, Tempo, CNN Indonesia) phrase it, with the
plans, speculation and negation cues they use, and traps where the same words carry
no diplomatic event (sport, police, scouts, tourists, phone calls). ``GAPS`` lists
phrasings the rules do not handle yet: they are expected to fail.
"""

from __future__ import annotations

import pytest

from graph.model import Event
from tests.unit.extract.helpers import Expect, extract, found, summary

N = frozenset
A, P, S, X = "asserted", "planned", "speculated", "negated"
D = "2025-03-12"


def meet(mod: str = A, names: set[str] | None = None, **kw: str) -> Expect:
    return Expect("MEETING", mod, N(names) if names else None, **kw)


def visit(agent: str, mod: str = A, **kw: str) -> Expect:
    return Expect("VISIT", mod, agent=agent, **kw)


def ally(names: set[str], mod: str = A, **kw: str) -> Expect:
    return Expect("ALLIANCE", mod, N(names), **kw)


def deploy(agent: str, mod: str = A, **kw: str) -> Expect:
    return Expect("TROOP_DEPLOYMENT", mod, agent=agent, **kw)


def sanction(agent: str, mod: str = A, **kw: str) -> Expect:
    return Expect("SANCTION", mod, agent=agent, **kw)


def state(agent: str, mod: str = A, **kw: str) -> Expect:
    return Expect("STATEMENT", mod, agent=agent, **kw)


def invite(agent: str, mod: str = A, **kw: str) -> Expect:
    return Expect("INVITATION", mod, agent=agent, **kw)


def parade(mod: str = A, names: set[str] | None = None, **kw: str) -> Expect:
    return Expect("PARADE", mod, N(names) if names else None, **kw)


def not_asserted(kind: str) -> list[tuple[str, str | None]]:
    return [(kind, A)]


Case = tuple[str, str, str, str, list[Expect], list[tuple[str, str | None]]]

CASES: list[Case] = [
    # ---------------- MEETING en
    (
        "m-en-held-talks",
        "en",
        D,
        "Anthony Albanese held talks with Fumio Kishida in Tokyo on Tuesday.",
        [meet(names={"Anthony Albanese", "Fumio Kishida"}, place="Tokyo")],
        [],
    ),
    (
        "m-en-sat-down",
        "en",
        D,
        "Narendra Modi sat down with Emmanuel Macron at the Elysee Palace on Monday.",
        [meet(names={"Narendra Modi", "Emmanuel Macron"})],
        [],
    ),
    (
        "m-en-hosted",
        "en",
        D,
        "Prabowo Subianto hosted Anwar Ibrahim at the presidential palace in Bogor on "
        "Monday.",
        [meet(names={"Prabowo Subianto", "Anwar Ibrahim"})],
        [],
    ),
    (
        "m-en-received",
        "en",
        D,
        "Xi Jinping received Anwar Ibrahim at the Great Hall of the People in Beijing "
        "on Friday.",
        [meet(names={"Xi Jinping", "Anwar Ibrahim"})],
        [],
    ),
    (
        "m-en-conferred-sidelines",
        "en",
        D,
        "Olaf Scholz conferred with Keir Starmer on the sidelines of the NATO summit "
        "in Washington on Tuesday.",
        [meet(names={"Olaf Scholz", "Keir Starmer"})],
        [],
    ),
    (
        "m-en-talks-between",
        "en",
        D,
        "Talks between Joe Biden and Xi Jinping took place in Woodside, California, "
        "on Wednesday.",
        [meet(names={"Joe Biden", "Xi Jinping"})],
        [],
    ),
    (
        "m-en-a-and-b-met",
        "en",
        D,
        "Yoon Suk Yeol and Fumio Kishida met in Seoul on Sunday.",
        [meet(names={"Yoon Suk Yeol", "Fumio Kishida"}, place="Seoul")],
        [],
    ),
    (
        "m-en-welcomed-to",
        "en",
        D,
        "Recep Tayyip Erdogan welcomed Vladimir Putin to Ankara on Thursday for talks "
        "on Syria.",
        [meet(names={"Recep Tayyip Erdoğan", "Vladimir Putin"})],
        [],
    ),
    (
        "m-en-bilateral-meeting",
        "en",
        D,
        "Ferdinand Marcos Jr. held a bilateral meeting with Anthony Albanese in "
        "Canberra on Thursday.",
        [meet(names={"Ferdinand Marcos Jr.", "Anthony Albanese"})],
        [],
    ),
    (
        "m-en-in-a-meeting-with",
        "en",
        D,
        "In a meeting with Narendra Modi in New Delhi on Monday, Olaf Scholz "
        "discussed trade and defence.",
        [meet(names={"Narendra Modi", "Olaf Scholz"})],
        [],
    ),
    (
        "m-en-huddled",
        "en",
        D,
        "Xi Jinping huddled with Vladimir Putin in the Kremlin for nearly five hours "
        "on Tuesday.",
        [meet(names={"Xi Jinping", "Vladimir Putin"})],
        [],
    ),
    (
        "m-en-met-sidelines",
        "en",
        D,
        "Narendra Modi met Xi Jinping on the sidelines of the BRICS summit in Kazan "
        "on Tuesday.",
        [meet(names={"Narendra Modi", "Xi Jinping"})],
        [],
    ),
    (
        "m-en-summit-with",
        "en",
        D,
        "Joe Biden held a summit with Xi Jinping in Woodside on Wednesday.",
        [meet(names={"Joe Biden", "Xi Jinping"})],
        [],
    ),
    (
        "m-en-set-to-meet",
        "en",
        D,
        "Emmanuel Macron is set to meet Xi Jinping in Paris next month.",
        [meet(P, {"Emmanuel Macron", "Xi Jinping"})],
        not_asserted("MEETING"),
    ),
    (
        "m-en-slated-sit-down",
        "en",
        D,
        "Joe Biden is slated to sit down with Xi Jinping in San Francisco in November.",
        [meet(P, {"Joe Biden", "Xi Jinping"})],
        not_asserted("MEETING"),
    ),
    (
        "m-en-could-meet",
        "en",
        D,
        "Fumio Kishida could meet Yoon Suk Yeol on the sidelines of the G7 summit, "
        "officials said.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-likely-sources",
        "en",
        D,
        "Prabowo Subianto and Anthony Albanese are likely to meet in Jakarta, sources "
        "said.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-reportedly-met",
        "en",
        D,
        "Vladimir Putin reportedly met Kim Jong Un in Vostochny last week.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-sources-said-met",
        "en",
        D,
        "Sources said Vladimir Putin met Kim Jong Un secretly in Vostochny last week.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-called-off",
        "en",
        D,
        "Anwar Ibrahim called off his meeting with Prabowo Subianto on Friday.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-postponed",
        "en",
        D,
        "Prabowo Subianto postponed a planned meeting with Anwar Ibrahim.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-ruled-out",
        "en",
        D,
        "Vladimir Putin ruled out a meeting with Volodymyr Zelensky.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-no-plans",
        "en",
        D,
        "Joe Biden has no plans to meet Kim Jong Un, the White House said.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-phone",
        "en",
        D,
        "Joe Biden spoke with Xi Jinping by phone on Thursday.",
        [],
        [("MEETING", None)],
    ),
    (
        "m-en-video-call",
        "en",
        D,
        "Keir Starmer held a video call with Volodymyr Zelensky on Monday.",
        [],
        [("MEETING", A)],
    ),
    (
        "m-en-sports",
        "en",
        D,
        "Indonesia and Japan met in the final of the regional football tournament in "
        "Jakarta on Sunday.",
        [],
        [("MEETING", None)],
    ),
    (
        "m-en-hope-to-meet",
        "en",
        D,
        "Volodymyr Zelensky said he hoped to meet Donald Trump soon.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-may-hold-talks",
        "en",
        D,
        "Xi Jinping and Donald Trump may hold talks in April, according to people "
        "familiar with the matter.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-in-talks-for",
        "en",
        D,
        "Officials are in talks to arrange a meeting between Donald Trump and "
        "Vladimir Putin.",
        [],
        not_asserted("MEETING"),
    ),
    # ---------------- MEETING id
    (
        "m-id-bertemu",
        "id",
        D,
        "Presiden Prabowo Subianto bertemu Perdana Menteri Anwar Ibrahim di Istana "
        "Merdeka, Jakarta, Senin (10/3).",
        [meet(names={"Prabowo Subianto", "Anwar Ibrahim"})],
        [],
    ),
    (
        "m-id-menerima-kunjungan",
        "id",
        D,
        "Prabowo Subianto menerima kunjungan Perdana Menteri Australia Anthony "
        "Albanese di Istana Bogor pada Jumat.",
        [meet(names={"Prabowo Subianto", "Anthony Albanese"})],
        [],
    ),
    (
        "m-id-pertemuan-bilateral",
        "id",
        D,
        "Prabowo Subianto melakukan pertemuan bilateral dengan Presiden Xi Jinping di "
        "Beijing pada Sabtu.",
        [meet(names={"Prabowo Subianto", "Xi Jinping"})],
        [],
    ),
    (
        "m-id-menggelar-pembicaraan",
        "id",
        D,
        "Presiden Joko Widodo menggelar pembicaraan dengan Perdana Menteri Fumio "
        "Kishida di Tokyo, Rabu.",
        [meet(names={"Joko Widodo", "Fumio Kishida"})],
        [],
    ),
    (
        "m-id-bertatap-muka",
        "id",
        D,
        "Prabowo Subianto bertatap muka dengan Presiden Vladimir Putin di Kremlin, "
        "Moskow, Senin.",
        [meet(names={"Prabowo Subianto", "Vladimir Putin"})],
        [],
    ),
    (
        "m-id-pertemuan-antara",
        "id",
        D,
        "Pertemuan antara Prabowo Subianto dan Anwar Ibrahim berlangsung di Kuala "
        "Lumpur pada Senin.",
        [meet(names={"Prabowo Subianto", "Anwar Ibrahim"})],
        [],
    ),
    (
        "m-id-menjamu",
        "id",
        D,
        "Presiden Prabowo menjamu Presiden Recep Tayyip Erdogan di Istana Bogor, Rabu "
        "(12/2).",
        [meet(names={"Prabowo Subianto", "Recep Tayyip Erdoğan"})],
        [],
    ),
    (
        "m-id-melangsungkan",
        "id",
        D,
        "Prabowo Subianto dan Anthony Albanese melangsungkan pertemuan di Canberra "
        "pada Kamis.",
        [meet(names={"Prabowo Subianto", "Anthony Albanese"})],
        [],
    ),
    (
        "m-id-berdialog",
        "id",
        D,
        "Prabowo Subianto berdialog dengan Emmanuel Macron di Paris, Selasa.",
        [meet(names={"Prabowo Subianto", "Emmanuel Macron"})],
        [],
    ),
    (
        "m-id-berbincang",
        "id",
        D,
        "Prabowo Subianto berbincang dengan Xi Jinping di sela KTT APEC di Lima, "
        "Peru, Sabtu.",
        [meet(names={"Prabowo Subianto", "Xi Jinping"})],
        [],
    ),
    (
        "m-id-mengadakan-tete",
        "id",
        D,
        "Prabowo Subianto mengadakan pertemuan empat mata dengan Donald Trump di "
        "Gedung Putih, Senin.",
        [meet(names={"Prabowo Subianto", "Donald Trump"})],
        [],
    ),
    (
        "m-id-dijadwalkan",
        "id",
        D,
        "Prabowo Subianto dijadwalkan bertemu Xi Jinping di Beijing pekan depan.",
        [meet(P, {"Prabowo Subianto", "Xi Jinping"})],
        not_asserted("MEETING"),
    ),
    (
        "m-id-rencananya",
        "id",
        D,
        "Rencananya, Prabowo akan bertemu Anwar Ibrahim di Putrajaya.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-bakal",
        "id",
        D,
        "Prabowo Subianto bakal bertemu Donald Trump di Washington.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-kabarnya",
        "id",
        D,
        "Prabowo Subianto kabarnya akan bertemu Vladimir Putin di Moskow.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-disebut-sebut",
        "id",
        D,
        "Pertemuan Prabowo dan Xi Jinping disebut-sebut akan digelar di Beijing.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-berpotensi",
        "id",
        D,
        "Prabowo Subianto berpotensi bertemu Donald Trump di sela KTT G20.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-batal",
        "id",
        D,
        "Pertemuan antara Prabowo Subianto dan Anwar Ibrahim batal digelar.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-ditunda",
        "id",
        D,
        "Pertemuan Prabowo Subianto dengan Anthony Albanese ditunda.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-urung",
        "id",
        D,
        "Prabowo Subianto urung bertemu Donald Trump di Washington.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-menolak",
        "id",
        D,
        "Vladimir Putin menolak bertemu Volodymyr Zelensky.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-diperkirakan",
        "id",
        D,
        "Prabowo Subianto diperkirakan bertemu Xi Jinping di Beijing.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-ingin",
        "id",
        D,
        "Prabowo Subianto ingin bertemu Donald Trump secepatnya.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-telepon",
        "id",
        D,
        "Prabowo Subianto berbicara dengan Xi Jinping melalui sambungan telepon pada "
        "Rabu.",
        [],
        [("MEETING", None)],
    ),
    (
        "m-id-sepakbola",
        "id",
        D,
        "Timnas Indonesia bertemu Jepang di final Piala AFF di Stadion Gelora Bung "
        "Karno, Jakarta.",
        [],
        [("MEETING", None)],
    ),
    # ---------------- VISIT en
    (
        "v-en-arrived",
        "en",
        D,
        "Anthony Albanese arrived in Beijing on Saturday for a four-day visit.",
        [visit("Anthony Albanese", place="Beijing")],
        [],
    ),
    (
        "v-en-landed",
        "en",
        D,
        "Narendra Modi landed in Moscow on Monday evening.",
        [visit("Narendra Modi")],
        [],
    ),
    (
        "v-en-flew",
        "en",
        D,
        "Olaf Scholz flew to Washington on Thursday.",
        [visit("Olaf Scholz")],
        [],
    ),
    (
        "v-en-state-visit",
        "en",
        D,
        "Emmanuel Macron paid a state visit to Vietnam in February.",
        [visit("Emmanuel Macron")],
        [],
    ),
    (
        "v-en-tour",
        "en",
        D,
        "Fumio Kishida began a tour of the Philippines on Friday.",
        [visit("Fumio Kishida")],
        [],
    ),
    (
        "v-en-stop",
        "en",
        D,
        "Recep Tayyip Erdogan made a stop in Jakarta on Tuesday.",
        [visit("Recep Tayyip Erdoğan")],
        [],
    ),
    (
        "v-en-was-in",
        "en",
        D,
        "Keir Starmer was in Kyiv on Thursday for talks with Volodymyr Zelensky.",
        [visit("Keir Starmer")],
        [],
    ),
    (
        "v-en-travelled",
        "en",
        D,
        "Xi Jinping travelled to Kazakhstan on Tuesday.",
        [visit("Xi Jinping")],
        [],
    ),
    (
        "v-en-kicked-off",
        "en",
        D,
        "Anwar Ibrahim kicked off a visit to Russia on Tuesday.",
        [visit("Anwar Ibrahim")],
        [],
    ),
    (
        "v-en-on-trip",
        "en",
        D,
        "Prabowo Subianto, on his first trip to Japan as president, met Shigeru "
        "Ishiba on Monday.",
        [visit("Prabowo Subianto")],
        [],
    ),
    (
        "v-en-will-travel",
        "en",
        D,
        "Joe Biden will travel to Hanoi next week.",
        [visit("Joe Biden", P)],
        not_asserted("VISIT"),
    ),
    (
        "v-en-set-to",
        "en",
        D,
        "Narendra Modi is set to visit Russia in July.",
        [visit("Narendra Modi", P)],
        not_asserted("VISIT"),
    ),
    (
        "v-en-could",
        "en",
        D,
        "Kim Jong Un could visit Moscow later this year, officials said.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-en-reportedly",
        "en",
        D,
        "Xi Jinping is reportedly planning a trip to Moscow.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-en-postponed",
        "en",
        D,
        "Joe Biden postponed his trip to Australia.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-en-ruled-out",
        "en",
        D,
        "Donald Trump ruled out a visit to Kyiv.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-en-expected",
        "en",
        D,
        "Vladimir Putin is expected to travel to India later this year.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-en-tourists",
        "en",
        D,
        "Chinese tourists visited Bali in record numbers last year.",
        [],
        [("VISIT", None)],
    ),
    # ---------------- VISIT id
    (
        "v-id-tiba",
        "id",
        D,
        "Presiden Prabowo Subianto tiba di Beijing, Tiongkok, pada Jumat malam.",
        [visit("Prabowo Subianto")],
        [],
    ),
    (
        "v-id-bertolak",
        "id",
        D,
        "Prabowo Subianto bertolak ke Tokyo pada Minggu pagi.",
        [visit("Prabowo Subianto")],
        [],
    ),
    (
        "v-id-melawat",
        "id",
        D,
        "Prabowo Subianto melawat ke India pada Sabtu (25/1).",
        [visit("Prabowo Subianto")],
        [],
    ),
    (
        "v-id-kenegaraan",
        "id",
        D,
        "Prabowo Subianto melakukan kunjungan kenegaraan ke Turki pada Februari.",
        [visit("Prabowo Subianto")],
        [],
    ),
    (
        "v-id-lawatan",
        "id",
        D,
        "Lawatan Prabowo Subianto ke Rusia pada Februari berlangsung selama tiga hari.",
        [visit("Prabowo Subianto")],
        [],
    ),
    (
        "v-id-bertandang",
        "id",
        D,
        "Presiden Joko Widodo bertandang ke Kyiv pada Rabu.",
        [visit("Joko Widodo")],
        [],
    ),
    (
        "v-id-mendarat",
        "id",
        D,
        "Prabowo Subianto mendarat di Tokyo pada Senin.",
        [visit("Prabowo Subianto")],
        [],
    ),
    (
        "v-id-bertolak-menuju",
        "id",
        D,
        "Prabowo Subianto bertolak menuju Brasil pada Sabtu.",
        [visit("Prabowo Subianto")],
        [],
    ),
    (
        "v-id-berkunjung",
        "id",
        D,
        "Prabowo Subianto berkunjung ke Kairo, Mesir, Senin.",
        [visit("Prabowo Subianto")],
        [],
    ),
    (
        "v-id-dijadwalkan",
        "id",
        D,
        "Prabowo dijadwalkan berkunjung ke Washington bulan depan.",
        [visit("Prabowo Subianto", P)],
        not_asserted("VISIT"),
    ),
    (
        "v-id-rencananya",
        "id",
        D,
        "Rencananya Prabowo akan melawat ke Moskow.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-id-kabarnya",
        "id",
        D,
        "Prabowo Subianto kabarnya akan mengunjungi Pyongyang.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-id-ditunda",
        "id",
        D,
        "Kunjungan Prabowo ke Australia ditunda.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-id-batal",
        "id",
        D,
        "Prabowo Subianto batal berkunjung ke Washington.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-id-wisatawan",
        "id",
        D,
        "Wisatawan asal Tiongkok mengunjungi Bali pada Juli.",
        [],
        [("VISIT", None)],
    ),
    # ---------------- ALLIANCE en
    (
        "a-en-mutual-defence",
        "en",
        D,
        "Russia and North Korea signed a mutual defence treaty in Pyongyang on "
        "Wednesday.",
        [ally({"Russia", "North Korea"})],
        [],
    ),
    (
        "a-en-raa",
        "en",
        D,
        "Japan and the Philippines signed a reciprocal access agreement in Manila on "
        "Monday.",
        [ally({"Japan", "Philippines"})],
        [],
    ),
    (
        "a-en-dca",
        "en",
        D,
        "Australia and Indonesia signed a defence cooperation agreement in Canberra "
        "on Thursday.",
        [ally({"Australia", "Indonesia"})],
        [],
    ),
    (
        "a-en-upgraded",
        "en",
        D,
        "Vietnam and the United States upgraded ties to a comprehensive strategic "
        "partnership in Hanoi on Sunday.",
        [ally({"Vietnam", "United States"})],
        [],
    ),
    (
        "a-en-32nd-member",
        "en",
        D,
        "Sweden became NATO's 32nd member on Thursday.",
        [ally({"Sweden", "NATO"})],
        [],
    ),
    (
        "a-en-joined-nato",
        "en",
        D,
        "Finland formally joined NATO on Tuesday.",
        [ally({"Finland", "NATO"})],
        [],
    ),
    (
        "a-en-acceded",
        "en",
        D,
        "Sweden acceded to NATO on March 7.",
        [ally({"Sweden", "NATO"})],
        [],
    ),
    (
        "a-en-inked",
        "en",
        D,
        "Indonesia and France inked a defence pact in Paris on Friday.",
        [ally({"Indonesia", "France"})],
        [],
    ),
    (
        "a-en-bilateral-security",
        "en",
        D,
        "Ukraine and Germany signed a bilateral security agreement in Berlin on "
        "Friday.",
        [ally({"Ukraine", "Germany"})],
        [],
    ),
    (
        "a-en-elevated",
        "en",
        D,
        "China and Malaysia elevated relations to a comprehensive strategic "
        "partnership on Monday.",
        [ally({"China", "Malaysia"})],
        [],
    ),
    (
        "a-en-set-to-sign",
        "en",
        D,
        "Japan and Britain are set to sign a defence pact next month.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-en-could-sign",
        "en",
        D,
        "Saudi Arabia and the United States could sign a mutual defence treaty, "
        "officials said.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-en-ruled-out",
        "en",
        D,
        "Indonesia has ruled out joining any military alliance.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-en-negotiating",
        "en",
        D,
        "Australia and Papua New Guinea are negotiating a mutual defence treaty.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-en-bid",
        "en",
        D,
        "Ukraine's bid to join NATO was discussed in Brussels.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-en-trade",
        "en",
        D,
        "Indonesia and Japan signed a trade agreement in Tokyo on Monday.",
        [],
        [("ALLIANCE", None)],
    ),
    # ---------------- ALLIANCE id
    (
        "a-id-pakta",
        "id",
        D,
        "Indonesia dan Australia menandatangani pakta pertahanan di Canberra pada "
        "Kamis.",
        [ally({"Indonesia", "Australia"})],
        [],
    ),
    (
        "a-id-meningkatkan",
        "id",
        D,
        "Indonesia dan Vietnam meningkatkan hubungan menjadi kemitraan strategis "
        "komprehensif pada Senin.",
        [ally({"Indonesia", "Vietnam"})],
        [],
    ),
    (
        "a-id-bergabung-nato",
        "id",
        D,
        "Finlandia resmi bergabung dengan NATO pada Selasa.",
        [ally({"Finland", "NATO"})],
        [],
    ),
    (
        "a-id-kerja-sama-pertahanan",
        "id",
        D,
        "Indonesia dan Prancis meneken kesepakatan kerja sama pertahanan di Paris, "
        "Jumat.",
        [ally({"Indonesia", "France"})],
        [],
    ),
    (
        "a-id-kemitraan",
        "id",
        D,
        "Rusia dan Korea Utara menandatangani perjanjian kemitraan strategis "
        "komprehensif di Pyongyang.",
        [ally({"Russia", "North Korea"})],
        [],
    ),
    (
        "a-id-anggota-ke",
        "id",
        D,
        "Swedia resmi menjadi anggota ke-32 NATO pada Kamis.",
        [ally({"Sweden", "NATO"})],
        [],
    ),
    (
        "a-id-dijadwalkan",
        "id",
        D,
        "Indonesia dan Jepang dijadwalkan menandatangani perjanjian pertahanan bulan "
        "depan.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-id-kabarnya",
        "id",
        D,
        "Indonesia dan Australia kabarnya akan meneken pakta keamanan.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-id-menolak",
        "id",
        D,
        "Indonesia menolak bergabung dengan aliansi militer mana pun.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-id-dagang",
        "id",
        D,
        "Indonesia dan Jepang menandatangani perjanjian perdagangan bebas di Tokyo.",
        [],
        [("ALLIANCE", None)],
    ),
    # ---------------- TROOP_DEPLOYMENT en
    (
        "t-en-sent",
        "en",
        D,
        "Britain sent 300 troops to Estonia on Monday.",
        [deploy("United Kingdom")],
        [],
    ),
    (
        "t-en-dispatched",
        "en",
        D,
        "North Korea has dispatched thousands of soldiers to Russia.",
        [deploy("North Korea")],
        [],
    ),
    (
        "t-en-deployed-marines",
        "en",
        D,
        "The United States deployed marines to Darwin in February.",
        [deploy("United States")],
        [],
    ),
    (
        "t-en-stationed-brigade",
        "en",
        D,
        "Germany stationed a brigade in Lithuania in February.",
        [deploy("Germany")],
        [],
    ),
    (
        "t-en-peacekeepers",
        "en",
        D,
        "Indonesia sent peacekeepers to Lebanon last month.",
        [deploy("Indonesia")],
        [],
    ),
    (
        "t-en-rotated",
        "en",
        D,
        "France rotated a battalion into Romania on Tuesday.",
        [deploy("France")],
        [],
    ),
    (
        "t-en-advisers",
        "en",
        D,
        "South Korea posted military advisers to Poland in January.",
        [deploy("South Korea")],
        [],
    ),
    (
        "t-en-arrived",
        "en",
        D,
        "Russian troops arrived in Niger on Friday.",
        [deploy("Russia")],
        [],
    ),
    (
        "t-en-boots",
        "en",
        D,
        "The United States has 2,500 troops stationed in Iraq.",
        [deploy("United States")],
        [],
    ),
    (
        "t-en-plans-to",
        "en",
        D,
        "Japan plans to send troops to the Philippines.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-set-to",
        "en",
        D,
        "Britain is set to deploy 900 soldiers to Estonia next year.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-could",
        "en",
        D,
        "North Korea could send more troops to Russia, South Korea's spy agency said.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-reportedly",
        "en",
        D,
        "North Korea has reportedly sent troops to Russia.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-ruled-out",
        "en",
        D,
        "Emmanuel Macron ruled out sending troops to Ukraine.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-will-not",
        "en",
        D,
        "Germany will not deploy soldiers to Ukraine.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-ready",
        "en",
        D,
        "Britain is ready to put troops on the ground in Ukraine.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-police",
        "en",
        D,
        "Indonesia deployed police officers to guard the stadium in Jakarta.",
        [],
        [("TROOP_DEPLOYMENT", None)],
    ),
    (
        "t-en-scouts",
        "en",
        D,
        "Japanese scout troops arrived in Jakarta for a jamboree.",
        [],
        [("TROOP_DEPLOYMENT", None)],
    ),
    # ---------------- TROOP_DEPLOYMENT id
    (
        "t-id-mengirim",
        "id",
        D,
        "Indonesia mengirim pasukan perdamaian ke Lebanon pada Senin.",
        [deploy("Indonesia")],
        [],
    ),
    (
        "t-id-mengerahkan",
        "id",
        D,
        "Indonesia mengerahkan 1.000 prajurit ke Kongo pada Februari.",
        [deploy("Indonesia")],
        [],
    ),
    (
        "t-id-menempatkan",
        "id",
        D,
        "Indonesia menempatkan personel militer di Lebanon selatan.",
        [deploy("Indonesia")],
        [],
    ),
    (
        "t-id-menerjunkan",
        "id",
        D,
        "Indonesia menerjunkan 200 prajurit TNI ke Republik Afrika Tengah.",
        [deploy("Indonesia")],
        [],
    ),
    (
        "t-id-korut",
        "id",
        D,
        "Korea Utara mengirim ribuan tentara ke Rusia.",
        [deploy("North Korea")],
        [],
    ),
    (
        "t-id-marinir",
        "id",
        D,
        "Amerika Serikat menempatkan marinir di Darwin, Australia.",
        [deploy("United States")],
        [],
    ),
    (
        "t-id-berencana",
        "id",
        D,
        "Indonesia berencana mengirim pasukan perdamaian ke Gaza.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-id-siap",
        "id",
        D,
        "Indonesia siap mengirim pasukan ke Gaza.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-id-dikabarkan",
        "id",
        D,
        "Korea Utara dikabarkan mengirim pasukan ke Rusia.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-id-menolak",
        "id",
        D,
        "Indonesia menolak mengirim pasukan ke Ukraina.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-id-polri",
        "id",
        D,
        "Polri mengerahkan 5.000 personel untuk mengamankan Jakarta.",
        [],
        [("TROOP_DEPLOYMENT", None)],
    ),
    # ---------------- SANCTION en
    (
        "s-en-imposed",
        "en",
        D,
        "The United States imposed sanctions on Russia on Friday.",
        [sanction("United States")],
        [],
    ),
    (
        "s-en-slapped",
        "en",
        D,
        "Britain slapped sanctions on Iran over drone supplies.",
        [sanction("United Kingdom")],
        [],
    ),
    (
        "s-en-announced",
        "en",
        D,
        "The European Union announced fresh sanctions against Belarus on Monday.",
        [sanction("European Union")],
        [],
    ),
    (
        "s-en-sanctioned",
        "en",
        D,
        "Australia sanctioned five Iranian officials on Tuesday.",
        [sanction("Australia")],
        [],
    ),
    (
        "s-en-travel-ban",
        "en",
        D,
        "Japan imposed a travel ban on Russian officials.",
        [sanction("Japan")],
        [],
    ),
    (
        "s-en-blacklisted",
        "en",
        D,
        "Washington blacklisted three Chinese companies for supplying Russia.",
        [sanction("United States")],
        [],
    ),
    (
        "s-en-froze",
        "en",
        D,
        "Canada froze the assets of Russian oligarchs on Monday.",
        [sanction("Canada")],
        [],
    ),
    (
        "s-en-set-to",
        "en",
        D,
        "The European Union is set to impose new sanctions on Russia next week.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-en-could",
        "en",
        D,
        "Washington could impose sanctions on Turkey, officials said.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-en-threatened",
        "en",
        D,
        "Donald Trump threatened sanctions on Russia.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-en-no-plans",
        "en",
        D,
        "Japan has no plans to sanction China.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-en-fifa",
        "en",
        D,
        "FIFA sanctioned Indonesia's football association.",
        [],
        [("SANCTION", None)],
    ),
    # ---------------- SANCTION id
    (
        "s-id-menjatuhkan",
        "id",
        D,
        "Amerika Serikat menjatuhkan sanksi terhadap Rusia pada Jumat.",
        [sanction("United States")],
        [],
    ),
    (
        "s-id-memberlakukan",
        "id",
        D,
        "Uni Eropa memberlakukan sanksi baru kepada Belarus.",
        [sanction("European Union")],
        [],
    ),
    (
        "s-id-membekukan",
        "id",
        D,
        "Amerika Serikat membekukan aset bank sentral Rusia.",
        [sanction("United States")],
        [],
    ),
    (
        "s-id-daftar-hitam",
        "id",
        D,
        "Amerika Serikat memasukkan lima perusahaan Tiongkok ke daftar hitam.",
        [sanction("United States")],
        [],
    ),
    (
        "s-id-embargo",
        "id",
        D,
        "Jepang menerapkan embargo terhadap Korea Utara.",
        [sanction("Japan")],
        [],
    ),
    (
        "s-id-berencana",
        "id",
        D,
        "Uni Eropa berencana menjatuhkan sanksi baru terhadap Rusia.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-id-berpotensi",
        "id",
        D,
        "Amerika Serikat berpotensi menjatuhkan sanksi terhadap Turki.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-id-mengancam",
        "id",
        D,
        "Donald Trump mengancam menjatuhkan sanksi terhadap Rusia.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-id-menolak",
        "id",
        D,
        "Indonesia menolak menjatuhkan sanksi terhadap Rusia.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-id-fifa",
        "id",
        D,
        "FIFA menjatuhkan sanksi kepada PSSI.",
        [],
        [("SANCTION", None)],
    ),
    # ---------------- STATEMENT en
    (
        "st-en-warned",
        "en",
        D,
        "Joe Biden warned Russia against using nuclear weapons on Monday.",
        [state("Joe Biden")],
        [],
    ),
    (
        "st-en-urged",
        "en",
        D,
        "Xi Jinping urged the United States to respect China's interests.",
        [state("Xi Jinping")],
        [],
    ),
    (
        "st-en-called-on",
        "en",
        D,
        "Anthony Albanese called on China to lift trade barriers.",
        [state("Anthony Albanese")],
        [],
    ),
    (
        "st-en-condemned",
        "en",
        D,
        "Narendra Modi condemned Pakistan over the attack in Kashmir.",
        [state("Narendra Modi")],
        [],
    ),
    (
        "st-en-criticised",
        "en",
        D,
        "Volodymyr Zelensky criticised Hungary for blocking aid.",
        [state("Volodymyr Zelensky")],
        [],
    ),
    (
        "st-en-pledged",
        "en",
        D,
        "Prabowo Subianto pledged support for Palestine.",
        [state("Prabowo Subianto")],
        [],
    ),
    (
        "st-en-vowed",
        "en",
        D,
        "Olaf Scholz vowed to keep supporting Ukraine.",
        [state("Olaf Scholz")],
        [],
    ),
    (
        "st-en-reaffirmed",
        "en",
        D,
        "Fumio Kishida reaffirmed Japan's commitment to the alliance with the United "
        "States.",
        [state("Fumio Kishida")],
        [],
    ),
    (
        "st-en-stressed",
        "en",
        D,
        "Mark Rutte stressed that NATO would defend every inch of its territory "
        "against Russia.",
        [state("Mark Rutte")],
        [],
    ),
    (
        "st-en-quote",
        "en",
        D,
        '"We stand with you," Keir Starmer told Volodymyr Zelensky in Kyiv on '
        "Thursday.",
        [state("Keir Starmer")],
        [],
    ),
    (
        "st-en-told",
        "en",
        D,
        "Xi Jinping told Joe Biden that Taiwan was the most important issue.",
        [state("Xi Jinping")],
        [],
    ),
    (
        "st-en-praised",
        "en",
        D,
        "Emmanuel Macron praised India's role in the Indo-Pacific.",
        [state("Emmanuel Macron")],
        [],
    ),
    (
        "st-en-accused",
        "en",
        D,
        "Sergei Lavrov accused the United States of prolonging the war.",
        [state("Sergei Lavrov")],
        [],
    ),
    (
        "st-en-declined",
        "en",
        D,
        "Dmitry Peskov declined to comment on the report.",
        [],
        [("STATEMENT", None)],
    ),
    # ---------------- STATEMENT id
    (
        "st-id-mengatakan",
        "id",
        D,
        "Prabowo Subianto mengatakan Indonesia mendukung kemerdekaan Palestina.",
        [state("Prabowo Subianto")],
        [],
    ),
    (
        "st-id-menegaskan",
        "id",
        D,
        "Menteri Luar Negeri Sugiono menegaskan Indonesia tidak akan bergabung dengan "
        "BRICS atas tekanan Amerika Serikat.",
        [state("Sugiono")],
        [],
    ),
    (
        "st-id-mendesak",
        "id",
        D,
        "Prabowo Subianto mendesak Israel menghentikan serangan di Gaza.",
        [state("Prabowo Subianto")],
        [],
    ),
    (
        "st-id-mengecam",
        "id",
        D,
        "Indonesia mengecam serangan Israel terhadap Gaza.",
        [state("Indonesia")],
        [],
    ),
    (
        "st-id-memuji",
        "id",
        D,
        "Prabowo Subianto memuji kepemimpinan Xi Jinping.",
        [state("Prabowo Subianto")],
        [],
    ),
    (
        "st-id-ujar",
        "id",
        D,
        '"Kami siap membantu," ujar Prabowo Subianto kepada Mahmoud Abbas di Kairo, '
        "Senin.",
        [state("Prabowo Subianto")],
        [],
    ),
    (
        "st-id-kata",
        "id",
        D,
        '"Indonesia netral," kata Sugiono kepada Sergei Lavrov di Moskow, Senin.',
        [state("Sugiono")],
        [],
    ),
    (
        "st-id-menuding",
        "id",
        D,
        "Anwar Ibrahim menuding Israel melakukan genosida.",
        [state("Anwar Ibrahim")],
        [],
    ),
    (
        "st-id-menyatakan",
        "id",
        D,
        "Prabowo Subianto menyatakan dukungan terhadap Ukraina.",
        [state("Prabowo Subianto")],
        [],
    ),
    (
        "st-id-tutur",
        "id",
        D,
        '"Kita harus bersatu," tutur Prabowo Subianto kepada Anwar Ibrahim di Kuala '
        "Lumpur, Senin.",
        [state("Prabowo Subianto")],
        [],
    ),
    (
        "st-id-menyebut",
        "id",
        D,
        "Sugiono menyebut Indonesia akan tetap netral dalam konflik Rusia dan Ukraina.",
        [state("Sugiono")],
        [],
    ),
    # ---------------- INVITATION en
    (
        "i-en-invited",
        "en",
        D,
        "Xi Jinping invited Prabowo Subianto to visit China.",
        [invite("Xi Jinping")],
        [("VISIT", A)],
    ),
    (
        "i-en-extended",
        "en",
        D,
        "Vladimir Putin extended an invitation to Kim Jong Un to visit Moscow.",
        [invite("Vladimir Putin")],
        [("VISIT", A)],
    ),
    (
        "i-en-accepted",
        "en",
        D,
        "Narendra Modi accepted an invitation from Vladimir Putin to visit Russia.",
        [invite("Vladimir Putin")],
        [("VISIT", A)],
    ),
    (
        "i-en-at-invitation",
        "en",
        D,
        "At the invitation of Xi Jinping, Anwar Ibrahim will pay a state visit to "
        "China.",
        [invite("Xi Jinping"), visit("Anwar Ibrahim", P)],
        [("VISIT", A)],
    ),
    # ---------------- INVITATION id
    (
        "i-id-mengundang",
        "id",
        D,
        "Prabowo Subianto mengundang Anthony Albanese untuk berkunjung ke Jakarta.",
        [invite("Prabowo Subianto")],
        [("VISIT", A)],
    ),
    (
        "i-id-undangan",
        "id",
        D,
        "Vladimir Putin menyampaikan undangan kepada Prabowo Subianto untuk "
        "berkunjung ke Moskow.",
        [invite("Vladimir Putin")],
        [("VISIT", A)],
    ),
    (
        "i-id-atas-undangan",
        "id",
        D,
        "Atas undangan Xi Jinping, Prabowo Subianto akan melakukan kunjungan "
        "kenegaraan ke Beijing.",
        [invite("Xi Jinping")],
        [("VISIT", A)],
    ),
    (
        "i-id-memenuhi",
        "id",
        D,
        "Prabowo Subianto memenuhi undangan Vladimir Putin untuk berkunjung ke Moskow "
        "pekan depan.",
        [invite("Vladimir Putin")],
        [("VISIT", A)],
    ),
    # ---------------- PARADE en
    (
        "p-en-reviewed",
        "en",
        D,
        "Vladimir Putin reviewed the Victory Day parade on Red Square in Moscow in "
        "May last year.",
        [parade()],
        [],
    ),
    (
        "p-en-watched",
        "en",
        D,
        "Xi Jinping watched the military parade in Beijing from the rostrum of "
        "Tiananmen in September.",
        [parade()],
        [],
    ),
    (
        "p-en-attended",
        "en",
        D,
        "Prabowo Subianto attended the Bastille Day parade in Paris in July.",
        [parade()],
        [],
    ),
    (
        "p-en-expected",
        "en",
        D,
        "Kim Jong Un is expected to attend the parade in Moscow.",
        [],
        not_asserted("PARADE"),
    ),
    (
        "p-en-will-not",
        "en",
        D,
        "Narendra Modi will not attend the Victory Day parade in Moscow.",
        [],
        not_asserted("PARADE"),
    ),
    (
        "p-en-pride",
        "en",
        D,
        "Thousands joined the pride parade in Bangkok on Saturday.",
        [],
        [("PARADE", None)],
    ),
    # ---------------- PARADE id
    (
        "p-id-menghadiri",
        "id",
        D,
        "Prabowo Subianto menghadiri parade militer di Lapangan Merah, Moskow, pada "
        "Februari.",
        [parade()],
        [],
    ),
    (
        "p-id-menyaksikan",
        "id",
        D,
        "Prabowo Subianto menyaksikan parade militer Tiongkok di Beijing pada "
        "Februari.",
        [parade()],
        [],
    ),
    (
        "p-id-hadir-dalam",
        "id",
        D,
        "Prabowo Subianto hadir dalam parade Hari Kemenangan di Moskow pada Februari.",
        [parade()],
        [],
    ),
    (
        "p-id-dijadwalkan",
        "id",
        D,
        "Prabowo Subianto dijadwalkan menghadiri parade militer di Beijing.",
        [],
        not_asserted("PARADE"),
    ),
    (
        "p-id-batal",
        "id",
        D,
        "Prabowo Subianto batal menghadiri parade militer di Beijing.",
        [],
        not_asserted("PARADE"),
    ),
    # ---- ALLIANCE en 2
    (
        "a-en-security-pact",
        "en",
        D,
        "Japan and Australia signed a landmark security pact in Perth on Tuesday.",
        [ally({"Japan", "Australia"})],
        [],
    ),
    (
        "a-en-partnership-agreement",
        "en",
        D,
        "Britain and Ukraine signed a 100-year partnership agreement in Kyiv on "
        "Thursday.",
        [ally({"United Kingdom", "Ukraine"})],
        [],
    ),
    (
        "a-en-csp-treaty",
        "en",
        D,
        "Russia and Iran signed a comprehensive strategic partnership treaty in "
        "Moscow on Friday.",
        [ally({"Russia", "Iran"})],
        [],
    ),
    (
        "a-en-concluded",
        "en",
        D,
        "Poland and Ukraine concluded a security agreement in Warsaw on Monday.",
        [ally({"Poland", "Ukraine"})],
        [],
    ),
    (
        "a-en-defence-deal",
        "en",
        D,
        "Germany and Britain struck a defence deal in London on Wednesday.",
        [ally({"Germany", "United Kingdom"})],
        [],
    ),
    (
        "a-en-mutual-defence-agreement",
        "en",
        D,
        "Saudi Arabia and Pakistan signed a strategic mutual defence agreement in "
        "Riyadh on Wednesday.",
        [ally({"Saudi Arabia", "Pakistan"})],
        [],
    ),
    (
        "a-en-military-cooperation",
        "en",
        D,
        "Armenia and France signed a military cooperation agreement in Paris on "
        "Monday.",
        [ally({"Armenia", "France"})],
        [],
    ),
    (
        "a-en-established-csp",
        "en",
        D,
        "Vietnam and Australia established a comprehensive strategic partnership on "
        "Thursday.",
        [ally({"Vietnam", "Australia"})],
        [],
    ),
    (
        "a-en-leaders-signed",
        "en",
        D,
        "Vladimir Putin and Kim Jong Un signed a comprehensive strategic partnership "
        "treaty in Pyongyang on Wednesday.",
        [ally({"Russia", "North Korea"})],
        [],
    ),
    (
        "a-en-hope-to-conclude",
        "en",
        D,
        "Manila and Tokyo hope to conclude a reciprocal access agreement by the end "
        "of the year.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-en-expected-signed",
        "en",
        D,
        "A security pact between Japan and the Philippines is expected to be signed "
        "next week.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-en-rejected",
        "en",
        D,
        "Indonesia rejected a proposed defence pact with Australia.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-en-talks-on",
        "en",
        D,
        "Talks between Australia and Papua New Guinea on a defence treaty stalled in "
        "May.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-en-palm-oil",
        "en",
        D,
        "Indonesia and Malaysia signed a pact on palm oil exports in Kuala Lumpur on "
        "Monday.",
        [],
        [("ALLIANCE", None)],
    ),
    (
        "a-en-climate",
        "en",
        D,
        "China and the United States signed a climate pact in Sunnylands.",
        [],
        [("ALLIANCE", None)],
    ),
    # ---- ALLIANCE id 2
    (
        "a-id-dca",
        "id",
        D,
        "Indonesia dan Australia meneken Perjanjian Kerja Sama Pertahanan di "
        "Canberra, Kamis.",
        [ally({"Indonesia", "Australia"})],
        [],
    ),
    (
        "a-id-leaders",
        "id",
        D,
        "Prabowo Subianto dan Anthony Albanese menandatangani perjanjian keamanan "
        "bersama di Sydney, Kamis.",
        [ally({"Indonesia", "Australia"})],
        [],
    ),
    (
        "a-id-traktat",
        "id",
        D,
        "Rusia dan Iran meneken traktat kemitraan strategis komprehensif di Moskow, "
        "Jumat.",
        [ally({"Russia", "Iran"})],
        [],
    ),
    (
        "a-id-menjalin",
        "id",
        D,
        "Indonesia dan Turki menjalin kemitraan strategis pada Rabu.",
        [ally({"Indonesia", "Turkey"})],
        [],
    ),
    (
        "a-id-pakta-bersama",
        "id",
        D,
        "Arab Saudi dan Pakistan menandatangani pakta pertahanan bersama di Riyadh, "
        "Rabu.",
        [ally({"Saudi Arabia", "Pakistan"})],
        [],
    ),
    (
        "a-id-merundingkan",
        "id",
        D,
        "Indonesia dan Australia tengah merundingkan perjanjian pertahanan baru.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-id-berharap",
        "id",
        D,
        "Indonesia dan Jepang berharap dapat meneken perjanjian keamanan tahun depan.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-id-negosiasi",
        "id",
        D,
        "Negosiasi pakta pertahanan antara Indonesia dan Prancis masih berlangsung.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-id-sawit",
        "id",
        D,
        "Indonesia dan Malaysia menandatangani pakta kelapa sawit di Kuala Lumpur.",
        [],
        [("ALLIANCE", None)],
    ),
    # ---- TROOP en 2
    (
        "t-en-will-deploy",
        "en",
        D,
        "Washington will deploy an additional 3,000 troops to Poland.",
        [deploy("United States", P)],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-turkey-libya",
        "en",
        D,
        "Turkey deployed troops to Libya in January 2020.",
        [deploy("Turkey")],
        [],
    ),
    (
        "t-en-passive",
        "en",
        D,
        "Some 12,000 North Korean soldiers have been deployed to Russia's Kursk "
        "region.",
        [deploy("North Korea")],
        [],
    ),
    (
        "t-en-rwanda",
        "en",
        D,
        "Rwanda has deployed thousands of soldiers in eastern Congo, UN experts said.",
        [deploy("Rwanda")],
        [],
    ),
    (
        "t-en-personnel-train",
        "en",
        D,
        "Australia has deployed military personnel to Britain to train Ukrainian "
        "recruits.",
        [deploy("Australia")],
        [],
    ),
    (
        "t-en-japan-sdf",
        "en",
        D,
        "Japan dispatched troops to South Sudan in 2012.",
        [deploy("Japan")],
        [],
    ),
    (
        "t-en-considering",
        "en",
        D,
        "Poland is considering sending troops to Ukraine.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-discussed",
        "en",
        D,
        "European leaders discussed sending peacekeepers to Ukraine.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-not-ruled-out",
        "en",
        D,
        "France has not ruled out sending ground troops to Ukraine.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-denied",
        "en",
        D,
        "The Kremlin denied that Russian troops had entered Georgia.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-withdrew",
        "en",
        D,
        "The United States withdrew its troops from Niger in September.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-offered",
        "en",
        D,
        "Britain offered to send troops to Ukraine as part of a peace deal.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-riot-police",
        "en",
        D,
        "Thousands of riot police were deployed in Jakarta ahead of the protest.",
        [],
        [("TROOP_DEPLOYMENT", None)],
    ),
    (
        "t-en-football",
        "en",
        D,
        "Japan sent its squad to Jakarta for the qualifier on Tuesday.",
        [],
        [("TROOP_DEPLOYMENT", None)],
    ),
    # ---- TROOP id 2
    (
        "t-id-diberangkatkan",
        "id",
        D,
        "Sebanyak 1.000 prajurit TNI diberangkatkan ke Lebanon untuk misi perdamaian "
        "PBB.",
        [deploy("Indonesia")],
        [],
    ),
    (
        "t-id-kursk",
        "id",
        D,
        "Korea Utara telah mengirimkan sekitar 11.000 tentara ke Rusia.",
        [deploy("North Korea")],
        [],
    ),
    (
        "t-id-garuda",
        "id",
        D,
        "TNI memberangkatkan Kontingen Garuda ke Kongo pada Senin.",
        [deploy("Indonesia")],
        [],
    ),
    (
        "t-id-jika-diminta",
        "id",
        D,
        "Indonesia siap mengirim 20.000 pasukan perdamaian ke Gaza jika diminta.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-id-mempertimbangkan",
        "id",
        D,
        "Prancis mempertimbangkan pengiriman pasukan ke Ukraina.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-id-belum-memutuskan",
        "id",
        D,
        "Pemerintah belum memutuskan pengiriman pasukan ke Gaza.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-id-membantah",
        "id",
        D,
        "Rusia membantah mengirim pasukan ke Belarus.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-id-polda",
        "id",
        D,
        "Polda Metro Jaya mengerahkan ribuan personel untuk mengamankan demonstrasi "
        "di Jakarta.",
        [],
        [("TROOP_DEPLOYMENT", None)],
    ),
    (
        "t-id-timnas",
        "id",
        D,
        "PSSI mengirim skuad Timnas Indonesia ke Qatar.",
        [],
        [("TROOP_DEPLOYMENT", None)],
    ),
    # ---- MEETING en 2
    (
        "m-en-expected",
        "en",
        D,
        "Joe Biden and Xi Jinping are expected to meet on the sidelines of the APEC "
        "summit.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-in-the-works",
        "en",
        D,
        "A meeting between Donald Trump and Kim Jong Un is in the works.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-ready-to-meet",
        "en",
        D,
        "Vladimir Putin said he was ready to meet Volodymyr Zelensky.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-will-take-place",
        "en",
        D,
        "Donald Trump's meeting with Vladimir Putin will take place in Budapest.",
        [meet(P, {"Donald Trump", "Vladimir Putin"})],
        not_asserted("MEETING"),
    ),
    (
        "m-en-working-on",
        "en",
        D,
        "White House officials are working on a summit between Donald Trump and Xi "
        "Jinping.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-no-plans-for",
        "en",
        D,
        "There are no plans for Joe Biden to meet Xi Jinping during the trip.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-supposed",
        "en",
        D,
        "Volodymyr Zelensky and Donald Trump were supposed to meet in Riyadh.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-will-hold-summit",
        "en",
        D,
        "Fumio Kishida and Yoon Suk Yeol will hold a summit in Seoul next week.",
        [meet(P, {"Fumio Kishida", "Yoon Suk Yeol"})],
        not_asserted("MEETING"),
    ),
    (
        "m-en-met-with",
        "en",
        D,
        "Anthony Albanese met with Li Qiang in Canberra on Monday.",
        [meet(names={"Anthony Albanese", "Li Qiang"})],
        [],
    ),
    (
        "m-en-talks-with-at",
        "en",
        D,
        "Shigeru Ishiba and Lee Jae-myung held their first summit in Tokyo on "
        "Saturday.",
        [meet(names={"Shigeru Ishiba", "Lee Jae-myung"})],
        [],
    ),
    (
        "m-en-video-link",
        "en",
        D,
        "Xi Jinping and Vladimir Putin held talks via video link on Tuesday.",
        [],
        [("MEETING", A)],
    ),
    (
        "m-en-virtual-summit",
        "en",
        D,
        "Joe Biden and Xi Jinping held a virtual summit on Monday.",
        [],
        [("MEETING", A)],
    ),
    (
        "m-en-seek-meeting",
        "en",
        D,
        "Volodymyr Zelensky is seeking a meeting with Donald Trump.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-push-for",
        "en",
        D,
        "Japan is pushing for a summit between Shigeru Ishiba and Xi Jinping.",
        [],
        not_asserted("MEETING"),
    ),
    # ---- MEETING id 2
    (
        "m-id-diagendakan",
        "id",
        D,
        "Prabowo Subianto dan Anthony Albanese diagendakan bertemu di Canberra.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-direncanakan",
        "id",
        D,
        "Presiden Prabowo direncanakan bertemu Presiden Xi Jinping di Beijing.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-belum-kepastian",
        "id",
        D,
        "Belum ada kepastian apakah Prabowo Subianto akan bertemu Donald Trump.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-penjajakan",
        "id",
        D,
        "Pertemuan Prabowo Subianto dan Donald Trump masih dalam tahap penjajakan.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-tak-jadi",
        "id",
        D,
        "Prabowo Subianto tak jadi bertemu Anwar Ibrahim.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-diundur",
        "id",
        D,
        "Pertemuan Prabowo Subianto dan Anwar Ibrahim diundur ke bulan depan.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-virtual",
        "id",
        D,
        "Prabowo Subianto menggelar pertemuan virtual dengan Anthony Albanese pada "
        "Senin.",
        [],
        [("MEETING", A)],
    ),
    (
        "m-id-video",
        "id",
        D,
        "Prabowo Subianto berbincang dengan Xi Jinping melalui panggilan video.",
        [],
        [("MEETING", A)],
    ),
    (
        "m-id-tertutup",
        "id",
        D,
        "Prabowo Subianto mengadakan pertemuan tertutup dengan Vladimir Putin di "
        "Kremlin, Moskow, Senin.",
        [meet(names={"Prabowo Subianto", "Vladimir Putin"})],
        [],
    ),
    (
        "m-id-disambut",
        "id",
        D,
        "Prabowo Subianto disambut Presiden Recep Tayyip Erdogan di Istana "
        "Kepresidenan di Ankara, Rabu.",
        [meet(names={"Prabowo Subianto", "Recep Tayyip Erdoğan"})],
        [],
    ),
    (
        "m-id-melakukan-pembicaraan",
        "id",
        D,
        "Sugiono melakukan pembicaraan dengan Menteri Luar Negeri Rusia Sergei Lavrov "
        "di Moskow, Senin.",
        [meet(names={"Sugiono", "Sergei Lavrov"})],
        [],
    ),
    (
        "m-id-mengupayakan",
        "id",
        D,
        "Indonesia mengupayakan pertemuan antara Prabowo Subianto dan Donald Trump.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-menantikan",
        "id",
        D,
        "Prabowo Subianto menantikan pertemuan dengan Xi Jinping.",
        [],
        not_asserted("MEETING"),
    ),
    # ---- VISIT en 2
    (
        "v-en-due-in",
        "en",
        D,
        "Xi Jinping is due in Moscow on Monday.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-en-embark",
        "en",
        D,
        "Narendra Modi will embark on a three-nation tour of Africa next week.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-en-wrapped-up",
        "en",
        D,
        "Anthony Albanese wrapped up a visit to China on Wednesday.",
        [visit("Anthony Albanese")],
        [],
    ),
    (
        "v-en-surprise",
        "en",
        D,
        "Volodymyr Zelensky made a surprise visit to Washington on Wednesday.",
        [visit("Volodymyr Zelensky")],
        [],
    ),
    (
        "v-en-possessor",
        "en",
        D,
        "Xi Jinping's state visit to France began on Monday.",
        [visit("Xi Jinping")],
        [],
    ),
    (
        "v-en-cancelled",
        "en",
        D,
        "Yoon Suk Yeol's trip to Japan was cancelled.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-en-may-travel",
        "en",
        D,
        "Vladimir Putin may travel to Turkey.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-en-unconfirmed",
        "en",
        D,
        "Xi Jinping's visit to Russia remains unconfirmed.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-en-on-visit",
        "en",
        D,
        "Narendra Modi is on a two-day visit to Malaysia.",
        [visit("Narendra Modi")],
        [],
    ),
    (
        "v-en-headed",
        "en",
        D,
        "Recep Tayyip Erdogan headed to Baku on Tuesday.",
        [visit("Recep Tayyip Erdoğan")],
        [],
    ),
    (
        "v-en-plans-drawn",
        "en",
        D,
        "Plans for Donald Trump to visit Beijing are being drawn up.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-en-hoping",
        "en",
        D,
        "Anwar Ibrahim is hoping to visit Washington this year.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-en-fans",
        "en",
        D,
        "Thousands of fans travelled to Jakarta for the match.",
        [],
        [("VISIT", None)],
    ),
    # ---- VISIT id 2
    (
        "v-id-bandara",
        "id",
        D,
        "Prabowo Subianto tiba di Bandara Internasional Haneda, Tokyo, Minggu malam.",
        [visit("Prabowo Subianto")],
        [],
    ),
    (
        "v-id-melanjutkan",
        "id",
        D,
        "Prabowo Subianto melanjutkan lawatan ke Mesir pada Selasa.",
        [visit("Prabowo Subianto")],
        [],
    ),
    (
        "v-id-terbang",
        "id",
        D,
        "Prabowo Subianto dijadwalkan terbang ke Washington.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-id-diundur",
        "id",
        D,
        "Kunjungan Prabowo Subianto ke Tiongkok diundur.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-id-berada",
        "id",
        D,
        "Prabowo Subianto berada di Moskow untuk kunjungan kenegaraan pada Senin.",
        [visit("Prabowo Subianto")],
        [],
    ),
    (
        "v-id-kemungkinan",
        "id",
        D,
        "Lawatan Prabowo Subianto ke Eropa kemungkinan digelar akhir tahun.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-id-pelajar",
        "id",
        D,
        "Ribuan pelajar mengunjungi Museum Nasional di Jakarta pada Senin.",
        [],
        [("VISIT", None)],
    ),
    (
        "v-id-menyambangi",
        "id",
        D,
        "Prabowo Subianto menyambangi Kairo, Mesir, pada Rabu.",
        [visit("Prabowo Subianto")],
        [],
    ),
    # ---- SANCTION en 2
    (
        "s-en-hit-with",
        "en",
        D,
        "Washington hit Iranian oil exporters with fresh sanctions on Thursday.",
        [sanction("United States")],
        [],
    ),
    (
        "s-en-package",
        "en",
        D,
        "The European Union adopted its 16th package of sanctions against Russia on "
        "Monday.",
        [sanction("European Union")],
        [],
    ),
    (
        "s-en-treasury",
        "en",
        D,
        "The US Treasury sanctioned two Chinese refineries for buying Iranian oil.",
        [sanction("United States")],
        [],
    ),
    (
        "s-en-lifted",
        "en",
        D,
        "The United States lifted sanctions on Syria on Friday.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-en-threatened-to",
        "en",
        D,
        "Donald Trump threatened to impose sanctions on Russia.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-en-weighing",
        "en",
        D,
        "The European Union is weighing sanctions on Israeli ministers.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-en-eased",
        "en",
        D,
        "Britain eased sanctions on Syria.",
        [],
        not_asserted("SANCTION"),
    ),
    # ---- SANCTION id 2
    (
        "s-id-mengenakan",
        "id",
        D,
        "Amerika Serikat mengenakan sanksi baru terhadap Iran pada Kamis.",
        [sanction("United States")],
        [],
    ),
    (
        "s-id-paket",
        "id",
        D,
        "Uni Eropa mengadopsi paket sanksi ke-16 terhadap Rusia.",
        [sanction("European Union")],
        [],
    ),
    (
        "s-id-mencabut",
        "id",
        D,
        "Amerika Serikat mencabut sanksi terhadap Suriah.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-id-mempertimbangkan",
        "id",
        D,
        "Uni Eropa mempertimbangkan sanksi terhadap Israel.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-id-melonggarkan",
        "id",
        D,
        "Inggris melonggarkan sanksi terhadap Suriah.",
        [],
        not_asserted("SANCTION"),
    ),
    # ---- STATEMENT 2
    (
        "st-en-slammed",
        "en",
        D,
        "Volodymyr Zelensky slammed Russia for the attack on Kyiv.",
        [state("Volodymyr Zelensky")],
        [],
    ),
    (
        "st-en-demanded",
        "en",
        D,
        "Xi Jinping demanded that Japan stop interfering in Taiwan.",
        [state("Xi Jinping")],
        [],
    ),
    (
        "st-en-called-for",
        "en",
        D,
        "Anwar Ibrahim called for Israel to halt its offensive in Gaza.",
        [state("Anwar Ibrahim")],
        [],
    ),
    (
        "st-en-according",
        "en",
        D,
        "According to Maria Zakharova, Moscow will respond to the Japanese sanctions.",
        [state("Maria Zakharova")],
        [],
    ),
    (
        "st-id-menyerukan",
        "id",
        D,
        "Prabowo Subianto menyerukan Israel menghentikan agresi di Gaza.",
        [state("Prabowo Subianto")],
        [],
    ),
    (
        "st-id-menurut",
        "id",
        D,
        "Menurut Sugiono, Indonesia mendukung langkah Malaysia.",
        [state("Sugiono")],
        [],
    ),
    (
        "st-id-mengingatkan",
        "id",
        D,
        "Prabowo Subianto mengingatkan Amerika Serikat soal tarif.",
        [state("Prabowo Subianto")],
        [],
    ),
    # ---- PARADE 2
    (
        "p-en-oversaw",
        "en",
        D,
        "Kim Jong Un oversaw a military parade in Pyongyang in February.",
        [parade()],
        [],
    ),
    (
        "p-en-planned",
        "en",
        D,
        "China will stage a military parade in Beijing in September.",
        [],
        not_asserted("PARADE"),
    ),
    (
        "p-id-inspektur",
        "id",
        D,
        "Prabowo Subianto menjadi inspektur upacara parade militer di Monas, Jakarta, "
        "pada Februari.",
        [parade()],
        [],
    ),
    (
        "p-id-akan-menggelar",
        "id",
        D,
        "Tiongkok akan menggelar parade militer di Beijing pada September.",
        [],
        not_asserted("PARADE"),
    ),
    # ---- TROOP en 3 (wire style)
    (
        "t-en-pentagon-would",
        "en",
        D,
        "The Pentagon said on Tuesday it would send about 1,500 more troops to the "
        "Middle East.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-fighting-alongside",
        "en",
        D,
        "North Korean troops are fighting alongside Russian forces in the Kursk "
        "region.",
        [deploy("North Korea")],
        [],
    ),
    (
        "t-en-serve",
        "en",
        D,
        "Thousands of Indian peacekeepers serve in South Sudan.",
        [deploy("India")],
        [],
    ),
    (
        "t-en-pulled-out",
        "en",
        D,
        "France has pulled its last troops out of Chad.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-will-station",
        "en",
        D,
        "Germany will permanently station a 5,000-strong brigade in Lithuania by 2027.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-is-to-send",
        "en",
        D,
        "Britain is to send an extra 100 soldiers to Estonia.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-en-landed",
        "en",
        D,
        "American troops landed in Poland on Sunday.",
        [deploy("United States")],
        [],
    ),
    (
        "t-en-passive-2004",
        "en",
        D,
        "A battalion of Brazilian marines was deployed to Haiti in 2004.",
        [deploy("Brazil")],
        [],
    ),
    (
        "t-en-kenyan-police",
        "en",
        D,
        "The deployment of Kenyan police to Haiti began in June.",
        [],
        [("TROOP_DEPLOYMENT", None)],
    ),
    (
        "t-en-own-border",
        "en",
        D,
        "Belarusian troops were sent to the border with Ukraine.",
        [],
        [("TROOP_DEPLOYMENT", A)],
    ),
    (
        "t-en-pact-allowing",
        "en",
        D,
        "Japan and the Philippines inked a landmark defence pact allowing troops to "
        "be deployed on each other's soil.",
        [ally({"Japan", "Philippines"})],
        [("TROOP_DEPLOYMENT", A)],
    ),
    (
        "t-en-would-consider",
        "en",
        D,
        "Australia would consider contributing troops to a peacekeeping force in "
        "Ukraine.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    # ---- ALLIANCE en 3
    (
        "a-en-came-into-force",
        "en",
        D,
        "The mutual defence treaty between Russia and North Korea came into force in "
        "December.",
        [ally({"Russia", "North Korea"})],
        [],
    ),
    (
        "a-en-will-sign",
        "en",
        D,
        "The Philippines and Australia will sign a defence pact next year.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-en-blocked-bid",
        "en",
        D,
        "Hungary blocked Sweden's bid to join NATO for months.",
        [],
        [("ALLIANCE", A)],
    ),
    (
        "a-en-proposed",
        "en",
        D,
        "Seoul proposed a security pact with Tokyo on Monday.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-en-draft",
        "en",
        D,
        "A draft security agreement between Ukraine and the United States was "
        "circulated in Kyiv.",
        [],
        not_asserted("ALLIANCE"),
    ),
    # ---- MEETING en 3
    (
        "m-en-start-of-talks",
        "en",
        D,
        "Xi Jinping, speaking at the start of talks with Vladimir Putin in the "
        "Kremlin on Tuesday, praised Russia.",
        [meet(names={"Xi Jinping", "Vladimir Putin"})],
        [],
    ),
    (
        "m-en-in-person",
        "en",
        D,
        "Joe Biden and Xi Jinping held their first in-person meeting in Bali on "
        "Monday.",
        [meet(names={"Joe Biden", "Xi Jinping"})],
        [],
    ),
    (
        "m-en-is-hosting",
        "en",
        D,
        "Vladimir Putin is hosting Recep Tayyip Erdogan for talks in Sochi on Monday.",
        [],
        [("MEETING", S), ("MEETING", X)],
    ),
    (
        "m-en-will-be-hosted",
        "en",
        D,
        "Anthony Albanese will be hosted by Xi Jinping in Beijing next week.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-analyst-likely",
        "en",
        D,
        "Analyst Bonnie Glaser said Xi Jinping and Joe Biden would likely meet in "
        "November.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-if-attends",
        "en",
        D,
        "If Vladimir Putin attends, he could meet Xi Jinping there.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-said-would-meet",
        "en",
        D,
        "Donald Trump said he would meet Vladimir Putin very soon.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-denied-prepared",
        "en",
        D,
        "Volodymyr Zelensky's office denied that a meeting with Vladimir Putin was "
        "being prepared.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-not-confirmed",
        "en",
        D,
        "The Kremlin has not confirmed talks between Vladimir Putin and Donald Trump.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-possible",
        "en",
        D,
        "The two sides discussed a possible summit between Xi Jinping and Donald "
        "Trump.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-invite-meet",
        "en",
        D,
        "Xi Jinping invited Donald Trump to meet in Beijing.",
        [invite("Xi Jinping")],
        not_asserted("MEETING"),
    ),
    (
        "m-en-tentative",
        "en",
        D,
        "A tentative meeting between Prabowo Subianto and Donald Trump has been "
        "pencilled in for April.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-eyeing",
        "en",
        D,
        "Tokyo is eyeing a summit between Shigeru Ishiba and Lee Jae-myung.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-en-could-take-place",
        "en",
        D,
        "A meeting between Donald Trump and Kim Jong Un could take place at the "
        "border.",
        [],
        not_asserted("MEETING"),
    ),
    # ---- VISIT en 3
    (
        "v-en-wants-to",
        "en",
        D,
        "Prabowo Subianto has said he wants to visit Moscow.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-en-possible-visit",
        "en",
        D,
        "The two sides discussed a possible visit by Xi Jinping to Washington.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-en-has-not-confirmed",
        "en",
        D,
        "Beijing has not confirmed Xi Jinping's trip to Moscow.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-en-pencilled",
        "en",
        D,
        "A trip by Donald Trump to Beijing has been pencilled in for April.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-en-eyeing",
        "en",
        D,
        "Narendra Modi is eyeing a visit to Washington in February.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-en-in-town",
        "en",
        D,
        "Emmanuel Macron, in Jakarta on a state visit, met Prabowo Subianto on "
        "Wednesday.",
        [visit("Emmanuel Macron")],
        [],
    ),
    # ---- id 3
    (
        "m-id-sepakat-dalam",
        "id",
        D,
        "Prabowo Subianto dan Shigeru Ishiba sepakat memperkuat kerja sama pertahanan "
        "dalam pertemuan di Tokyo, Senin.",
        [meet(names={"Prabowo Subianto", "Shigeru Ishiba"})],
        [],
    ),
    (
        "m-id-kunjungan-kehormatan",
        "id",
        D,
        "Prabowo Subianto menerima kunjungan kehormatan Menteri Luar Negeri Tiongkok "
        "Wang Yi di Istana Merdeka, Senin.",
        [meet(names={"Prabowo Subianto", "Wang Yi"})],
        [],
    ),
    (
        "m-id-disebut-akan",
        "id",
        D,
        "Prabowo Subianto disebut akan menemui Donald Trump di Washington.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-menurut-sumber",
        "id",
        D,
        "Menurut sumber, Prabowo Subianto akan bertemu Xi Jinping di Beijing.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-sumber-menyebut",
        "id",
        D,
        "Sumber diplomatik menyebut Prabowo Subianto bertemu Vladimir Putin secara "
        "tertutup di Moskow.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-belum-terkonfirmasi",
        "id",
        D,
        "Pertemuan Prabowo Subianto dengan Donald Trump belum terkonfirmasi.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-tidak-menghadiri",
        "id",
        D,
        "Joko Widodo tidak menghadiri KTT G20 di Rio de Janeiro.",
        [],
        [("MEETING", A)],
    ),
    (
        "m-id-mengusulkan",
        "id",
        D,
        "Indonesia mengusulkan pertemuan antara Prabowo Subianto dan Anwar Ibrahim di "
        "Batam.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "m-id-membuka-peluang",
        "id",
        D,
        "Kremlin membuka peluang pertemuan Vladimir Putin dan Donald Trump.",
        [],
        not_asserted("MEETING"),
    ),
    (
        "p-id-menolak-undangan",
        "id",
        D,
        "Prabowo Subianto menolak undangan Vladimir Putin untuk menghadiri parade di "
        "Moskow.",
        [],
        [("PARADE", A)],
    ),
    (
        "t-id-jika-mandat",
        "id",
        D,
        "Pemerintah akan mengirim 1.000 personel TNI ke Gaza jika ada mandat PBB.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-id-menyiapkan",
        "id",
        D,
        "Indonesia telah menyiapkan 20.000 prajurit untuk dikirim ke Gaza.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-id-kapal-perang",
        "id",
        D,
        "Indonesia mengirim kapal perang ke Lebanon untuk bergabung dengan misi "
        "UNIFIL.",
        [deploy("Indonesia")],
        [],
    ),
    (
        "t-id-menarik",
        "id",
        D,
        "Rusia menarik pasukannya dari Suriah pada Desember.",
        [],
        not_asserted("TROOP_DEPLOYMENT"),
    ),
    (
        "t-id-tiba",
        "id",
        D,
        "Sebanyak 850 prajurit TNI tiba di Lebanon pada Minggu untuk bergabung dengan "
        "UNIFIL.",
        [deploy("Indonesia")],
        [],
    ),
    (
        "v-id-ingin",
        "id",
        D,
        "Prabowo Subianto mengaku ingin berkunjung ke Moskow.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-id-diwacanakan",
        "id",
        D,
        "Kunjungan Donald Trump ke Jakarta diwacanakan pada tahun depan.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "v-id-belum-dikonfirmasi",
        "id",
        D,
        "Istana belum mengonfirmasi kunjungan Prabowo Subianto ke Washington.",
        [],
        not_asserted("VISIT"),
    ),
    (
        "a-id-usulan",
        "id",
        D,
        "Australia mengajukan usulan pakta keamanan kepada Indonesia.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-id-draf",
        "id",
        D,
        "Draf perjanjian pertahanan antara Indonesia dan Jepang sedang disusun.",
        [],
        not_asserted("ALLIANCE"),
    ),
    (
        "a-id-berlaku",
        "id",
        D,
        "Perjanjian pertahanan antara Indonesia dan Australia mulai berlaku pada "
        "Januari.",
        [ally({"Indonesia", "Australia"})],
        [],
    ),
    (
        "s-id-ancaman",
        "id",
        D,
        "Uni Eropa mengancam akan menjatuhkan sanksi kepada Rusia.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-en-vowed",
        "en",
        D,
        "Keir Starmer vowed to impose tougher sanctions on Russia.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-en-calls-for",
        "en",
        D,
        "Volodymyr Zelensky called for new sanctions on Russia.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-en-prepare",
        "en",
        D,
        "The European Union is preparing a 17th package of sanctions against Russia.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "t-en-has-stationed",
        "en",
        D,
        "Washington has stationed about 28,500 troops in South Korea since the war.",
        [deploy("United States")],
        [],
    ),
    (
        "t-en-beefed-up",
        "en",
        D,
        "Russia has beefed up its military presence in Belarus.",
        [deploy("Russia")],
        [],
    ),
    (
        "t-en-sent-in",
        "en",
        D,
        "Rwanda sent in troops to Mozambique's Cabo Delgado province in July 2021.",
        [deploy("Rwanda")],
        [],
    ),
    (
        "t-en-contributed",
        "en",
        D,
        "Indonesia contributed 1,200 peacekeepers to the UN mission in Lebanon last "
        "year.",
        [deploy("Indonesia")],
        [],
    ),
    (
        "t-en-dispatch-noun",
        "en",
        D,
        "South Korea's dispatch of troops to Iraq began in 2004.",
        [deploy("South Korea")],
        [],
    ),
    (
        "t-en-troops-in",
        "en",
        D,
        "Chinese soldiers were spotted in Tajikistan in February.",
        [],
        [("TROOP_DEPLOYMENT", A)],
    ),
    (
        "t-en-reinforcements",
        "en",
        D,
        "Britain sent reinforcements to Estonia in February.",
        [deploy("United Kingdom")],
        [],
    ),
    (
        "t-en-bolstered",
        "en",
        D,
        "The United States bolstered its forces in the Middle East with two more "
        "aircraft carriers.",
        [deploy("United States")],
        [],
    ),
    (
        "t-en-sent-warships",
        "en",
        D,
        "China sent warships to the waters around Taiwan on Saturday.",
        [deploy("China")],
        [],
    ),
    (
        "t-en-deployed-to-help",
        "en",
        D,
        "North Korea deployed thousands of troops to help Russia in February.",
        [deploy("North Korea")],
        [],
    ),
    (
        "t-en-mercenaries",
        "en",
        D,
        "Russia has deployed Wagner mercenaries to Mali.",
        [deploy("Russia")],
        [],
    ),
    (
        "t-en-transferred",
        "en",
        D,
        "Russia transferred troops to Belarus in February.",
        [deploy("Russia")],
        [],
    ),
    (
        "a-en-joint-declaration",
        "en",
        D,
        "Japan and Australia signed a joint declaration on security cooperation in "
        "Perth on Saturday.",
        [ally({"Japan", "Australia"})],
        [],
    ),
    (
        "a-en-upgrade-alliance",
        "en",
        D,
        "The Philippines and Vietnam forged a strategic partnership in Hanoi on "
        "Tuesday.",
        [ally({"Philippines", "Vietnam"})],
        [],
    ),
    (
        "a-en-mutual-defense-treaty-with",
        "en",
        D,
        "The United States has a mutual defence treaty with the Philippines.",
        [ally({"United States", "Philippines"})],
        [],
    ),
    (
        "a-en-treaty-signed-by",
        "en",
        D,
        "A defence treaty was signed by Vietnam and Russia in Hanoi on Thursday.",
        [ally({"Vietnam", "Russia"})],
        [],
    ),
    (
        "a-en-csp-announced",
        "en",
        D,
        "Indonesia and India announced a comprehensive strategic partnership in New "
        "Delhi on Sunday.",
        [ally({"Indonesia", "India"})],
        [],
    ),
    (
        "a-id-menyepakati",
        "id",
        D,
        "Indonesia dan Jepang menyepakati perjanjian alih teknologi pertahanan di "
        "Tokyo, Senin.",
        [ally({"Indonesia", "Japan"})],
        [],
    ),
    (
        "a-id-pakta-aukus",
        "id",
        D,
        "Australia, Inggris dan Amerika Serikat membentuk pakta AUKUS pada 2021.",
        [ally({"Australia", "United Kingdom", "United States"})],
        [],
    ),
    (
        "a-id-naik-status",
        "id",
        D,
        "Hubungan Indonesia dan Vietnam naik status menjadi kemitraan strategis "
        "komprehensif pada Senin.",
        [ally({"Indonesia", "Vietnam"})],
        [],
    ),
    (
        "t-id-tambahan",
        "id",
        D,
        "Amerika Serikat menambah pasukan di Timur Tengah pada Februari.",
        [deploy("United States")],
        [],
    ),
    (
        "t-id-memperkuat",
        "id",
        D,
        "Rusia memperkuat kehadiran militernya di Belarus.",
        [deploy("Russia")],
        [],
    ),
    (
        "t-id-mengirimkan-kapal",
        "id",
        D,
        "Tiongkok mengirimkan kapal perang ke perairan sekitar Taiwan pada Sabtu.",
        [deploy("China")],
        [],
    ),
    (
        "m-en-greeted-before-talks",
        "en",
        D,
        "Xi Jinping greeted Vladimir Putin with a handshake at the Great Hall of the "
        "People before talks on Tuesday.",
        [meet(names={"Xi Jinping", "Vladimir Putin"})],
        [],
    ),
    (
        "m-en-shook-hands-held",
        "en",
        D,
        "Narendra Modi and Xi Jinping shook hands and held talks in Kazan on "
        "Wednesday.",
        [meet(names={"Narendra Modi", "Xi Jinping"})],
        [],
    ),
    (
        "m-en-met-for-hours",
        "en",
        D,
        "Vladimir Putin and Kim Jong Un met for more than two hours in Pyongyang on "
        "Wednesday.",
        [meet(names={"Vladimir Putin", "Kim Jong Un"})],
        [],
    ),
    (
        "m-en-genitive-talks",
        "en",
        D,
        "Anthony Albanese's talks with Xi Jinping in Beijing on Monday focused on "
        "trade.",
        [meet(names={"Anthony Albanese", "Xi Jinping"})],
        [],
    ),
    (
        "m-en-during-talks-told",
        "en",
        D,
        "During talks in Beijing on Monday, Xi Jinping told Anthony Albanese that "
        "ties were back on track.",
        [meet(names={"Anthony Albanese", "Xi Jinping"})],
        [],
    ),
    (
        "m-en-meeting-took-place",
        "en",
        D,
        "The meeting between Joe Biden and Xi Jinping took place at an estate near "
        "San Francisco on Wednesday.",
        [meet(names={"Joe Biden", "Xi Jinping"})],
        [],
    ),
    (
        "m-en-was-received-by",
        "en",
        D,
        "Prabowo Subianto was received by Xi Jinping at the Great Hall of the People "
        "in Beijing on Saturday.",
        [meet(names={"Prabowo Subianto", "Xi Jinping"})],
        [],
    ),
    (
        "m-en-counterpart",
        "en",
        D,
        "Wang Yi met his Russian counterpart Sergei Lavrov in Beijing on Tuesday.",
        [meet(names={"Wang Yi", "Sergei Lavrov"})],
        [],
    ),
    (
        "m-en-played-host",
        "en",
        D,
        "Vladimir Putin played host to Narendra Modi at his residence outside Moscow "
        "on Monday.",
        [meet(names={"Vladimir Putin", "Narendra Modi"})],
        [],
    ),
    (
        "m-en-joint-statement-after",
        "en",
        D,
        "Xi Jinping and Vladimir Putin signed a joint statement after talks in Moscow "
        "on Wednesday.",
        [meet(names={"Xi Jinping", "Vladimir Putin"})],
        [],
    ),
    (
        "m-en-state-dinner",
        "en",
        D,
        "Joe Biden hosted Fumio Kishida for a state dinner at the White House on "
        "Wednesday.",
        [meet(names={"Joe Biden", "Fumio Kishida"})],
        [],
    ),
    (
        "m-en-fronted-place",
        "en",
        D,
        "In Beijing, Anthony Albanese met Xi Jinping on Monday.",
        [meet(names={"Anthony Albanese", "Xi Jinping"})],
        [],
    ),
    (
        "m-en-dined",
        "en",
        D,
        "Donald Trump dined with Kim Jong Un in Hanoi on Wednesday.",
        [meet(names={"Donald Trump", "Kim Jong Un"})],
        [],
    ),
    (
        "m-en-lunched",
        "en",
        D,
        "Emmanuel Macron lunched with Xi Jinping in the Pyrenees on Tuesday.",
        [meet(names={"Emmanuel Macron", "Xi Jinping"})],
        [],
    ),
    (
        "v-en-began-visit",
        "en",
        D,
        "Anthony Albanese began a four-day visit to China on Saturday.",
        [visit("Anthony Albanese")],
        [],
    ),
    (
        "v-en-is-in-for-visit",
        "en",
        D,
        "Vladimir Putin is in Pyongyang for his first visit in 24 years.",
        [visit("Vladimir Putin")],
        [],
    ),
    (
        "v-en-jetted",
        "en",
        D,
        "Xi Jinping jetted into Budapest on Wednesday.",
        [visit("Xi Jinping")],
        [],
    ),
    (
        "v-en-embarked",
        "en",
        D,
        "Prabowo Subianto embarked on a trip to China on Friday.",
        [visit("Prabowo Subianto")],
        [],
    ),
    (
        "v-en-crossed-into",
        "en",
        D,
        "Kim Jong Un crossed into Russia by armoured train on Tuesday.",
        [visit("Kim Jong Un")],
        [],
    ),
    (
        "v-en-plane-touched",
        "en",
        D,
        "Vladimir Putin's plane touched down in Ulaanbaatar on Monday.",
        [visit("Vladimir Putin")],
        [],
    ),
    (
        "v-en-surprise-trip",
        "en",
        D,
        "Joe Biden made a surprise trip to Kyiv on Monday.",
        [visit("Joe Biden")],
        [],
    ),
    (
        "v-en-arrived-for-talks",
        "en",
        D,
        "Recep Tayyip Erdogan arrived in Baku for talks on Tuesday.",
        [visit("Recep Tayyip Erdoğan")],
        [],
    ),
    (
        "v-id-kunjungan-kerja",
        "id",
        D,
        "Prabowo Subianto melakukan kunjungan kerja ke Jepang pada Senin.",
        [visit("Prabowo Subianto")],
        [],
    ),
    (
        "v-id-setibanya",
        "id",
        D,
        "Setibanya di Tokyo pada Senin, Prabowo Subianto langsung bertemu Shigeru "
        "Ishiba.",
        [visit("Prabowo Subianto"), meet(names={"Prabowo Subianto", "Shigeru Ishiba"})],
        [],
    ),
    (
        "v-id-bertolak-dari",
        "id",
        D,
        "Prabowo Subianto bertolak dari Jakarta menuju Beijing pada Jumat.",
        [visit("Prabowo Subianto")],
        [],
    ),
    (
        "v-id-dalam-rangka",
        "id",
        D,
        "Prabowo Subianto berada di Tokyo dalam rangka kunjungan kenegaraan pada "
        "Senin.",
        [visit("Prabowo Subianto")],
        [],
    ),
    (
        "v-id-istana",
        "id",
        D,
        "Prabowo Subianto menyambangi Istana Elysee di Paris pada Rabu.",
        [visit("Prabowo Subianto")],
        [],
    ),
    (
        "m-id-dijamu-makan",
        "id",
        D,
        "Prabowo Subianto dijamu makan malam oleh Xi Jinping di Beijing pada Sabtu.",
        [meet(names={"Prabowo Subianto", "Xi Jinping"})],
        [],
    ),
    (
        "m-id-empat-mata",
        "id",
        D,
        "Prabowo Subianto dan Xi Jinping melakukan pertemuan empat mata di Beijing, "
        "Sabtu.",
        [meet(names={"Prabowo Subianto", "Xi Jinping"})],
        [],
    ),
    (
        "m-id-audiensi",
        "id",
        D,
        "Prabowo Subianto beraudiensi dengan Raja Charles III di London pada Kamis.",
        [meet(names={"Prabowo Subianto", "Charles III"})],
        [],
    ),
    (
        "m-id-kunjungan-kehormatan",
        "id",
        D,
        "Sugiono melakukan kunjungan kehormatan kepada Anwar Ibrahim di Putrajaya, "
        "Senin.",
        [meet(names={"Sugiono", "Anwar Ibrahim"})],
        [],
    ),
    (
        "m-id-berbincang-makan",
        "id",
        D,
        "Prabowo Subianto dan Vladimir Putin berbincang akrab saat makan malam di "
        "Kremlin, Moskow, Senin.",
        [meet(names={"Prabowo Subianto", "Vladimir Putin"})],
        [],
    ),
    (
        "m-id-bersalaman",
        "id",
        D,
        "Prabowo Subianto bersalaman dengan Xi Jinping di Beijing, Sabtu.",
        [meet(names={"Prabowo Subianto", "Xi Jinping"})],
        [],
    ),
    (
        "m-id-rapat",
        "id",
        D,
        "Prabowo Subianto memimpin delegasi Indonesia dalam perundingan dengan Anwar "
        "Ibrahim di Putrajaya, Senin.",
        [meet(names={"Prabowo Subianto", "Anwar Ibrahim"})],
        [],
    ),
    (
        "i-en-issued",
        "en",
        D,
        "Vladimir Putin issued an invitation to Prabowo Subianto to attend the "
        "Victory Day parade.",
        [invite("Vladimir Putin")],
        [("PARADE", A)],
    ),
    (
        "i-en-welcomed-invitation",
        "en",
        D,
        "Narendra Modi accepted Vladimir Putin's invitation to visit Moscow.",
        [invite("Vladimir Putin")],
        [("VISIT", A)],
    ),
    (
        "i-en-invited-to-attend",
        "en",
        D,
        "Xi Jinping has invited Kim Jong Un to attend the parade in Beijing.",
        [invite("Xi Jinping")],
        [("PARADE", A)],
    ),
    (
        "i-en-declined",
        "en",
        D,
        "Narendra Modi declined an invitation from Vladimir Putin to attend the "
        "parade in Moscow.",
        [],
        [("PARADE", A), ("INVITATION", X)],
    ),
    (
        "i-en-was-invited",
        "en",
        D,
        "Prabowo Subianto was invited by Xi Jinping to visit Beijing.",
        [invite("Xi Jinping")],
        [("VISIT", A)],
    ),
    (
        "i-en-guest-of-honour",
        "en",
        D,
        "Prabowo Subianto will be the guest of honour at India's Republic Day parade.",
        [],
        [("PARADE", A)],
    ),
    (
        "i-id-melayangkan",
        "id",
        D,
        "Vladimir Putin melayangkan undangan kepada Prabowo Subianto untuk menghadiri "
        "parade di Moskow.",
        [invite("Vladimir Putin")],
        [("PARADE", A)],
    ),
    (
        "i-id-diundang",
        "id",
        D,
        "Prabowo Subianto diundang Xi Jinping untuk menghadiri parade militer di "
        "Beijing.",
        [invite("Xi Jinping")],
        [("PARADE", A)],
    ),
    (
        "i-id-undangan-resmi",
        "id",
        D,
        "Prabowo Subianto menerima undangan resmi dari Vladimir Putin untuk "
        "berkunjung ke Moskow.",
        [invite("Vladimir Putin")],
        [("VISIT", A)],
    ),
    (
        "i-id-menolak",
        "id",
        D,
        "Prabowo Subianto menolak undangan Xi Jinping untuk menghadiri parade di "
        "Beijing.",
        [],
        [("PARADE", A)],
    ),
    (
        "p-en-took-salute",
        "en",
        D,
        "Xi Jinping took the salute at a military parade in Beijing in September.",
        [parade()],
        [],
    ),
    (
        "p-en-marched",
        "en",
        D,
        "Chinese soldiers marched in the Victory Day parade on Red Square in May.",
        [],
        [("TROOP_DEPLOYMENT", A)],
    ),
    (
        "p-en-stood-beside",
        "en",
        D,
        "Kim Jong Un stood beside Xi Jinping at the military parade in Beijing in "
        "September.",
        [parade()],
        [],
    ),
    (
        "p-en-guest",
        "en",
        D,
        "Prabowo Subianto was the chief guest at the Republic Day parade in New Delhi "
        "in January.",
        [parade()],
        [],
    ),
    (
        "p-id-defile",
        "id",
        D,
        "Prabowo Subianto menyaksikan defile pasukan di Lapangan Tiananmen, Beijing, "
        "pada Februari.",
        [parade()],
        [],
    ),
    (
        "p-id-tamu-kehormatan",
        "id",
        D,
        "Prabowo Subianto menjadi tamu kehormatan parade Hari Republik India di New "
        "Delhi pada Januari.",
        [parade()],
        [],
    ),
    (
        "p-id-prajurit-tni",
        "id",
        D,
        "Prajurit TNI ikut berbaris dalam parade Hari Bastille di Paris pada Juli.",
        [],
        [("TROOP_DEPLOYMENT", A)],
    ),
    (
        "s-id-sanksi-baru",
        "id",
        D,
        "Inggris mengumumkan sanksi baru terhadap Rusia pada Senin.",
        [sanction("United Kingdom")],
        [],
    ),
    (
        "s-id-dijatuhi",
        "id",
        D,
        "Rusia dijatuhi sanksi oleh Uni Eropa pada Februari.",
        [sanction("European Union")],
        [],
    ),
    (
        "s-id-dijatuhi-akan",
        "id",
        D,
        "Rusia akan dijatuhi sanksi baru oleh Uni Eropa.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-id-larangan",
        "id",
        D,
        "Amerika Serikat memberlakukan larangan perjalanan terhadap pejabat Myanmar.",
        [sanction("United States")],
        [],
    ),
    (
        "s-en-passive",
        "en",
        D,
        "Russia was hit with new sanctions by the European Union on Monday.",
        [sanction("European Union")],
        [],
    ),
    (
        "s-en-passive-could",
        "en",
        D,
        "Russia could be hit with new sanctions by the European Union.",
        [sanction("European Union", "speculated")],
        not_asserted("SANCTION"),
    ),
    (
        "s-en-passive-not",
        "en",
        D,
        "Russia was not hit with sanctions by the European Union.",
        [],
        not_asserted("SANCTION"),
    ),
    (
        "s-en-targeted",
        "en",
        D,
        "Britain targeted Russia's shadow fleet with new sanctions on Tuesday.",
        [sanction("United Kingdom")],
        [],
    ),
    (
        "a-en-hyphen",
        "en",
        D,
        "The Indonesia-Australia defence pact was signed in Canberra on Thursday.",
        [ally({"Indonesia", "Australia"})],
        [],
    ),
    (
        "a-en-en-dash",
        "en",
        D,
        "The Russia\u2013North Korea treaty was signed in Pyongyang on Wednesday.",
        [ally({"Russia", "North Korea"})],
        [],
    ),
    (
        "m-en-hyphen-talks",
        "en",
        D,
        "The Biden-Xi talks in Woodside on Wednesday lasted four hours.",
        [meet(names={"Joe Biden", "Xi Jinping"})],
        [],
    ),
    (
        "m-en-dash-summit",
        "en",
        D,
        "The Putin\u2013Trump summit in Anchorage on Friday ended without a deal.",
        [meet(names={"Vladimir Putin", "Donald Trump"})],
        [],
    ),
    (
        "a-id-ri-teken",
        "id",
        D,
        "RI dan Australia teken perjanjian pertahanan di Canberra, Kamis.",
        [ally({"Indonesia", "Australia"})],
        [],
    ),
    (
        "a-id-hyphen",
        "id",
        D,
        "Pakta pertahanan Indonesia-Australia diteken di Canberra, Kamis.",
        [ally({"Indonesia", "Australia"})],
        [],
    ),
    (
        "m-id-hyphen",
        "id",
        D,
        "Pertemuan bilateral Prabowo-Anwar digelar di Putrajaya, Senin.",
        [meet(names={"Prabowo Subianto", "Anwar Ibrahim"})],
        [],
    ),
    (
        "st-id-menekankan",
        "id",
        D,
        "Sugiono menekankan pentingnya kerja sama dengan Tiongkok.",
        [state("Sugiono")],
        [],
    ),
    (
        "st-id-mengingatkan",
        "id",
        D,
        "Prabowo Subianto mengingatkan Israel agar menghentikan serangan.",
        [state("Prabowo Subianto")],
        [],
    ),
    (
        "st-id-menilai",
        "id",
        D,
        "Sugiono menilai kebijakan Amerika Serikat merugikan negara berkembang.",
        [state("Sugiono")],
        [],
    ),
    (
        "st-id-berharap",
        "id",
        D,
        "Prabowo Subianto berharap Malaysia mendukung keanggotaan Indonesia di BRICS.",
        [state("Prabowo Subianto")],
        [],
    ),
    (
        "t-id-ri",
        "id",
        D,
        "RI mengirim 1.000 prajurit ke Lebanon pada Februari.",
        [deploy("Indonesia")],
        [],
    ),
    (
        "t-en-hyphen",
        "en",
        D,
        "The US-led coalition deployed troops to Iraq in 2003.",
        [],
        [],
    ),
]

# phrasings not handled yet (expected to fail; remove an id once it passes)
GAPS = {
    "v-en-was-in",  # "was in Kyiv for talks": being somewhere is no travel verb
    "a-en-32nd-member",  # joining NATO: the alliance is an organisation, not a noun
    "a-en-joined-nato",
    "a-en-acceded",
    "a-id-bergabung-nato",
    "a-id-anggota-ke",
    "t-id-garuda",  # "Kontingen Garuda": contingents are excluded (parades, sport)
    "s-id-daftar-hitam",  # the target is the country of the companies listed
    "s-en-hit-with",  # "hit X's exporters with sanctions": no country of a company
    "st-en-according",  # "according to X": a source is only mentioned
    "st-id-menurut",
    "a-id-menyepakati",  # "perjanjian alih teknologi pertahanan": a gap in the noun
    "v-id-setibanya",  # "Setibanya di Tokyo, X ...": the visitor is the next subject
    "s-en-targeted",  # "targeted X's fleet with sanctions": the target is a possessor
    "m-id-hyphen",  # "Prabowo-Anwar": short names joined by a hyphen are not linked
    "st-id-berharap",  # "berharap" is a cue of speculation, not yet a speech act
}


def _check(
    events: list[Event], want: list[Expect], bad: list[tuple[str, str | None]]
) -> None:
    got = [summary(e) for e in events]
    for expect in want:
        assert found(events, expect), (expect, got)
    for kind, modality in bad:
        assert not any(
            e.type.value == kind and (modality is None or e.modality.value == modality)
            for e in events
        ), (kind, modality, got)


@pytest.mark.parametrize(
    ("lang", "published", "text", "want", "bad"),
    [
        pytest.param(
            *case[1:],
            id=case[0],
            marks=[pytest.mark.xfail(strict=True)] if case[0] in GAPS else [],
        )
        for case in CASES
    ],
)
def test_paraphrase(
    lang: str,
    published: str,
    text: str,
    want: list[Expect],
    bad: list[tuple[str, str | None]],
) -> None:
    _check(extract(text, lang, published), want, bad)


# Sentences whose meeting or visit is only reported, rumoured, hoped for, planned
# or called off: none may come out as a fact. (The two xfails are cues still missed:
# "on the agenda" is also said of topics of talks held; "menurut laporan media"
# also attributes facts.)
NOT_FACTS = [
    pytest.param(
        "en",
        "Vladimir Putin is understood to have met Xi Jinping in Beijing on Monday.",
    ),
    pytest.param(
        "en", "Vladimir Putin is believed to have met Xi Jinping in Beijing on Monday."
    ),
    pytest.param(
        "en",
        "There is speculation that Vladimir Putin met Xi Jinping in Beijing on Monday.",
    ),
    pytest.param(
        "en", "A source said Vladimir Putin met Xi Jinping in Beijing on Monday."
    ),
    pytest.param(
        "en", "Two sources said Vladimir Putin met Xi Jinping in Beijing on Monday."
    ),
    pytest.param("en", "Vladimir Putin is tipped to meet Xi Jinping in Beijing."),
    pytest.param(
        "en", "Vladimir Putin floated the idea of meeting Xi Jinping in Beijing."
    ),
    pytest.param(
        "en", "Vladimir Putin signalled willingness to meet Xi Jinping in Beijing."
    ),
    pytest.param(
        "en", "Vladimir Putin left the door open to meeting Xi Jinping in Beijing."
    ),
    pytest.param(
        "en", "Vladimir Putin hinted at a meeting with Xi Jinping in Beijing."
    ),
    pytest.param(
        "en", "Vladimir Putin suggested a meeting with Xi Jinping in Beijing."
    ),
    pytest.param(
        "en", "Vladimir Putin is exploring a meeting with Xi Jinping in Beijing."
    ),
    pytest.param(
        "en", "A meeting between Vladimir Putin and Xi Jinping has yet to be confirmed."
    ),
    pytest.param(
        "en", "Reports suggest Vladimir Putin met Xi Jinping in Beijing on Monday."
    ),
    pytest.param(
        "en", "Media reports said Vladimir Putin met Xi Jinping in Beijing on Monday."
    ),
    pytest.param(
        "en",
        "Vladimir Putin met Xi Jinping in Beijing on Monday, according to a source.",
    ),
    pytest.param(
        "en",
        "Vladimir Putin met Xi Jinping in Beijing on Monday, a diplomat said on "
        "condition of anonymity.",
    ),
    pytest.param("en", "Vladimir Putin is poised to meet Xi Jinping in Beijing."),
    pytest.param("en", "Vladimir Putin will head to Beijing to meet Xi Jinping."),
    pytest.param(
        "en",
        "A meeting between Vladimir Putin and Xi Jinping is on the agenda.",
        marks=pytest.mark.xfail(strict=True),
    ),
    pytest.param(
        "en", "A meeting between Vladimir Putin and Xi Jinping was put on hold."
    ),
    pytest.param(
        "en", "A meeting between Vladimir Putin and Xi Jinping has been shelved."
    ),
    pytest.param("en", "A meeting between Vladimir Putin and Xi Jinping fell through."),
    pytest.param(
        "en", "A planned meeting between Vladimir Putin and Xi Jinping collapsed."
    ),
    pytest.param(
        "en", "A meeting between Vladimir Putin and Xi Jinping has been delayed."
    ),
    pytest.param("en", "Vladimir Putin snubbed Xi Jinping's summit in Beijing."),
    pytest.param("en", "Vladimir Putin turned down a meeting with Xi Jinping."),
    pytest.param("en", "Vladimir Putin declined to meet Xi Jinping."),
    pytest.param("en", "Vladimir Putin refused to meet Xi Jinping."),
    pytest.param("en", "Vladimir Putin stopped short of meeting Xi Jinping."),
    pytest.param("en", "Vladimir Putin wants to meet Xi Jinping in Beijing."),
    pytest.param(
        "en", "Vladimir Putin would be willing to meet Xi Jinping in Beijing."
    ),
    pytest.param("en", "Vladimir Putin has proposed meeting Xi Jinping in Beijing."),
    pytest.param("en", "Vladimir Putin could travel to Beijing to meet Xi Jinping."),
    pytest.param(
        "en", "Should the talks go well, Vladimir Putin will travel to Beijing."
    ),
    pytest.param("en", "Vladimir Putin is not expected to travel to Beijing."),
    pytest.param("en", "Vladimir Putin will no longer travel to Beijing."),
    pytest.param("en", "Vladimir Putin scrapped his trip to Beijing."),
    pytest.param("en", "Vladimir Putin's trip to Beijing was put off."),
    pytest.param("en", "Vladimir Putin's trip to Beijing is on hold."),
    pytest.param("en", "Vladimir Putin's trip to Beijing was rescheduled for May."),
    pytest.param("en", "Vladimir Putin has no immediate plans to travel to Beijing."),
    pytest.param("en", "It is unclear whether Vladimir Putin will travel to Beijing."),
    pytest.param(
        "en", "It remains to be seen whether Vladimir Putin will travel to Beijing."
    ),
    pytest.param("en", "Vladimir Putin is mulling a trip to Beijing."),
    pytest.param("en", "Vladimir Putin is weighing a trip to Beijing."),
    pytest.param("en", "Vladimir Putin is tentatively scheduled to travel to Beijing."),
    pytest.param(
        "id", "Konon, Prabowo Subianto bertemu Xi Jinping di Beijing pada Senin."
    ),
    pytest.param(
        "id", "Santer terdengar Prabowo Subianto bertemu Xi Jinping di Beijing."
    ),
    pytest.param(
        "id", "Prabowo Subianto digadang-gadang bertemu Xi Jinping di Beijing."
    ),
    pytest.param(
        "id", "Prabowo Subianto disinyalir bertemu Xi Jinping di Beijing pada Senin."
    ),
    pytest.param(
        "id", "Prabowo Subianto ditengarai bertemu Xi Jinping di Beijing pada Senin."
    ),
    pytest.param("id", "Prabowo Subianto akan segera bertemu Xi Jinping di Beijing."),
    pytest.param(
        "id", "Pertemuan Prabowo Subianto dan Xi Jinping tengah dipersiapkan."
    ),
    pytest.param("id", "Prabowo Subianto diharapkan bertemu Xi Jinping di Beijing."),
    pytest.param("id", "Pertemuan Prabowo Subianto dan Xi Jinping dijadwalkan ulang."),
    pytest.param("id", "Pertemuan Prabowo Subianto dan Xi Jinping tertunda."),
    pytest.param("id", "Pertemuan Prabowo Subianto dan Xi Jinping gagal terlaksana."),
    pytest.param(
        "id", "Pertemuan Prabowo Subianto dan Xi Jinping tak kunjung terwujud."
    ),
    pytest.param(
        "id", "Pertemuan Prabowo Subianto dan Xi Jinping belum juga terlaksana."
    ),
    pytest.param(
        "id",
        "Pertemuan Prabowo Subianto dan Xi Jinping sempat direncanakan di Beijing.",
    ),
    pytest.param(
        "id", "Prabowo Subianto semula dijadwalkan bertemu Xi Jinping di Beijing."
    ),
    pytest.param(
        "id", "Pertemuan Prabowo Subianto dan Xi Jinping akan digelar di Beijing."
    ),
    pytest.param(
        "id", "Pertemuan Prabowo Subianto dan Xi Jinping bakal digelar di Beijing."
    ),
    pytest.param("id", "Prabowo Subianto hendak bertemu Xi Jinping di Beijing."),
    pytest.param("id", "Prabowo Subianto enggan bertemu Xi Jinping."),
    pytest.param("id", "Prabowo Subianto tidak jadi bertemu Xi Jinping."),
    pytest.param("id", "Prabowo Subianto berniat bertemu Xi Jinping di Beijing."),
    pytest.param("id", "Prabowo Subianto berkeinginan bertemu Xi Jinping di Beijing."),
    pytest.param("id", "Prabowo Subianto berencana bertemu Xi Jinping di Beijing."),
    pytest.param(
        "id", "Prabowo Subianto mengusulkan pertemuan dengan Xi Jinping di Beijing."
    ),
    pytest.param("id", "Pertemuan Prabowo Subianto dan Xi Jinping masih belum jelas."),
    pytest.param(
        "id", "Belum diketahui kapan Prabowo Subianto akan bertemu Xi Jinping."
    ),
    pytest.param("id", "Prabowo Subianto diperkirakan akan melawat ke Beijing."),
    pytest.param("id", "Prabowo Subianto kemungkinan akan melawat ke Beijing."),
    pytest.param("id", "Prabowo Subianto berjanji akan melawat ke Beijing."),
    pytest.param("id", "Prabowo Subianto mempertimbangkan kunjungan ke Beijing."),
    pytest.param("id", "Kunjungan Prabowo Subianto ke Beijing masih tentatif."),
    pytest.param("id", "Kunjungan Prabowo Subianto ke Beijing urung terlaksana."),
    pytest.param("id", "Kunjungan Prabowo Subianto ke Beijing batal."),
    pytest.param(
        "id", "Lawatan Prabowo Subianto ke Beijing masih menunggu konfirmasi."
    ),
    pytest.param("id", "Prabowo Subianto disebut bakal melawat ke Beijing."),
    pytest.param(
        "id",
        "Kabar yang beredar menyebut Prabowo Subianto bertemu Xi Jinping di Beijing.",
    ),
    pytest.param(
        "id", "Prabowo Subianto dilaporkan bertemu Xi Jinping di Beijing pada Senin."
    ),
    pytest.param(
        "id",
        "Menurut laporan media, Prabowo Subianto bertemu Xi Jinping di Beijing pada "
        "Senin.",
        marks=pytest.mark.xfail(strict=True),
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_FACTS)
def test_a_cue_keeps_the_event_from_being_a_fact(lang: str, text: str) -> None:
    events = extract(text, lang, D)
    asserted = [
        summary(e)
        for e in events
        if e.type.value in ("MEETING", "VISIT") and e.modality.value == A
    ]
    assert not asserted, asserted


# The same for deployments, pacts and sanctions that are only claimed, believed,
# near, aimed at, prepared or held off. (xfail: "memperingatkan" is a speech verb
# too, so it cannot be a cue for the speech act itself.)
NOT_FACTS_2 = [
    pytest.param("en", "North Korea is understood to have sent troops to Russia."),
    pytest.param("en", "North Korea may have sent troops to Russia."),
    pytest.param("en", "North Korea is suspected of sending troops to Russia."),
    pytest.param("en", "Ukraine claims North Korea has sent troops to Russia."),
    pytest.param("en", "Seoul believes North Korea has sent troops to Russia."),
    pytest.param("en", "Intelligence suggests North Korea has sent troops to Russia."),
    pytest.param("en", "North Korea appears to have sent troops to Russia."),
    pytest.param("en", "North Korea is thought to have deployed troops to Russia."),
    pytest.param("en", "North Korea is preparing to send more troops to Russia."),
    pytest.param("en", "North Korea has offered to send troops to Russia."),
    pytest.param("en", "North Korea has pledged to send troops to Russia."),
    pytest.param("en", "Britain has committed to sending troops to Ukraine."),
    pytest.param("en", "Britain could put troops on the ground in Ukraine."),
    pytest.param("en", "Britain has floated sending troops to Ukraine."),
    pytest.param("en", "There are no plans to send British troops to Ukraine."),
    pytest.param("en", "Britain halted the deployment of troops to Ukraine."),
    pytest.param("en", "Britain suspended the deployment of troops to Estonia."),
    pytest.param("en", "Britain shelved plans to send troops to Estonia."),
    pytest.param(
        "en", "Japan and the Philippines are close to signing a defence pact."
    ),
    pytest.param("en", "Japan and the Philippines are nearing a defence pact."),
    pytest.param("en", "Japan and the Philippines aim to sign a defence pact."),
    pytest.param(
        "en", "Japan and the Philippines agreed to start talks on a defence pact."
    ),
    pytest.param("en", "Japan and the Philippines have yet to sign a defence pact."),
    pytest.param("en", "Japan and the Philippines failed to agree on a defence pact."),
    pytest.param("en", "Japan and the Philippines are working towards a defence pact."),
    pytest.param("en", "Japan and the Philippines discussed a possible defence pact."),
    pytest.param(
        "en", "Japan and the Philippines hope a defence pact will be signed soon."
    ),
    pytest.param("en", "Japan and the Philippines shelved plans for a defence pact."),
    pytest.param(
        "en",
        "Vietnam and Russia could upgrade ties to a comprehensive strategic "
        "partnership.",
    ),
    pytest.param("en", "The United States is poised to impose sanctions on Russia."),
    pytest.param("en", "The United States is considering sanctions on Russia."),
    pytest.param("en", "The United States has prepared sanctions on Russia."),
    pytest.param("en", "The United States held off on sanctions on Russia."),
    pytest.param(
        "en", "The United States stopped short of imposing sanctions on Russia."
    ),
    pytest.param("en", "The United States warned of sanctions on Russia."),
    pytest.param("en", "The United States has drawn up sanctions on Russia."),
    pytest.param("en", "Senators proposed sanctions on Russia."),
    pytest.param("en", "A bill would impose sanctions on Russia."),
    pytest.param("id", "Korea Utara diduga mengirim pasukan ke Rusia."),
    pytest.param("id", "Korea Utara disinyalir mengirim pasukan ke Rusia."),
    pytest.param("id", "Ukraina mengklaim Korea Utara mengirim pasukan ke Rusia."),
    pytest.param(
        "id", "Korea Selatan meyakini Korea Utara telah mengirim pasukan ke Rusia."
    ),
    pytest.param("id", "Korea Utara bersiap mengirim pasukan ke Rusia."),
    pytest.param("id", "Indonesia berkomitmen mengirim pasukan perdamaian ke Gaza."),
    pytest.param("id", "Indonesia menawarkan pengiriman pasukan perdamaian ke Gaza."),
    pytest.param("id", "Tidak ada rencana mengirim pasukan ke Ukraina."),
    pytest.param("id", "Pengiriman pasukan ke Gaza masih menunggu mandat PBB."),
    pytest.param("id", "Indonesia dan Filipina hampir menyepakati pakta pertahanan."),
    pytest.param(
        "id",
        "Indonesia dan Filipina menargetkan penandatanganan pakta pertahanan tahun "
        "ini.",
    ),
    pytest.param("id", "Indonesia dan Filipina belum meneken pakta pertahanan."),
    pytest.param("id", "Indonesia dan Filipina gagal menyepakati pakta pertahanan."),
    pytest.param("id", "Indonesia dan Filipina membahas kemungkinan pakta pertahanan."),
    pytest.param("id", "Amerika Serikat bersiap menjatuhkan sanksi terhadap Rusia."),
    pytest.param("id", "Amerika Serikat tengah menyiapkan sanksi terhadap Rusia."),
    pytest.param("id", "Amerika Serikat menunda sanksi terhadap Rusia."),
    pytest.param(
        "id",
        "Amerika Serikat memperingatkan sanksi terhadap Rusia.",
        marks=pytest.mark.xfail(strict=True),
    ),
    pytest.param("id", "Senat AS mengusulkan sanksi terhadap Rusia."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_FACTS_2)
def test_a_cue_keeps_a_deployment_pact_or_sanction_from_being_a_fact(
    lang: str, text: str
) -> None:
    events = extract(text, lang, D)
    kinds = ("TROOP_DEPLOYMENT", "ALLIANCE", "SANCTION")
    asserted = [
        summary(e) for e in events if e.type.value in kinds and e.modality.value == A
    ]
    assert not asserted, asserted


# The new phrasings in senses that carry no event of their type.
TRAPS = [
    ("en", "Donald Trump returned to power in January.", "VISIT"),
    (
        "en",
        "Xi Jinping met Donald Trump, who returned to the White House in January.",
        "VISIT",
    ),
    ("en", "Prabowo Subianto returned to Jakarta on Tuesday.", "VISIT"),
    ("en", "Xi Jinping dined with business leaders in San Francisco.", "MEETING"),
    ("en", "Indonesian fans crossed into Malaysia for the final.", "VISIT"),
    ("en", "Japanese tourists returned to Bali in record numbers.", "VISIT"),
    ("en", "Police officers were deployed to guard the embassy.", "TROOP_DEPLOYMENT"),
    (
        "en",
        "Anthony Albanese's government transferred funds to Papua New Guinea.",
        "TROOP_DEPLOYMENT",
    ),
    (
        "en",
        "China's coast guard boosted patrols near the Philippines.",
        "TROOP_DEPLOYMENT",
    ),
    ("en", "Shares in defence firms rose after the pact was signed.", "ALLIANCE"),
    ("id", "Prabowo Subianto berbincang dengan wartawan di Istana Merdeka.", "MEETING"),
    ("id", "Timnas Indonesia bersalaman dengan pemain Jepang usai laga.", "MEETING"),
    ("id", "Setibanya di Jakarta, Prabowo langsung menuju Istana Merdeka.", "VISIT"),
    ("id", "Polri menambah personel di perbatasan Papua.", "TROOP_DEPLOYMENT"),
    ("id", "Harga beras hampir mencapai Rp15.000 per kilogram.", "SANCTION"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), TRAPS)
def test_a_phrasing_in_another_sense_is_no_event(
    lang: str, text: str, kind: str
) -> None:
    events = extract(text, lang, D)
    assert not [e for e in events if e.type.value == kind], [summary(e) for e in events]
