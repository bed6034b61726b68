"""When a visit happened: the arrival day, the month of its occasion, each leg's day.

The arrival day when a verb narrates it (or a range of days, "pada 8-9 Januari"),
else the month of the visit; the occasion a trip is for ("..., untuk menghadiri KTT
... pada Oktober 2024") dates it; a trip to come without a date is in the month of
the meeting or parade reported at its destination; a later leg of an itinerary takes
the date right after its destination. See :mod:`ingest.extract.events.visit`.

This module must not import ``api``.
"""

from __future__ import annotations

import re

from graph.model import EventType, Modality, Place
from ingest.extract import temporal
from ingest.extract.arguments import Ctx, within
from ingest.extract.clauses import breaks
from ingest.extract.entities import Ent

__all__ = ["leg_date", "occasion_month", "purpose_date", "visit_date"]

_WORD = re.compile(r"[\w'-]+")
_OCCASIONS = frozenset({EventType.MEETING, EventType.PARADE})  # held at a place
_LEG_REACH = 4  # characters between a destination and the date of its leg
_RANGE = re.compile(r"\d\s*[-\u2013]\s*\d")


def leg_date(ctx: Ctx, ent: Ent, modality: Modality) -> str | None:
    """The date right after a later destination of the itinerary ("and then to
    Beijing on Monday"), if any."""
    for mention in ctx.sentence.dates:
        if 0 <= mention.start - ent.end <= _LEG_REACH:
            return ctx.mention_value(mention, modality)
    return None


def occasion_month(ctx: Ctx, where: Place) -> str | None:
    """ "may travel to Kazan for the meeting" after "the BRICS summit in Kazan in
    October": a trip not yet made to where a dated event was reported (or invited
    to) is in that event's month."""
    for cand in reversed(ctx.history.items):
        if cand.type not in _OCCASIONS or cand.place is None or cand.date is None:
            continue
        if within(cand.place, where) or within(where, cand.place):
            month = ctx.month_of(cand.date)
            published = ctx.doc.published
            if not (month and published and month < published.isoformat()[:7]):
                return month
            if cand.modality is Modality.ASSERTED and not cand.hidden:
                return None  # a past event: not the occasion of a trip to come
            return f"{int(month[:4]) + 1:04d}{month[4:]}"  # a plan's bare month
    return None


def _own_date(ctx: Ctx) -> bool:
    """Whether the date of a visit noun belongs to the noun phrase itself
    ("kunjungan Prabowo ke Beijing pada 1 April", "a visit that began on Friday"):
    only names, prepositions and a verb of beginning between them."""
    mention = ctx.date_mention()
    nouns = [t for t in ctx.group if t.kind == "noun"]
    if mention is None or not nouns or mention.start < nouns[0].end:
        return False
    if "," in ctx.text[nouns[0].end : mention.start]:
        return False  # "menerima kunjungan ... di Istana, Jakarta, Rabu": the lead's
    lex = ctx.doc.lex
    allowed = (
        set().union(*lex.markers.values())
        | lex.locative
        | lex.directional
        | lex.relative_words
        | lex.begins
    )
    pos = nouns[0].end
    for word in _WORD.finditer(ctx.text, pos, mention.start):
        inside = any(e.start <= word.start() < e.end for e in ctx.sentence.ents)
        if not inside and word.group().lower() not in allowed:
            return False
    return True


def _days(ctx: Ctx) -> bool:
    """Whether the visit's date is a range of days ("pada 8-9 Januari", "on 3-5
    May"): the days of the visit, which began on the first."""
    mention = ctx.date_mention()
    return mention is not None and bool(_RANGE.search(mention.text))


def visit_date(ctx: Ctx, modality: Modality, arrival: bool) -> str | None:
    """The arrival day when a verb narrates it, else the month of the visit; a
    description in apposition ("the first official to travel to China") and a
    verb of being on a visit ("visited", "mengunjungi") narrate no arrival of
    their own; a planned onward leg of the story's journey is in its month."""
    explicit = ctx.explicit_date(modality) or ctx.shifted_date() or ctx.then_date()
    described = ctx.sentence.apposition_of(ctx.head.start) is not None
    moved = not described and any(
        t.kind == "verb" and not ctx.doc.lex.touring.search(ctx.text, t.start, t.end)
        for t in ctx.group
    )
    if explicit is not None:  # the arrival day; for "a state visit", its month
        day = (arrival and not described) or _own_date(ctx) or _days(ctx)
        return explicit if day else ctx.month_of(explicit)
    if modality is Modality.PLANNED and _onward(ctx):
        return ctx.month_of(ctx.doc.story_date)
    purpose = purpose_date(ctx, modality)
    if purpose is not None:  # "..., untuk menghadiri KTT BRICS pada Oktober 2024"
        return ctx.month_of(purpose)
    if modality is not Modality.ASSERTED or ctx.shifted():
        return None
    context = ctx.context_date()
    day = moved or (ctx.same_day() and not described)
    return context if day else ctx.month_of(context)


def purpose_date(ctx: Ctx, modality: Modality) -> str | None:
    """The date in the clause right after the visit's when it says what the trip
    was for ("..., to attend the summit in October 2024", "untuk menghadiri KTT
    ... pada Oktober 2024"): the occasion dates the visit."""
    pos = ctx.hi
    for ent in ctx.sentence.ents:  # over ", Rusia," set off after the destination
        if ent.start >= pos and ctx.text[pos : ent.start].strip() == ",":
            pos = ent.end
    head = ctx.text[pos : pos + 15].lstrip(" ,").lower().split()
    marks = ctx.doc.lex.markers["for"] | ctx.doc.lex.markers["to"]
    if not head or head[0] not in marks:
        return None
    later = [c for c in breaks(ctx.doc, ctx.sentence) if c > pos + 1]
    end = later[0] if later else ctx.sentence.end
    found = temporal.mentions_in(ctx.doc, ctx.sentence, pos, end)
    return ctx.mention_value(found[0], modality) if found else None


def _onward(ctx: Ctx) -> bool:
    """Whether the visit is the next leg of the story's journey ("Dari Jakarta,
    Wang dijadwalkan melanjutkan lawatan ke Kamboja", "will fly on to Hanoi")."""
    lex = ctx.doc.lex
    if lex.onward.search(ctx.text, ctx.lo, ctx.hi):
        return True
    story = ctx.doc.story_place
    opening = ctx.text[ctx.sentence.start : ctx.sentence.start + 40].split()
    if story is None or not opening or opening[0].lower() not in lex.markers["from"]:
        return False
    first = next(iter(ctx.sentence.ents), None)
    return (
        first is not None
        and first.place is not None
        and (within(first.place, story) or within(story, first.place))
    )
