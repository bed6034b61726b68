"""CAMEO and PLOVER codes for extracted events (DESIGN.md, "Event types").

- MEETING: CAMEO 040 (consult); 044 when it happens in a third country (no
  participant's home); PLOVER CONSULT.
- PARADE: 150 (demonstrate military power); MOBILIZE.
- ALLIANCE: 057 (sign formal agreement) when asserted, 0312 (express intent to
  cooperate militarily) otherwise; SUPPORT when asserted, AGREE otherwise.
- TROOP_DEPLOYMENT: 072 (provide military aid) when sent to a recipient, else 154
  (mobilize or increase armed forces); AID or MOBILIZE.
- VISIT: 042 (make a visit); CONSULT.
- STATEMENT: 010 (make statement); no PLOVER code (kept as our own type).
- INVITATION: 036 (express intent to meet); AGREE.
- SANCTION: 163 (impose embargo, boycott or sanctions); SANCTION.

This module must not import ``api``.
"""

from __future__ import annotations

from graph.model import EventType, Modality, Place, Role
from ingest.extract.candidate import Candidate

__all__ = ["codes"]


def _home_countries(cand: Candidate) -> set[str]:
    return {e.country for e, _ in cand.roles if e.country}


def _place_country(place: Place | None) -> str | None:
    if place is None:
        return None
    return place.country or (place.id if place.id.startswith("country:") else None)


def codes(cand: Candidate) -> tuple[str | None, str | None]:
    """(CAMEO, PLOVER) codes of a candidate."""
    t = cand.type
    asserted = cand.modality is Modality.ASSERTED
    if t is EventType.MEETING:
        where = _place_country(cand.place)
        third = where is not None and where not in _home_countries(cand)
        return ("044" if third else "040"), "CONSULT"
    if t is EventType.PARADE:
        return "150", "MOBILIZE"
    if t is EventType.ALLIANCE:
        return ("057", "SUPPORT") if asserted else ("0312", "AGREE")
    if t is EventType.TROOP_DEPLOYMENT:
        if cand.ids(Role.RECIPIENT):
            return "072", "AID"
        return "154", "MOBILIZE"
    if t is EventType.VISIT:
        return "042", "CONSULT"
    if t is EventType.STATEMENT:
        return "010", None
    if t is EventType.INVITATION:
        return "036", "AGREE"
    return "163", "SANCTION"
