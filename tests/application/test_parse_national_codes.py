"""The job's list is read for the job's country: a supplier's plain 9-digit code is Turkmenistan's national line in a
TM job only (and the credits asked at upload read the list the same way)."""

from datetime import UTC, datetime

import pytest

from adapters.classification.nomenclature.hs_nomenclature import HsNomenclature
from adapters.clock.fixed import FixedClock
from adapters.jobs.in_memory import InMemoryJobStore, InMemoryUnitOfWork
from adapters.progress.in_memory import RecordingProgressNotifier
from adapters.reading import PolarsProductListReader
from adapters.storage.in_memory import InMemoryFileStorage
from application.ports.reader import NationalCodes
from application.processing.parse_product_list import ParseProductList
from application.processing.progress import Progress
from application.processing.submit_product_list import SubmitProductList, Upload
from tests.application.fakes import header

LISTED = b"Description,HS code,Quantity,Amount USD,Net kg\nCeramic tiles,690721000,2,10,1\n"
PROFILES = {"TM": NationalCodes("Turkmenistan", 9), "KZ": NationalCodes("Kazakhstan", 10)}


@pytest.mark.parametrize(("country", "code"), [("TM", "690721000"), ("KZ", "0690721000")])
async def test_the_declared_code_is_read_for_the_jobs_country(country: str, code: str) -> None:
    store, storage, clock = InMemoryJobStore(), InMemoryFileStorage(), FixedClock(datetime(2026, 11, 28, tzinfo=UTC))
    uow = lambda: InMemoryUnitOfWork(store)  # noqa: E731
    job = (await SubmitProductList(uow, storage, clock)(Upload("acc-1", "tiles.csv", LISTED, country, header()))).job
    reader = PolarsProductListReader(is_subheading=HsNomenclature().exists, national_codes=PROFILES.__getitem__)
    await ParseProductList(uow, storage, reader, Progress(RecordingProgressNotifier()), clock)(job.id)
    (line,) = store.lines[job.id].values()
    assert line.line.declared_code == code
