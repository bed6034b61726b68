"""Where a statement was made, and whether it was told to the press.

Where it was said: the place of the talks it belongs to; else a location before the
verb ("Speaking in the Oval Office"); else one after an occasion of speech ("in a
statement in Rome", "dalam keterangan pers di Jakarta"); else one right after the
verb, before what is said ("warned on Thursday in Washington that ..."; after a
leading quote, up to the clause's end: '"...," Macron told reporters in Portugal');
else the anchored event's
place; else the story's place, unless the speaker is a foreign government's
spokesperson (who speaks at home, in the capital). None for interviews, posts and
video addresses.

This module must not import ``api``.
"""

from __future__ import annotations

import re
from functools import cache

from graph.model import Place, PlaceKind
from ingest.extract.arguments import Ctx
from ingest.extract.candidate import Candidate
from ingest.extract.entities import Ent, gazetteer

__all__ = ["statement_place", "to_the_press"]

_OCCASION_GAP = 3  # words between "a briefing" and "in Beijing"
_PRESS_REACH = 30  # characters after a speech verb where "reporters" may stand
_SPOKESPERSON_REACH = 50  # characters before a name where "spokesman" may stand
_OPENING = ('"', "\u201c", "'", "\u2018")


def statement_place(
    ctx: Ctx, speaker: Ent, talks: Candidate | None, date: str | None
) -> Place | None:
    """Where it was said: a location before the verb ("Speaking in the Oval
    Office"), else the talks' place, else the story's; none for interviews and
    posts. Places after the verb are the statement's content."""
    if ctx.no_place():
        return None
    found = talks.place if talks is not None else None
    if found is None:
        found = ctx.best_place(ctx.places(ctx.lo, ctx.start, directional=False))
    if found is None:  # "... dalam pernyataan di Roma", "at a briefing in Beijing"
        found = _occasion_place(ctx)
    content = _content_start(ctx)
    if found is None and content is not None:  # "warned in Washington that ..."
        found = ctx.best_place(ctx.places(ctx.head.end, content, directional=False))
    if found is None and ctx.anchor is not None:
        found = ctx.anchor.place
    if found is None and ctx.story_time(date):
        if _at_story_place(ctx, speaker):
            found = ctx.doc.story_place
        elif ctx.doc.story_place is not None and speaker.country is not None:
            found = _capital(speaker.country)  # a spokesperson's regular briefing
    return ctx.refine(found, date)


@cache
def _capitals() -> dict[str, Place]:
    gaz = gazetteer()
    found: dict[str, Place] = {}
    for place in gaz.places():
        country = gaz.capital_country(place.id)
        if country is not None and place.kind is PlaceKind.CITY:
            found.setdefault(country, place)
    return found


def _capital(country_id: str) -> Place | None:
    return _capitals().get(country_id)


def _occasion_place(ctx: Ctx) -> Place | None:
    """A place right after an occasion of speech in the clause ("in a statement in
    Rome", "dalam keterangan pers di Jakarta")."""
    occasions = ctx.doc.lex.occasions.finditer(ctx.text, ctx.lo, ctx.hi)
    for match in occasions:
        for ent in ctx.places(match.end(), ctx.hi, directional=False):
            if len(ctx.text[match.end() : ent.start].split()) <= _OCCASION_GAP:
                return ctx.city(ent.place)
            break
    return None


def _content_start(ctx: Ctx) -> int | None:
    """Where what is said begins after the verb: a complementizer, a quote or a
    colon; the clause's end when the quote came first ('"...," Macron told
    reporters in Portugal'); else None (the words after the verb are content)."""
    lex = ctx.doc.lex
    end = ctx.head.end  # "warned X in Seoul that ... and said": the first verb's
    for word in re.finditer(r"\S+", ctx.text[end : ctx.hi]):
        token = word.group()
        if token[:1] in _OPENING or token.strip(",.").lower() in lex.complementizers:
            return end + word.start()
        if token.endswith(":"):
            return end + word.end()
    opens_quoted = ctx.sentence.in_quote(ctx.sentence.start)
    return ctx.hi if opens_quoted else None


def _at_story_place(ctx: Ctx, speaker: Ent) -> bool:
    """Whether the speaker may be at the place the story is told from: not a
    foreign government's spokesperson, who speaks at home ("Kremlin spokesman
    Dmitry Peskov said" in a story from Washington)."""
    story = ctx.doc.story_place
    if story is None:
        return False
    if speaker.country == (story.country or story.id):
        return True
    lex = ctx.doc.lex
    lo = max(ctx.sentence.start, speaker.start - _SPOKESPERSON_REACH)
    return not lex.spokespeople.search(ctx.text, lo, speaker.end)


def to_the_press(ctx: Ctx) -> bool:
    """Whether the speech verb is addressed to the press ("told reporters",
    "kepada wartawan")."""
    found = ctx.doc.lex.press.finditer(ctx.text, ctx.end, ctx.end + _PRESS_REACH)
    return bool(found) and len(ctx.text[ctx.end : found[0].start()].split()) <= 1
