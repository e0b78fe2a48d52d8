"""The rules one product line must meet; each broken rule becomes a RowProblem on the line."""

import re
from decimal import Decimal

from adapters.reading.declared_codes import DeclaredCodes
from adapters.reading.figure_checks import amount_field, check_figure_limits
from adapters.reading.normalised_row import NormalisedRow
from adapters.reading.package_counts import package_notes
from adapters.reading.reading_plan import NUMERIC_FIELDS
from adapters.reading.row_report import Report
from adapters.reading.scientific_notation import is_scientific, rounded_code, rounded_figures
from adapters.reading.union_origins import not_a_country
from adapters.reading.unsaved_formulas import UNSAVED_FORMULA
from domain.declaration.figure_limits import MOST_PACKAGES
from domain.goods.declarable import EMPTY_NET_MASS
from domain.goods.problems import Severity
from domain.goods.product_line import ProductLine

EMPTY_QUANTITY = "empty — the goods item this line goes into will carry no quantity in the supplementary unit"
ZERO_AMOUNT = (
    "the amount is 0: the declaration needs a customs value for this line even for free goods (samples, gifts, "
    "replacements); it is declared at 0.00 until the value of the goods is written here"
)
_ZERO = Decimal(0)
_PRICE_TOLERANCE = Decimal("0.01")
# what a spreadsheet would run as a formula: '=cmd|...', '@SUM(...)', '+HYPERLINK(...)', '-2+3+cmd|...'; a text
# such as '-20 °C freezer' or '- steel screws' is not one
FORMULA_LIKE = r"^\s*(?:[=@]|[+\-]\s*(?:\d[\d.,]*\s*[-+*/^&]|[A-Za-z_][\w.]*\s*\(|[^|!]*[|!]))"


def _declared_code(line: ProductLine, row: NormalisedRow, report: Report, codes: DeclaredCodes) -> None:
    line.declared_code = None
    if not row.declared_digits:
        return
    if is_scientific(row.declared_code):
        line.problems.append(report("declared_code", rounded_code(row.declared_code or ""), Severity.WARNING))
        return
    line.declared_code, warning = codes.read(row.declared_code or "", row.declared_digits)
    if warning:
        line.problems.append(report("declared_code", warning, Severity.WARNING))


def _package_kind(row: NormalisedRow, line: ProductLine, report: Report, fields: frozenset[str]) -> None:
    """A kind of package not known is left to the declaration header's; named on its column, or on the packages
    column whose cells wrote it after the number ('2 units')."""
    if row.package_kind and row.package_kind_code is None:
        field = "package_kind" if "package_kind" in fields else "packages"
        reason = (
            f"'{row.package_kind}' is not a kind of package we know: the line's packages are declared in the kind "
            "the declaration header gives; write a UN/ECE Rec. 21 code such as CT or PK to state it"
        )
        line.problems.append(report(field, reason, Severity.WARNING))


def _packages(line: ProductLine, numbers: dict[str, Decimal], report: Report) -> None:
    count = numbers.get("packages")
    line.packages = None
    if count is None:
        return
    if count < 0 or count != count.to_integral_value():
        line.problems.append(report("packages", f"packages must be a whole number, found {count}", Severity.ERROR))
        return
    if count > MOST_PACKAGES:
        reason = f"{count} packages are too many for a declaration: it holds at most {MOST_PACKAGES}"
        line.problems.append(report("packages", reason, Severity.ERROR))
        return
    line.packages = int(count)


def _masses(line: ProductLine, numbers: dict[str, Decimal], report: Report) -> None:
    for field in ("net_mass", "gross_mass"):
        if numbers.get(field, _ZERO) < 0:
            line.problems.append(report(field, f"mass cannot be negative, found {numbers[field]}", Severity.ERROR))
    net, gross = numbers.get("net_mass"), numbers.get("gross_mass")
    if net is not None and gross is not None and net > gross:
        reason = f"net mass {net} kg is more than gross mass {gross} kg"
        line.problems.append(report("net_mass", reason, Severity.ERROR))


def _amounts(line: ProductLine, numbers: dict[str, Decimal], report: Report, fields: frozenset[str]) -> None:
    quantity, price, amount = numbers.get("quantity"), numbers.get("unit_price"), numbers.get("value")
    if quantity is not None and quantity <= 0:
        line.problems.append(report("quantity", f"quantity must be above zero, found {quantity}", Severity.ERROR))
    declared = line.value.amount if line.value else None  # the amount, or quantity x unit price
    if declared is not None and declared < 0:
        reason = f"the amount cannot be negative, found {declared}"
        line.problems.append(report(amount_field(numbers, fields), reason, Severity.ERROR))
    elif declared is not None and declared == 0:
        line.problems.append(report(amount_field(numbers, fields), ZERO_AMOUNT, Severity.WARNING))
    if quantity is not None and price is not None and amount is not None:
        expected = quantity * price
        if abs(expected - amount) > max(_PRICE_TOLERANCE, abs(amount) * Decimal("0.005")):
            reason = f"the amount {amount} is not quantity {quantity} × unit price {price} = {expected}"
            line.problems.append(report("value", reason, Severity.WARNING))


def check_line(
    line: ProductLine,
    row: NormalisedRow,
    numbers: dict[str, Decimal],
    report: Report,
    fields: frozenset[str],
    unsaved_formulas: tuple[str, ...],
    codes: DeclaredCodes,
) -> None:
    """Settles the declared code and packages, and records every problem of the row on the line; `fields` are
    those the list has a column for, `unsaved_formulas` those whose cell is a formula with no saved value, `codes`
    how the supplier's commodity codes are read."""
    for field in unsaved_formulas:
        severity = Severity.ERROR if field == "description" else Severity.WARNING
        line.problems.append(report(field, UNSAVED_FORMULA, severity))
    if not line.description and "description" not in unsaved_formulas:
        line.problems.append(report("description", "the description is empty", Severity.ERROR))
    elif re.match(FORMULA_LIKE, line.description):
        reason = "starts like a spreadsheet formula; kept as text"
        line.problems.append(report("description", reason, Severity.WARNING))
    if row.origin and row.origin_code is None:
        line.problems.append(report("origin", not_a_country(row.origin), Severity.ERROR))
    _package_kind(row, line, report, fields)
    _declared_code(line, row, report, codes)
    _packages(line, numbers, report)
    package_notes(row, line, report, fields)
    _masses(line, numbers, report)
    if "net_mass" in fields and not row.net_mass and row.has_figures:
        line.problems.append(report("net_mass", EMPTY_NET_MASS, Severity.WARNING))
    if "quantity" in fields and not row.quantity and row.has_figures:
        line.problems.append(report("quantity", EMPTY_QUANTITY, Severity.WARNING))
    _amounts(line, numbers, report, fields)
    line.problems.extend(rounded_figures(row, numbers, report))
    check_figure_limits(line, report, numbers, fields)
    if not fields.isdisjoint(NUMERIC_FIELDS) and not numbers and not row.has_figures:
        reason = "the line has no quantity, mass or value"
        line.problems.append(report(None, reason, Severity.WARNING))
