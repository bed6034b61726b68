"""Where a title, its country or organisation, and a name form one mention.

Given the matched items of a text in order (entities, short forms, titles), this finds
the groups that belong together, by language:

- English: ``[Q] T [N]`` ("Russian Foreign Minister Sergei Lavrov", "NATO chief"),
  ``Q's T`` ("South Korea's president"), ``T of [the] Q`` ("the president of Russia");
- Indonesian: ``T Q [(Q)] [tersebut|itu] [N]`` ("Presiden Rusia Vladimir Putin",
  "Pemimpin Korea Utara (Korut) Kim Jong-Un", "Presiden Rusia tersebut"), ``T N``.

Q is a country, an organisation or a capital; N is a known person, a short form or a
run of capitalised words (an unknown name). It decides structure only; resolving a
group against dates is :mod:`ingest.linking`'s job. Modifiers such as "former",
"deputy", "mantan", "wakil", "para" mark a title that names no current office holder.

This module must not import ``api`` or ``graph``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Group", "Item", "find_groups", "is_current", "unknown_name_end"]

_MODIFIERS = frozenset(
    """
    former ex then late deputy vice incoming future would-be retired mantan eks
    bekas wakil calon almarhum mendiang para kedua sejumlah beberapa pelaksana
    """.split()  # noqa: SIM905
)
_DEMONSTRATIVES = ("tersebut", "itu")
_POSSESSIVE = re.compile(r"^['\u2019]s\s+$")
_OF = re.compile(r"^\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ELECT = re.compile(r"^[-\s]elect\b", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_][\w'\u2019.\-]*")
_PARTICLES = frozenset(
    """
    bin binti ibn van von der den de da dos das du la le al el di y
    """.split()  # noqa: SIM905
)
_NOT_NAMES = frozenset(
    """
    the a an on in at and but or of for to with who which that this these those he
    she they it its his her their said says told has had have was were is are will
    would also after before during while when as by from mr mrs ms meanwhile however
    january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday yang dan di ke
    dari pada dalam untuk dengan ini itu tersebut juga akan telah sudah mengatakan
    menyatakan kata bahwa saat ketika usai setelah sebelum namun sementara senin
    selasa rabu kamis jumat sabtu minggu januari februari maret mei juni juli
    agustus oktober desember minister ministry office house council party government
    state department republic kingdom committee commission assembly forces army navy
    union bank court agency league cup club menteri kementerian kantor dewan partai
    pemerintah
    negara republik kerajaan komisi majelis angkatan tentara umum bank mahkamah
    badan
    """.split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class Item:
    """One matched span: ``kind`` is entity, short or title.

    For entities ``ref`` is the entity id, ``entity_kind`` its kind, ``via`` how the
    text names it, and ``holder`` the country or organisation it can qualify a title
    with, if any; for titles ``ref`` is the role; short forms carry no ``ref``.
    """

    start: int
    end: int
    kind: str
    ref: str
    entity_kind: str | None = None
    holder: str | None = None
    via: str = "name"


@dataclass(frozen=True, slots=True)
class Group:
    """A title with what it takes: qualifier, name item or unknown-name span."""

    start: int
    end: int
    title: int
    qualifier: int | None
    name: int | None
    unknown: tuple[int, int] | None
    current: bool
    consumed: frozenset[int]


def _word_before(text: str, pos: int) -> str:
    match = re.search(r"([^\W\d_][\w\-]*)\W*$", text[max(0, pos - 40) : pos])
    return match.group(1).lower() if match else ""


def is_current(text: str, start: int, end: int) -> bool:
    """Whether the title at ``text[start:end]`` names a current office holder: no
    "former", "late", "mantan", "wakil"... before it, no "-elect" after it."""
    return _word_before(text, start) not in _MODIFIERS and not _ELECT.match(
        text[end : end + 8]
    )


def _is_space(gap: str) -> bool:
    return gap != "" and gap.isspace()


def _qualifies(item: Item) -> bool:
    return item.kind == "entity" and item.holder is not None


def _names_person(item: Item) -> bool:
    return item.kind == "short" or (
        item.kind == "entity" and item.entity_kind == "person"
    )


def unknown_name_end(text: str, pos: int, limit: int, min_words: int = 1) -> int | None:
    """End of a run of at least ``min_words`` capitalised words starting at ``pos``
    (before ``limit``), or None if no name starts there. Lower-case particles may join
    two capitalised words ("Mohammed bin Zayed"); a trailing possessive is left out."""
    end: int | None = None
    count = 0
    cursor = pos
    while cursor < limit and count < 4:
        match = _TOKEN.match(text, cursor, limit)
        if match is None:
            break
        word = match.group(0).rstrip(".")
        for suffix in ("'s", "\u2019s"):
            word = word.removesuffix(suffix)
        if not word or word.lower() in _NOT_NAMES or (len(word) > 1 and word.isupper()):
            break  # a common word, or an acronym (an organisation, not a name)
        if word[0].isupper():
            count += 1
            end = match.start() + len(word)
        elif word.lower() not in _PARTICLES or count == 0:
            break
        if (
            len(word) != len(match.group(0))
            or text[match.end() : match.end() + 1] != " "
        ):
            break
        cursor = match.end() + 1
    return end if count >= min_words else None


def _longer_name(
    text: str, items: Sequence[Item], short: int
) -> tuple[int, int] | None:
    """A short form that only begins an unknown full name ("Liu" of "Liu Guozhong",
    a family name first): the whole capitalised run, if it goes on past the short."""
    item = items[short]
    if item.kind != "short":
        return None
    limit = items[short + 1].start if short + 1 < len(items) else len(text)
    end = unknown_name_end(text, item.start, limit, min_words=2)
    return (item.start, end) if end is not None and end > item.end else None


def _name_after(
    text: str,
    items: Sequence[Item],
    after: int,
    pos: int,
    *,
    capital: bool,
    min_words: int,
) -> tuple[int | None, tuple[int, int] | None]:
    """A known person (item index) or an unknown name span right after ``pos``."""
    nxt = after + 1
    if nxt < len(items) and _names_person(items[nxt]):
        gap = text[pos : items[nxt].start]
        if _is_space(gap) or gap in (", ", ","):
            longer = _longer_name(text, items, nxt) if capital else None
            return (None, longer) if longer else (nxt, None)
    if not capital or pos >= len(text) or text[pos] != " ":
        return None, None
    limit = items[nxt].start if nxt < len(items) else len(text)
    end = unknown_name_end(text, pos + 1, limit, min_words)
    return (None, (pos + 1, end)) if end is not None else (None, None)


def _english(text: str, items: Sequence[Item], i: int) -> Group | None:
    title = items[i]
    qualifier: int | None = None
    start = title.start
    if i > 0 and _qualifies(items[i - 1]):
        gap = text[items[i - 1].end : title.start]
        if _is_space(gap) or _POSSESSIVE.match(gap):
            qualifier, start = i - 1, items[i - 1].start
    end, last = title.end, i
    following = items[i + 1] if i + 1 < len(items) else None
    if (
        qualifier is None
        and following is not None
        and _qualifies(following)
        and _OF.match(text[title.end : following.start])
    ):
        qualifier, end, last = i + 1, following.end, i + 1
    # "defence ministry spokesman Jeon Ha-kyu": two capitalised words after a
    # lower-case title name a person too
    capital = True
    # a lone capitalised word after an English title is rarely a name ("Premier
    # League"); Indonesian news often names people by a single name
    name, unknown = _name_after(text, items, last, end, capital=capital, min_words=2)
    return _group(text, items, i, last, start, end, qualifier, name, unknown)


def _indonesian(text: str, items: Sequence[Item], i: int) -> Group | None:
    title = items[i]
    end, last = title.end, i
    qualifier: int | None = None
    following = items[i + 1] if i + 1 < len(items) else None
    if (
        following is not None
        and _qualifies(following)
        and _is_space(text[title.end : following.start])
    ):
        qualifier, end, last = i + 1, following.end, i + 1
        # "Korea Utara (Korut)": the same entity again in brackets
        again = items[i + 2] if i + 2 < len(items) else None
        if (
            again is not None
            and again.ref == following.ref
            and text[end : again.start].strip() == "("
            and text[again.end : again.end + 1] == ")"
        ):
            end, last = again.end + 1, i + 2
    capital = text[title.start].isupper() or qualifier is not None
    name, unknown = _name_after(text, items, last, end, capital=capital, min_words=1)
    if name is None and unknown is None and qualifier is not None:
        for word in _DEMONSTRATIVES:
            if re.match(rf"\s+{word}\b", text[end : end + 20], re.IGNORECASE):
                end = text.index(word, end) + len(word)
                break
    return _group(text, items, i, last, title.start, end, qualifier, name, unknown)


def _group(
    text: str,
    items: Sequence[Item],
    i: int,
    last: int,
    start: int,
    end: int,
    qualifier: int | None,
    name: int | None,
    unknown: tuple[int, int] | None,
) -> Group | None:
    first = min(i, qualifier if qualifier is not None else i)
    consumed = set(range(first, max(i, last) + 1))
    if name is not None:
        consumed.add(name)
        end = items[name].end
    elif unknown is not None:
        end = unknown[1]
        consumed.update(
            k for k in range(i + 1, len(items)) if unknown[0] <= items[k].start < end
        )
    current = is_current(text, start, items[i].end)
    if qualifier is None and name is None and unknown is None:
        return None
    return Group(start, end, i, qualifier, name, unknown, current, frozenset(consumed))


def find_groups(text: str, items: Sequence[Item], lang: str) -> list[Group]:
    """Title groups in text order; an item belongs to at most one group."""
    taken: set[int] = set()
    groups: list[Group] = []
    pattern = _indonesian if lang == "id" else _english
    for i, item in enumerate(items):
        if item.kind != "title" or i in taken:
            continue
        group = pattern(text, items, i)
        if group is None or group.consumed & taken:
            continue
        taken |= group.consumed
        groups.append(group)
    return groups
