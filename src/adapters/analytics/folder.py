"""The read model on disk: `<root>/<table>/base-<run>.parquet` (deduplicated) and `delta-<run>.parquet` files
written by later runs, plus `state.json` (the last run and the watermarks). Files appear by atomic rename, so a
reader never sees half a file; a run that dies before saving the state leaves files the next run discards."""

import asyncio
import contextlib
import fcntl
import os
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import msgspec
import polars as pl

from adapters.analytics.tables import ReadModelTable

LOCK_POLL_SECONDS = 0.2


class RefreshState(msgspec.Struct, kw_only=True):
    run: int = 0
    refreshed_at: datetime | None = None
    jobs_seen: datetime | None = None  # latest job change taken in
    ledger_seen: int = 0  # highest ledger entry id taken in
    activities_seen: int = 0


@dataclass(frozen=True, slots=True)
class TableFiles:
    base: Path | None
    deltas: list[Path]  # runs after the base, oldest first

    @property
    def all(self) -> list[Path]:
        return ([self.base] if self.base else []) + self.deltas


class ReadModelFolder:
    def __init__(self, root: Path) -> None:
        self.root = root

    def state(self) -> RefreshState:
        path = self.root / "state.json"
        return msgspec.json.decode(path.read_bytes(), type=RefreshState) if path.exists() else RefreshState()

    def save_state(self, state: RefreshState) -> None:
        _replace(self.root / "state.json", lambda tmp: tmp.write_bytes(msgspec.json.encode(state)))

    def files(self, table: ReadModelTable) -> TableFiles:
        found = sorted(_run_files(self.root / table.name), key=lambda f: (f[0], f[1] == "delta"))
        base = max((f for f in found if f[1] == "base"), default=None)
        first = base[0] if base else 0
        return TableFiles(base[2] if base else None, [p for run, kind, p in found if kind == "delta" and run > first])

    def write(self, table: ReadModelTable, frame: pl.DataFrame, run: int, kind: str = "delta") -> Path:
        path = self.root / table.name / f"{kind}-{run:08d}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        _replace(path, frame.write_parquet)
        return path

    def discard_after(self, tables: tuple[ReadModelTable, ...], run: int) -> None:
        """Files of runs later than `run`: what a run that died before saving its state left behind."""
        for table in tables:
            for file_run, _, path in _run_files(self.root / table.name):
                if file_run > run:
                    path.unlink(missing_ok=True)

    def discard_before(self, table: ReadModelTable, base_run: int) -> None:
        """Every file that the base written by run `base_run` already holds."""
        for run, kind, path in _run_files(self.root / table.name):
            if run < base_run or (run == base_run and kind == "delta"):
                path.unlink(missing_ok=True)

    @contextlib.asynccontextmanager
    async def lock(self) -> AsyncIterator[None]:
        """One refresh at a time across processes sharing the folder (an flock, polled so it can be cancelled)."""
        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / ".lock").open("a") as handle:
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    await asyncio.sleep(LOCK_POLL_SECONDS)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _run_files(folder: Path) -> list[tuple[int, str, Path]]:
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*-*.parquet"):
        kind, _, run = path.stem.partition("-")
        if kind in ("base", "delta") and run.isdigit():
            found.append((int(run), kind, path))
    return found


def _replace(path: Path, write: Callable[[Path], object]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    write(tmp)
    os.replace(tmp, path)
