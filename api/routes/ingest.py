"""``POST /ingest``: extract one posted article and store its events.

Protected by ``X-API-Key`` when ``DIPLOGRAPH_API_KEY`` is set. A body that is not an
article is a 422 and stores nothing.
"""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import StoreDep, WriteGuard
from api.schemas import ErrorOut, IngestIn, IngestOut, SkippedOut
from ingest.pipeline import OnError, ingest
from ingest.sources import article_from_text

router = APIRouter(tags=["ingest"])


@router.post(
    "/ingest",
    response_model=IngestOut,
    dependencies=[WriteGuard],
    responses={401: {"model": ErrorOut}, 422: {"model": ErrorOut}},
)
def ingest_article(store: StoreDep, body: IngestIn) -> IngestOut:
    article = article_from_text(
        body.text,
        title=body.title,
        url=body.url,
        published=body.published,
        lang=body.lang,
        source=body.source,
    )
    report = ingest(store, [article], on_error=OnError.RAISE)
    return IngestOut(
        articles=report.articles,
        reports=report.reports,
        events_created=report.upsert.events_created,
        events_removed=report.upsert.events_removed,
        skipped=[SkippedOut(source=s.source, reason=s.reason) for s in report.skipped],
    )
