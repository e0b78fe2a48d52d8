"""A workbook's goods on several sheets, as the job reads them: the sheets a broker named only, and the columns a
declaration needs looked for on every sheet read, each missing one named with its sheet (ADR 0034)."""

import io
from datetime import UTC, datetime

from openpyxl import Workbook

from adapters.clock.fixed import FixedClock
from adapters.jobs.in_memory import InMemoryJobStore, InMemoryUnitOfWork
from adapters.progress.in_memory import RecordingProgressNotifier
from adapters.reading import PolarsProductListReader
from adapters.storage.in_memory import InMemoryFileStorage
from application.pipeline.credits_needed import credits_needed
from application.processing.parse_product_list import ParseProductList
from application.processing.progress import Progress
from application.processing.submit_product_list import SubmitProductList, Upload
from domain.goods.problems import Severity
from domain.processing.job import JobStatus, ProcessingJob
from tests.application.fakes import header

WEIGHED = ["Description", "Quantity", "Amount, USD", "Net weight, kg", "Gross weight, kg"]


def _workbook() -> bytes:
    """'Лист1' states the masses; 'Лист2' has no mass column at all."""
    book = Workbook()
    first = book.active
    first.title = "Лист1"
    for row in [WEIGHED, ["Refrigerator", 12, 3600, 840, 900], ["Washing machine", 5, 1500, 325, 350]]:
        first.append(row)
    second = book.create_sheet("Лист2")
    for row in [WEIGHED[:3], ["Sunflower oil", 100, 250], ["Refrigerator", 1, 300]]:
        second.append(row)
    saved = io.BytesIO()
    book.save(saved)
    return saved.getvalue()


async def _parsed(*sheets: str) -> ProcessingJob:
    store, storage, clock = InMemoryJobStore(), InMemoryFileStorage(), FixedClock(datetime(2026, 11, 28, tzinfo=UTC))
    uow = lambda: InMemoryUnitOfWork(store)  # noqa: E731
    upload = Upload("acc-1", "invoice.xlsx", _workbook(), "TM", header(), sheets=sheets)
    job = (await SubmitProductList(uow, storage, clock)(upload)).job
    progress = Progress(RecordingProgressNotifier())
    await ParseProductList(uow, storage, PolarsProductListReader(), progress, clock)(job.id)
    return store.jobs[job.id]


async def test_a_sheet_without_the_net_mass_column_is_named_before_anything_is_classified() -> None:
    job = await _parsed()
    assert job.status is JobStatus.FAILED
    (error,) = [p for p in job.problems if p.severity is Severity.ERROR]
    assert error.reason.startswith("sheet 'Лист2': no net mass (weight) column was found: add a column")


async def test_only_the_sheets_named_are_read_by_the_job() -> None:
    job = await _parsed("Лист1")
    assert job.status is JobStatus.PARSING
    assert (job.lines_total, job.lines_distinct) == (2, 2)
    assert not [p for p in job.problems if "Лист2" in p.reason]


def test_the_credits_asked_at_upload_count_the_lines_of_the_sheets_named_only() -> None:
    reader = PolarsProductListReader()
    upload = Upload("acc-1", "invoice.xlsx", _workbook(), "TM", header(), sheets=("Лист1",))
    assert credits_needed(reader, upload) == 2


async def test_a_problem_the_job_finds_of_a_line_names_its_row_on_its_sheet() -> None:
    """The declaration's own checks of a line (here: a description without a word) name the row as the reader's
    problems do: row 1 of 'Лист2', while its row keys the third line of the list."""
    book = Workbook()
    first = book.active
    first.title = "Лист1"
    for row in [WEIGHED, ["Refrigerator", 12, 3600, 840, 900], ["Washing machine", 5, 1500, 325, 350]]:
        first.append(row)
    second = book.create_sheet("Лист2")
    for row in [WEIGHED, ["12345", 100, 250, 90, 95]]:
        second.append(row)
    saved = io.BytesIO()
    book.save(saved)
    store, storage, clock = InMemoryJobStore(), InMemoryFileStorage(), FixedClock(datetime(2026, 11, 28, tzinfo=UTC))
    uow = lambda: InMemoryUnitOfWork(store)  # noqa: E731
    upload = Upload("acc-1", "invoice.xlsx", saved.getvalue(), "TM", header())
    job = (await SubmitProductList(uow, storage, clock)(upload)).job
    progress = Progress(RecordingProgressNotifier())
    await ParseProductList(uow, storage, PolarsProductListReader(), progress, clock)(job.id)

    (wordless,) = [p for p in store.jobs[job.id].problems if p.severity is Severity.ERROR]
    assert (wordless.row, wordless.sheet, wordless.sheet_row) == (3, "Лист2", 1)
    assert str(wordless).startswith("row 1 on sheet 'Лист2', column 'Description': ")
