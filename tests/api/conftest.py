from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import ApiSettings
from graph.config import StoreConfig
from graph.memory_store import MemoryStore
from graph.model import EventType, Modality, Role
from tests.factories import (
    BEIJING,
    CHINA,
    KIM,
    KURSK,
    NORTH_KOREA,
    PUTIN,
    RUSSIA,
    UKRAINE,
    XI,
    article,
    meeting,
    report,
)

TEXT = (
    "Kim Jong Un bertemu Vladimir Putin di Beijing pada Rabu (3/9/2025). "
    "Xi Jinping, Kim dan Putin menyaksikan parade militer. "
    "Korea Utara mengirim pasukan ke Kursk untuk membantu Rusia melawan Ukraina. "
    "Kim akan bertemu Xi bulan depan."
)
SOURCE = article(TEXT, lang="id", url="https://news.example/kim-putin")
MEETING = meeting(
    SOURCE,
    "Kim Jong Un bertemu Vladimir Putin di Beijing pada Rabu (3/9/2025).",
    KIM,
    PUTIN,
    place=BEIJING,
    date="2025-09-03",
)
PLANNED = meeting(
    SOURCE,
    "Kim akan bertemu Xi bulan depan.",
    KIM,
    XI,
    date="2025-10",
    modality=Modality.PLANNED,
)
PARADE = report(
    SOURCE,
    "Xi Jinping, Kim dan Putin menyaksikan parade militer.",
    EventType.PARADE,
    [
        (CHINA, Role.HOST),
        (XI, Role.ATTENDEE),
        (KIM, Role.ATTENDEE),
        (PUTIN, Role.ATTENDEE),
    ],
    place=BEIJING,
    date="2025-09-03",
)
DEPLOYMENT = report(
    SOURCE,
    "Korea Utara mengirim pasukan ke Kursk untuk membantu Rusia melawan Ukraina.",
    EventType.TROOP_DEPLOYMENT,
    [(NORTH_KOREA, Role.SENDER), (RUSSIA, Role.RECIPIENT), (UKRAINE, Role.AGAINST)],
    place=KURSK,
    date="2025",
)


def settings_for(data_dir: Path, api_key: str | None = None) -> ApiSettings:
    return ApiSettings(
        _env_file=None,
        env="test",  # type: ignore[call-arg]
        store=StoreConfig(data_dir=data_dir),
        api_key=api_key,
    )


@pytest.fixture
def seeded_dir(tmp_path: Path) -> Path:
    MemoryStore(tmp_path).upsert([SOURCE], [MEETING, PLANNED, PARADE, DEPLOYMENT])
    return tmp_path


@pytest.fixture
def client(seeded_dir: Path) -> Iterator[TestClient]:
    with TestClient(create_app(settings_for(seeded_dir))) as test_client:
        yield test_client
