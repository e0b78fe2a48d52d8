"""An Excel 97-2003 .xls uploaded is taken at the upload (sniff) and read by the job like an .xlsx."""

from datetime import UTC, datetime

from adapters.clock.fixed import FixedClock
from adapters.jobs.in_memory import InMemoryJobStore, InMemoryUnitOfWork
from adapters.progress.in_memory import RecordingProgressNotifier
from adapters.reading import PolarsProductListReader
from adapters.storage.in_memory import InMemoryFileStorage
from application.pipeline.credits_needed import credits_needed
from application.pipeline.file_kind import FileKind, sniff, with_suffix
from application.processing.parse_product_list import ParseProductList
from application.processing.progress import Progress
from application.processing.submit_product_list import SubmitProductList, Upload
from domain.processing.job import JobStatus
from tests.adapters.reading.xls_files import xls
from tests.application.fakes import header

ROWS: list[list[str | float | int | None]] = [
    ["Description", "Quantity", "Amount, USD", "Net weight, kg", "Gross weight, kg"],
    ["Refrigerator", 12, 3600, 840, 900],
    ["Washing machine", 5, 1500, 325, 350],
]


async def test_an_xls_upload_is_read_by_the_job() -> None:
    data = xls(("Лист1", ROWS))
    assert sniff(data, "invoice") is FileKind.XLS
    store, storage, clock = InMemoryJobStore(), InMemoryFileStorage(), FixedClock(datetime(2026, 11, 28, tzinfo=UTC))
    uow = lambda: InMemoryUnitOfWork(store)  # noqa: E731
    upload = Upload("acc-1", with_suffix("invoice", FileKind.XLS), data, "TM", header())
    assert credits_needed(PolarsProductListReader(), upload) == 2
    job = (await SubmitProductList(uow, storage, clock)(upload)).job
    await ParseProductList(uow, storage, PolarsProductListReader(), Progress(RecordingProgressNotifier()), clock)(
        job.id
    )
    parsed = store.jobs[job.id]
    assert parsed.status is JobStatus.PARSING
    assert (parsed.lines_total, parsed.lines_distinct) == (2, 2)
