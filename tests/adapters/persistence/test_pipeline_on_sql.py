"""The whole pipeline on each backend: jobs, ledger credits and memory in the database, the rest in memory."""

from tests.adapters.reading.invoices import sheet_xlsx
from tests.application.fakes import (
    FakeCountries,
    FakeNomenclature,
    FakeReader,
    FakeRenderer,
    KeywordClassifier,
    header,
    line,
)  # fmt: skip
from tests.services import Backend

from adapters.credits.ledger_credits import LedgerCredits
from adapters.progress.in_memory import RecordingProgressNotifier
from adapters.reading import PolarsProductListReader
from adapters.storage.in_memory import InMemoryFileStorage
from application.ports.memory import Confirmation
from application.processing.classify_chunk import ClassifyChunk
from application.processing.generate_declaration import GenerateDeclaration
from application.processing.parse_product_list import ParseProductList
from application.processing.process_job import ProcessJob
from application.processing.progress import Progress
from application.processing.reserve_credits import ReserveCredits
from application.processing.submit_product_list import SubmitProductList, Upload
from domain.billing.ledger import EntryKind, LedgerEntry
from domain.goods.problems import Severity
from domain.goods.product_list import ProductList
from domain.processing.job import JobStatus, ProcessingJob

DESCRIPTIONS = ["Tea green 100 g", "Laptop 15 inch", "TEA  green 100 g", "Tea black", "Laptop 13 inch"]


async def run(
    backend: Backend,
    balance: int,
    listing: ProductList | None = None,
    classifier: KeywordClassifier | None = None,
    storage: InMemoryFileStorage | None = None,
) -> ProcessingJob:
    storage, clock = storage or InMemoryFileStorage(), backend.clock
    progress = Progress(RecordingProgressNotifier())
    credits = LedgerCredits(backend.ledger, clock)
    await backend.ledger.post(LedgerEntry("acc-1", EntryKind.GRANT, balance, "trial:acc-1", clock.now()))
    listing = listing or ProductList([line(row, text) for row, text in enumerate(DESCRIPTIONS, start=1)])
    process = ProcessJob(
        ParseProductList(backend.uow, storage, FakeReader(listing), progress, clock),
        ReserveCredits(backend.uow, credits, progress, clock),
        ClassifyChunk(backend.uow, backend.memory, classifier or KeywordClassifier(), progress, chunk_lines=2),
        GenerateDeclaration(backend.uow, storage, FakeCountries(FakeRenderer()), FakeNomenclature(), credits,
                            progress, clock),
    )  # fmt: skip
    upload = Upload("acc-1", "invoice.csv", b"raw", "TM", header())
    job = (await SubmitProductList(backend.uow, storage, clock)(upload)).job
    await process(job.id)
    await process(job.id)  # a redelivered run changes nothing
    async with backend.uow() as uow:
        stored = await uow.jobs.get(job.id)
    assert stored is not None
    return stored


async def test_a_product_list_becomes_a_declaration_and_is_charged_once(backend: Backend) -> None:
    await backend.memory.remember(Confirmation("acc-1", "tea black", "090230", None, "broker@example.com"))
    job = await run(backend, balance=10)
    assert job.status is JobStatus.COMPLETED and job.lines_done == 5
    assert job.declaration_keys == [f"jobs/{job.id}/declaration-1.xml"]
    assert await backend.ledger.balance("acc-1") == 7  # three lines classified by the engine; memory is free
    kinds = [entry.kind for entry in await backend.ledger.entries("acc-1")]
    assert kinds == [EntryKind.CAPTURE, EntryKind.RESERVE, EntryKind.GRANT]


async def test_a_job_waits_for_credits_without_holding_any(backend: Backend) -> None:
    job = await run(backend, balance=3)
    assert job.status is JobStatus.AWAITING_CREDITS
    assert await backend.ledger.balance("acc-1") == 3


TITLE_ROWS = [["Invoice 12"], ["Supplier: Example GmbH"], ["Date: 2026-11-20"], ["Consignee: Ynam HJ"]]
HEADER_ROW = ["Description", "Qty", "Amount, USD", "Net kg"]


async def test_a_declaration_problem_names_the_spreadsheet_row_of_a_list_with_title_rows(backend: Backend) -> None:
    """The lines go into the database when read and come back for the declaration: their places with them."""
    rows = [*TITLE_ROWS, HEADER_ROW, ["Tea green", 1, 10, 1], ["Zzyzx", 1, 5, 1]]
    listing = PolarsProductListReader().read(sheet_xlsx(rows), "invoice.xlsx")
    classifier, storage = KeywordClassifier(), InMemoryFileStorage()
    classifier.nothing_for = {"Zzyzx"}
    job = await run(backend, 10, listing, classifier, storage)
    assert job.status is JobStatus.FAILED
    assert [str(p) for p in job.problems if p.severity is Severity.ERROR] == [
        "row 2, column 'description': no commodity code was found for 'Zzyzx': say what the goods are "
        "(spreadsheet row 7)"
    ]
    report = storage.get(f"jobs/{job.id}/report.csv").decode("utf-8-sig").splitlines()
    assert [[*row.split(",")[:2], row.split(",")[-5]] for row in report] == [
        ["row", "description", "place"],
        ["1", "Tea green", "spreadsheet row 6"],
        ["2", "Zzyzx", "spreadsheet row 7"],
    ]


async def test_an_item_without_net_mass_names_the_spreadsheet_rows_of_its_lines(backend: Backend) -> None:
    rows = [*TITLE_ROWS, HEADER_ROW, ["Laptop", 1, 10, None], ["Tea green", 1, 10, 1], ["Laptop", 1, 5, None]]
    job = await run(backend, 10, PolarsProductListReader().read(sheet_xlsx(rows), "invoice.xlsx"))
    assert job.status is JobStatus.FAILED
    assert [str(p) for p in job.problems if p.severity is Severity.ERROR] == [
        "row 1, column 'Net kg': empty — goods item 1 (spreadsheet rows 6 and 8) needs a net mass and none of its "
        "lines gives one"
    ]
