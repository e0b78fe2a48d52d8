"""Problems found after reading, from the stored lines, name a row of a list read from several sheets by its row on
its sheet, as reading's own problems do (ADR 0034): a broker told "row 4" cannot find it in a workbook whose sheets
are 'Invoice 1' and 'Invoice 2'. A list of one sheet is named by its rows, as ever."""

import io
from collections.abc import Sequence

from openpyxl import Workbook

from adapters.reading import PolarsProductListReader
from application.ports.classifier import ClassificationRequest
from application.processing.submit_product_list import Upload
from domain.classification.candidate import Classification
from domain.goods.problems import ProblemKind, RowProblem
from domain.goods.product_list import ProductList
from tests.application.fakes import header
from tests.application.test_declared_conflicts import SupplierAgainstEngine
from tests.application.test_process_job import World

HEADERS = ["Description", "Quantity", "Amount, USD", "Net weight, kg", "Gross weight, kg", "Packages",
           "Kind of packages", "Origin"]  # fmt: skip
FIRST = [["Tea green 100 g", 10, 100, 5, 6, 10, "CT", "CN"], ["Laptop 15 inch", 2, 900, 4, 5, 1, "CT", "CN"]]
SECOND = [["Tea green 250 g", 20, 200, 10, 12, 1, "PX", "CN"],
          ["Titanium dioxide rutile R-902", 25, 50, 25, 26, 1, "BG", "CN"]]  # fmt: skip
SPLIT = "would make one goods item but state packages of different kinds (CT, PX)"


class UnsureOfLaptops(SupplierAgainstEngine):
    """The supplier's code of titanium dioxide contradicted; with `conflicts` off, sure of it; unsure of laptops."""

    def __init__(self, conflicts: bool) -> None:
        super().__init__()
        self.conflicts = conflicts

    def classify(self, requests: Sequence[ClassificationRequest], top: int = 5) -> list[Classification]:
        return [self._said(request.description) for request in requests]

    def _said(self, description: str) -> Classification:
        if description.startswith("Titanium") and self.conflicts:
            return self._declared()
        result = self._one(description)
        result.needs_review = description.startswith("Laptop")
        return result


def _workbook(*sheets: tuple[str, list[list[object]]], headers: list[str] = HEADERS) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for row in [headers, *rows]:
            sheet.append(row)
    saved = io.BytesIO()
    book.save(saved)
    return saved.getvalue()


async def _problems(data: bytes, conflicts: bool) -> list[RowProblem]:
    world = World(ProductList([]))
    world.process.parse._reader = PolarsProductListReader()
    world.classifier = world.process.classify._classifier = UnsureOfLaptops(conflicts)
    job = (await world.submit(Upload("acc-1", "invoice.xlsx", data, "TM", header()))).job
    await world.process(job.id)
    return world.store.jobs[job.id].problems


def _one(problems: list[RowProblem], words: str) -> RowProblem:
    [found] = [problem for problem in problems if words in problem.reason]
    return found


async def test_a_conflict_and_a_split_by_package_kind_name_the_rows_on_their_sheets() -> None:
    problems = await _problems(_workbook(("Invoice 1", FIRST), ("Invoice 2", SECOND)), conflicts=True)

    head, conflict = [problem for problem in problems if problem.kind is ProblemKind.DECLARED_CONFLICT]
    assert head.reason.startswith(
        "1 line whose supplier's code is in conflict with the engine's (row 2 on sheet 'Invoice 2'): "
    )
    assert (conflict.row, conflict.sheet, conflict.sheet_row) == (4, "Invoice 2", 2)
    assert str(conflict).startswith("row 2 on sheet 'Invoice 2', column 'declared_code': the supplier's code")
    assert _one(problems, SPLIT).reason.startswith(f"row 1 on sheet 'Invoice 1'; row 1 on sheet 'Invoice 2' {SPLIT}")


async def test_lines_left_to_review_are_named_by_their_rows_on_their_sheets() -> None:
    problems = await _problems(_workbook(("Invoice 1", FIRST), ("Invoice 2", SECOND)), conflicts=False)

    assert _one(problems, "still needs review").reason.startswith(
        "1 line still needs review (row 2 on sheet 'Invoice 1'): "
    )


async def test_a_list_of_one_sheet_is_named_by_its_rows_as_ever() -> None:
    problems = await _problems(_workbook(("Invoice", FIRST + SECOND)), conflicts=True)

    head, conflict = [problem for problem in problems if problem.kind is ProblemKind.DECLARED_CONFLICT]
    assert "(row 4)" in head.reason
    assert (conflict.row, conflict.sheet, conflict.sheet_row) == (4, None, None)
    assert _one(problems, SPLIT).reason.startswith(f"rows 1 and 3 {SPLIT}")


async def test_sheets_stating_no_currency_are_told_once_the_currency_the_header_gives() -> None:
    """Each sheet's note that it states no currency, said with its sheet, is known by its kind and gives way to
    the one note that the header's currency was taken."""
    plain = [header.replace("Amount, USD", "Amount") for header in HEADERS]
    data = _workbook(("Invoice 1", FIRST), ("Invoice 2", SECOND), headers=plain)
    problems = await _problems(data, conflicts=False)

    notes = [problem for problem in problems if "states no currency" in problem.reason]
    assert all(note.kind is ProblemKind.NO_CURRENCY_STATED for note in notes)
    assert [note.reason for note in notes] == [
        "the product list states no currency: its amounts are taken as USD, the invoice currency the declaration "
        "header gives"
    ]
