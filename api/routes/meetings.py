"""``GET /meetings``: who met whom, where and when, with the source sentences."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import StoreDep
from api.filters import MeetingFilters
from api.schemas import EventPageOut

router = APIRouter(tags=["meetings"])


@router.get("/meetings", response_model=EventPageOut)
def meetings(store: StoreDep, query: MeetingFilters) -> EventPageOut:
    """Meetings (asserted only unless ``modality`` says otherwise), oldest first."""
    page = store.find_events(query)
    return EventPageOut.of(page)
