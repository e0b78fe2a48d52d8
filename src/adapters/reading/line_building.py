"""A normalised row to a ProductLine, with every problem of the row recorded on the line."""

from decimal import Decimal, InvalidOperation

from adapters.reading.agreeing_factors import read_otherwise_reason
from adapters.reading.excel_errors import is_excel_error
from adapters.reading.file_lines import place_in_file
from adapters.reading.gross_or_grams import GROSS, read_as_gross
from adapters.reading.line_checks import check_line
from adapters.reading.line_currency import LineCurrency
from adapters.reading.line_number_style import as_its_line_reads
from adapters.reading.mixed_number_styles import two_way_reason
from adapters.reading.normalised_row import NormalisedRow
from adapters.reading.per_package_figures import times_packages
from adapters.reading.quantity_masses import check_quantity_against_net_mass
from adapters.reading.reading_plan import NUMERIC_FIELDS, ReadingPlan
from adapters.reading.scientific_notation import plain
from adapters.reading.settled_by_totals import TwoWayFigures
from adapters.reading.units import MUTUALLY_DEFINED, PIECES
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine
from domain.measures import Mass, Money, Quantity

_LISTED = 10  # rows a file-level note names
_ONE = Decimal(1)
_CANONICAL = {field: NormalisedRow._fields.index(f"{field}_n") for field in NUMERIC_FIELDS}
_WRITTEN = {field: NormalisedRow._fields.index(field) for field in NUMERIC_FIELDS}
# what an Excel error stands in for, in a text column, and what the reader makes of that column's text
_TEXT_FIELDS = {
    "description": ("description", ()),
    "unit": ("unit", ("unit_code",)),
    "origin": ("country", ("origin_code",)),
    "declared_code": ("commodity code", ("declared_digits",)),
    "package_kind": ("kind of package", ("package_kind_code",)),
    "currency": ("currency", ("currency_code",)),
}


def _not_a_number(written: str) -> str:
    return f"{written} is an Excel error, not a number" if is_excel_error(written) else f"'{written}' is not a number"


class LineBuilder:
    """Builds, row by row and with every check, the lines of rows a check may fail on (clean rows are built
    column-wise by clean_lines); row numbers count data rows from 1 (the row after the header)."""

    def __init__(self, plan: ReadingPlan) -> None:
        self.plan = self._plan = plan
        self._first_data_row = plan.layout.first_data_row
        self._factors = {f: plan.header_factors.get(f, _ONE) for f in NUMERIC_FIELDS}
        self._fields = frozenset(plan.layout.columns)
        self._currency = LineCurrency(plan, self.problem)
        self.stale_formats = self._currency.stale_formats
        self.two_way_figures = TwoWayFigures()  # to be read the other way if a printed total says so
        self.computed_amounts: list[str] = []  # rows whose empty amount is quantity x unit price (see amount_notes)

    def row_number(self, row: NormalisedRow) -> int:
        return row.position - self._first_data_row + 1

    def place(self, row: NormalisedRow) -> str:
        """The spreadsheet row, or the line of the file, to look at."""
        return place_in_file(row.position, self._plan.is_workbook, self._plan.file_lines, self._plan.sheet)

    def problem(self, row: NormalisedRow, field: str | None, reason: str, severity: Severity) -> RowProblem:
        """A problem at this row; the reason ends with its place in the file."""
        column = self._plan.header(field) if field else None
        return RowProblem(self.row_number(row), column, f"{reason} ({self.place(row)})", severity)

    def numbers(self, row: NormalisedRow, problems: list[RowProblem] | None = None) -> dict[str, Decimal]:
        """The row's numbers, masses in kilograms; text that is not a number goes to `problems` as an error."""
        found: dict[str, Decimal] = {}
        for field, index in _CANONICAL.items():
            canonical = row[index]
            try:
                number = None if canonical is None else plain(Decimal(canonical))
            except InvalidOperation:
                number = None
            if number is None:
                written = row[_WRITTEN[field]]
                if problems is not None and isinstance(written, str) and written and self._plan.header(field):
                    problems.append(self.problem(row, field, _not_a_number(written), Severity.ERROR))
                continue
            factor = self._factors[field]
            found[field] = number if factor == _ONE else number * factor
        return found

    def _quantity(
        self, row: NormalisedRow, amount: Decimal, problems: list[RowProblem], net: Decimal | None
    ) -> Quantity:
        if (gross := read_as_gross(row.unit, row.unit_code, amount, net)) is not None:
            problems.append(self.problem(row, "unit", gross, Severity.WARNING))
            return Quantity(amount, GROSS)
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

    def _without_excel_errors(self, row: NormalisedRow, problems: list[RowProblem]) -> NormalisedRow:
        """An Excel error in a text column is an error on the row; the column is then read as empty (a
        description keeps the code, so the line still shows what the cell held)."""
        for field, (what, derived) in _TEXT_FIELDS.items():
            text = getattr(row, field)
            if not is_excel_error(text):
                continue
            problems.append(self.problem(row, field, f"{text} is an Excel error, not a {what}", Severity.ERROR))
            if field != "description":
                values = list(row)
                for name in (field, *derived):
                    values[NormalisedRow._fields.index(name)] = None
                row = NormalisedRow._make(values)
        return row

    def amount_notes(self) -> list[RowProblem]:
        """One warning for the file naming the rows whose empty amount was computed (a list may leave all empty)."""
        if not self.computed_amounts:
            return []
        shown = ", ".join(self.computed_amounts[:_LISTED])
        more = f" and {len(self.computed_amounts) - _LISTED} more" if len(self.computed_amounts) > _LISTED else ""
        reason = f"the amount is empty: quantity x unit price is declared in its place; check it: {shown}{more}"
        return [RowProblem(None, self._plan.header("value"), reason, Severity.WARNING)]

    def _amount_left_empty(self, row: NormalisedRow) -> bool:
        """The list has an amount column and this row leaves it empty (not a formula no program saved, nor text that
        is no number, 'шестьсот': each is said apart)."""
        written = row[_WRITTEN["value"]]
        if isinstance(written, str) and written.strip():
            return False
        return "value" in self._plan.layout.columns and "value" not in self._plan.unsaved_formulas.get(row.position, ())

    def line(self, row: NormalisedRow) -> ProductLine:
        problems: list[RowProblem] = []
        row = self._without_excel_errors(row, problems)
        numbers = self.numbers(row, problems)
        for field, note in times_packages(numbers, self._plan).items():  # 'QTY/CTN' x 'CTNS'
            problems.append(self.problem(row, field, note, Severity.WARNING))
        quantity, price = numbers.get("quantity"), numbers.get("unit_price")
        amount = numbers.get("value")
        if amount is None and price is not None and quantity is not None:
            amount = price * quantity
            if amount > 0 and self._amount_left_empty(row):
                self.computed_amounts.append(f"row {self.row_number(row)} ({self.place(row)}): {amount}")
        for mass in self._plan.mass_per_item & numbers.keys():  # the mass of one unit
            if quantity is None:
                del numbers[mass]
            else:
                numbers[mass] *= quantity
        net, gross, packages = numbers.get("net_mass"), numbers.get("gross_mass"), numbers.get("packages")
        currency, currency_source = self._currency.read(row, problems)
        line = ProductLine(
            row=row.position - self._first_data_row + 1,
            description=row.description.strip() if row.description else "",
            quantity=self._quantity(row, quantity, problems, net) if quantity is not None else None,
            net_mass=Mass(net) if net is not None else None,
            gross_mass=Mass(gross) if gross is not None else None,
            value=Money(amount, currency) if amount is not None else None,
            origin=row.origin_code,
            declared_code=row.declared_digits or None,
            packages=int(packages) if packages is not None else None,
            package_kind=row.package_kind_code,
            unit_price=price,
            currency_source=currency_source if amount is not None else None,
            place=self.place(row),
            problems=problems,
        )

        def report(field: str | None, reason: str, severity: Severity) -> RowProblem:
            return self.problem(row, field, reason, severity)

        unsaved = self._plan.unsaved_formulas.get(row.position, ())
        settled = (row.read_otherwise or "").split(",")  # by quantity x unit price = amount, warned below
        in_doubt = [field for field in self._plan.two_way_figures.get(row.position, ()) if field not in settled]
        line_style = self._plan.line_styles.get(row.position)
        for field in (field for field in in_doubt if field in numbers):
            comma = self._plan.number_styles[field].decimal_comma
            numbers[field] = as_its_line_reads(numbers[field], str(row[_WRITTEN[field]]), comma, line_style)
        check_line(line, row, numbers, report, self._fields, unsaved, self._plan.codes)
        check_quantity_against_net_mass(line, report, self._plan, row.net_mass)
        for field in self._plan.cleaned_fields.get(row.position, ()):
            reason = "invisible control characters were removed from the text"
            line.problems.append(report(field, reason, Severity.WARNING))
        for field in in_doubt:
            style, written = self._plan.number_styles[field], str(row[_WRITTEN[field]])
            reason = two_way_reason(written, style.decimal_comma, self._plan.other_ways[field])
            line.problems.append(warning := report(field, reason, Severity.WARNING))
            self.two_way_figures.add(line, field, written, style.decimal_comma, warning, line_style)
        for field in settled if row.read_otherwise else ():
            written, read = str(row[_WRITTEN[field]]), str(row[_CANONICAL[field]])
            reason = read_otherwise_reason(written, read, self._plan.number_styles[field].decimal_comma)
            line.problems.append(report(field, reason, Severity.WARNING))
        shifted = self._plan.shifted_rows.get(row.position)
        if shifted is not None:
            line.problems.insert(0, report(None, shifted, Severity.ERROR))
        elif row.extra_fields:
            fields = "1 field is" if row.extra_fields == 1 else f"{row.extra_fields} fields are"
            reason = f"{fields} beyond the last header column, left out"
            line.problems.append(report(None, reason, Severity.WARNING))
        return line
