"""National tariffs kept in FileStorage (S3 in the full stack), so every worker machine reads the same one.

Each import is a snapshot `tariffs/<CC>/versions/<version>.json`; `tariffs/<CC>/current.json` names the one in
force and is written last, so a reader sees either the old version or the new one, whole.
"""

from datetime import date, datetime

import msgspec

from application.ports.storage import FileStorage
from domain.classification.national_tariff import NationalTariff, NationalTariffLine

FORMAT = 1


class _Line(msgspec.Struct, frozen=True, omit_defaults=True):
    code: str
    texts: dict[str, str]
    unit: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None


class _Snapshot(msgspec.Struct, frozen=True):
    format: int
    country: str
    version: str
    imported_at: datetime
    source: str
    lines: list[_Line]


class _Pointer(msgspec.Struct, frozen=True):
    version: str
    key: str


def _prefix(country: str) -> str:
    return f"tariffs/{country.strip().upper()}"


class FileTariffStore:
    """The NationalTariffStore port over FileStorage; a version once read is kept decoded in memory."""

    def __init__(self, storage: FileStorage) -> None:
        self._storage = storage
        self._decoded: dict[str, tuple[str, NationalTariff]] = {}  # country -> (snapshot key, tariff)

    def save(self, tariff: NationalTariff) -> None:
        key = f"{_prefix(tariff.country)}/versions/{tariff.version}.json"
        lines = [
            _Line(ln.code, dict(ln.texts), ln.supplementary_unit, ln.valid_from, ln.valid_to) for ln in tariff.lines
        ]
        snapshot = _Snapshot(FORMAT, tariff.country, tariff.version, tariff.imported_at, tariff.source, lines)
        self._storage.put(key, msgspec.json.encode(snapshot), "application/json")
        pointer = msgspec.json.encode(_Pointer(tariff.version, key))
        self._storage.put(f"{_prefix(tariff.country)}/current.json", pointer, "application/json")
        self._decoded[tariff.country.upper()] = (key, tariff)

    def current(self, country: str) -> NationalTariff | None:
        try:
            pointer = msgspec.json.decode(self._storage.get(f"{_prefix(country)}/current.json"), type=_Pointer)
        except KeyError:
            return None
        country = country.strip().upper()
        known = self._decoded.get(country)
        if known is None or known[0] != pointer.key:
            known = (pointer.key, _decoded(self._storage.get(pointer.key)))
            self._decoded[country] = known
        return known[1]


def _decoded(data: bytes) -> NationalTariff:
    snapshot = msgspec.json.decode(data, type=_Snapshot)
    lines = (
        NationalTariffLine(snapshot.country, ln.code, ln.texts, ln.unit, ln.valid_from, ln.valid_to)
        for ln in snapshot.lines
    )
    return NationalTariff(snapshot.country, snapshot.version, snapshot.imported_at, snapshot.source, lines)
