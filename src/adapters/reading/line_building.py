"""A normalised row to a ProductLine, with every problem of the row recorded on the line."""

from decimal import Decimal, InvalidOperation

from adapters.reading.chunk_normalising import NormalisedRow
from adapters.reading.line_checks import check_line
from adapters.reading.reading_plan import NUMERIC_FIELDS, ReadingPlan
from adapters.reading.units import MUTUALLY_DEFINED, PIECES
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine
from domain.measures import Mass, Money, Quantity

NO_CURRENCY = "XXX"  # ISO 4217 code for "no currency": the amounts' currency was not found in the file
_ONE = Decimal(1)


class LineBuilder:
    """Builds lines for one file; row numbers count data rows from 1 (the row after the header)."""

    def __init__(self, plan: ReadingPlan) -> None:
        self._plan = plan
        self._first_data_row = plan.layout.first_data_row

    def row_number(self, row: NormalisedRow) -> int:
        return row.position - self._first_data_row + 1

    def problem(self, row: NormalisedRow, field: str | None, reason: str, severity: Severity) -> RowProblem:
        """A problem at this row; for a workbook the reason also gives the spreadsheet row to look at."""
        where = f" (spreadsheet row {row.position + 1})" if self._plan.is_workbook else ""
        column = self._plan.header(field) if field else None
        return RowProblem(self.row_number(row), column, reason + where, severity)

    def numbers(self, row: NormalisedRow) -> tuple[dict[str, Decimal], list[RowProblem]]:
        """The row's numbers in kilograms where they are masses; text that is not a number is an error."""
        found: dict[str, Decimal] = {}
        problems = []
        for field in NUMERIC_FIELDS:
            written, canonical = getattr(row, field), getattr(row, f"{field}_n")
            if canonical is None:
                if written is not None and written.strip() and self._plan.header(field):
                    problems.append(self.problem(row, field, f"'{written}' is not a number", Severity.ERROR))
                continue
            try:
                number = Decimal(canonical)
            except InvalidOperation:
                problems.append(self.problem(row, field, f"'{written}' is not a number", Severity.ERROR))
                continue
            factor = self._plan.kilograms_per_unit.get(field, _ONE)
            found[field] = number if factor == _ONE else number * factor
        return found, problems

    def _quantity(self, row: NormalisedRow, amount: Decimal, problems: list[RowProblem]) -> Quantity:
        if row.unit_code is not None:
            return Quantity(amount, row.unit_code)
        if row.unit:
            reason = f"unit '{row.unit}' is not known; the quantity is kept with unit {MUTUALLY_DEFINED}"
            problems.append(self.problem(row, "unit", reason, Severity.WARNING))
            return Quantity(amount, MUTUALLY_DEFINED)
        if self._plan.default_unit is not None:
            return Quantity(amount, self._plan.default_unit)
        if self._plan.header("unit"):
            reason = f"no unit is given; the quantity is taken as pieces ({PIECES})"
            problems.append(self.problem(row, "unit", reason, Severity.WARNING))
        return Quantity(amount, PIECES)

    def _currency(self, row: NormalisedRow, problems: list[RowProblem]) -> str:
        if row.currency_code is not None:
            return row.currency_code
        if row.currency:
            reason = f"currency '{row.currency}' is not known; the file's currency is used"
            problems.append(self.problem(row, "currency", reason, Severity.WARNING))
        return self._plan.currency or NO_CURRENCY

    def line(self, row: NormalisedRow) -> ProductLine:
        numbers, problems = self.numbers(row)
        quantity = numbers.get("quantity")
        price = numbers.get("unit_price")
        amount = numbers.get("value")
        if amount is None and price is not None and quantity is not None:
            amount = price * quantity
        line = ProductLine(
            row=self.row_number(row),
            description=" ".join((row.description or "").split()),
            quantity=self._quantity(row, quantity, problems) if quantity is not None else None,
            net_mass=Mass(numbers["net_mass"]) if "net_mass" in numbers else None,
            gross_mass=Mass(numbers["gross_mass"]) if "gross_mass" in numbers else None,
            value=Money(amount, self._currency(row, problems)) if amount is not None else None,
            origin=row.origin_code,
            declared_code=None,
            packages=None,
            package_kind=" ".join(row.package_kind.split()) if row.package_kind else None,
            unit_price=price,
            problems=problems,
        )
        check_line(line, row, numbers, lambda field, reason, severity: self.problem(row, field, reason, severity))
        return line
