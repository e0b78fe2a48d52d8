"""Every NationalTariffStore behaves alike: the FileStorage-backed one (on disk and in memory) and the twin."""

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from adapters.storage.in_memory import InMemoryFileStorage
from adapters.storage.local_disk import LocalDiskFileStorage
from adapters.tariff.file_store import FileTariffStore
from adapters.tariff.in_memory import InMemoryTariffStore
from application.ports.tariff import NationalTariffStore
from domain.classification.national_tariff import NationalTariff, NationalTariffLine

IMPORTED = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)
LINES = (
    NationalTariffLine("TM", "841810200", {"tk": "Iki kameraly sowadyjylar", "ru": "Холодильники двухкамерные"},
                       "H87", date(2024, 1, 1), None),
    NationalTariffLine("TM", "841810800", {"en": "Other"}, None, None, date(2030, 12, 31)),
)  # fmt: skip


def _tariff(version: str, country: str = "TM", lines: tuple[NationalTariffLine, ...] = LINES) -> NationalTariff:
    return NationalTariff(country, version, IMPORTED, "tariff.xlsx", lines)


@pytest.fixture(params=["local disk", "in-memory storage", "twin"])
def stores(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], NationalTariffStore]:
    """Makes stores over one shared place, as two worker machines over one bucket."""
    if request.param == "local disk":
        return lambda: FileTariffStore(LocalDiskFileStorage(tmp_path / "files"))
    if request.param == "in-memory storage":
        storage = InMemoryFileStorage()
        return lambda: FileTariffStore(storage)
    twin = InMemoryTariffStore()
    return lambda: twin


def test_no_tariff_until_one_is_saved(stores: Callable[[], NationalTariffStore]) -> None:
    assert stores().current("TM") is None


def test_a_saved_tariff_comes_back_whole(stores: Callable[[], NationalTariffStore]) -> None:
    stores().save(_tariff("v1"))

    current = stores().current("tm")
    assert current is not None
    assert (current.country, current.version, current.imported_at, current.source) == ("TM", "v1", IMPORTED,
                                                                                       "tariff.xlsx")  # fmt: skip
    assert current.lines == LINES


def test_the_last_version_saved_is_current_for_every_reader(stores: Callable[[], NationalTariffStore]) -> None:
    worker = stores()
    stores().save(_tariff("v1"))
    assert (first := worker.current("TM")) is not None
    assert first.version == "v1"

    stores().save(_tariff("v2", lines=LINES[:1]))

    second = worker.current("TM")
    assert second is not None
    assert (second.version, len(second.lines)) == ("v2", 1)


def test_each_country_has_its_own_tariff(stores: Callable[[], NationalTariffStore]) -> None:
    store = stores()
    store.save(_tariff("tm-1"))

    assert store.current("UZ") is None
    current = store.current("TM")
    assert current is not None
    assert current.version == "tm-1"


def test_the_file_store_keeps_every_version_and_points_at_the_current_one(tmp_path: Path) -> None:
    storage = LocalDiskFileStorage(tmp_path)
    store = FileTariffStore(storage)
    store.save(_tariff("v1"))
    store.save(_tariff("v2"))

    assert storage.exists("tariffs/TM/versions/v1.json")
    assert storage.exists("tariffs/TM/versions/v2.json")
    assert b'"version":"v2"' in storage.get("tariffs/TM/current.json")
