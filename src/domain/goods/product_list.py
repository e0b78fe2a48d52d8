"""What reading a product list yields: its lines, its problems, and the totals it printed."""

from dataclasses import dataclass, field, replace
from decimal import Decimal

from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine

# The fields a product list's columns hold, by the names ProductList.columns gives them (and a broker names them by)
COLUMN_FIELDS = (
    "description", "quantity", "unit", "unit_price", "value", "currency", "origin", "net_mass", "gross_mass",
    "declared_code", "packages", "package_kind", "specification",
)  # fmt: skip


@dataclass(slots=True)
class PrintedTotals:
    """The TOTAL / ИТОГО / JEMI row of the source, kept to cross-check the sums."""

    value: Decimal | None = None
    net_mass: Decimal | None = None
    gross_mass: Decimal | None = None
    quantity: Decimal | None = None


@dataclass(slots=True)
class ProductList:
    lines: list[ProductLine]
    problems: list[RowProblem] = field(default_factory=list)  # file-level and cross-check problems
    totals: PrintedTotals = field(default_factory=PrintedTotals)
    currency: str | None = None
    columns: dict[str, str] = field(default_factory=dict)  # field name -> header as written
    sheet: str | None = None  # the workbook sheet of these lines, when the list is read from several
    row_offset: int = 0  # with `sheet`: the rows of the sheets before it, which its lines' rows count on from

    def on_its_sheet(self, problem: RowProblem) -> RowProblem:
        """A problem found of one of these lines, named by its row on its sheet (see RowProblem.on_sheet): `row`
        counts on already."""
        if self.sheet is None or problem.row is None or problem.sheet is not None:
            return problem
        return replace(problem, sheet=self.sheet, sheet_row=problem.row - self.row_offset)

    def all_problems(self) -> list[RowProblem]:
        return [*self.problems, *(p for line in self.lines for p in line.problems)]

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.all_problems() if p.severity is Severity.ERROR]
