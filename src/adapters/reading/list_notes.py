"""File-level notes on a product list: what the reader had to assume for the whole file."""

from adapters.reading.header_scale import SCALED_FIELDS, scale_words
from adapters.reading.numbers import parse_number
from adapters.reading.per_package_figures import per_package_notes
from adapters.reading.reading_plan import ReadingPlan
from adapters.reading.units import PIECES
from domain.declaration.currency import HOW_TO_STATE_THE_CURRENCY, NO_CURRENCY_STATED
from domain.goods.problems import ProblemKind, RowProblem, Severity


def file_notes(plan: ReadingPlan, units_written: tuple[int, int]) -> list[RowProblem]:
    """`units_written`: how many quantities of goods rows have a unit written after them in their cell, and how
    many have not."""
    columns = plan.layout.columns
    notes = []
    if plan.currency is None and ("value" in columns or "unit_price" in columns) and "currency" not in columns:
        reason = (
            f"{NO_CURRENCY_STATED}: none was found in the headers, the title rows or the amounts; "
            f"{HOW_TO_STATE_THE_CURRENCY}"
        )
        column = plan.header("value") or plan.header("unit_price")
        notes.append(RowProblem(None, column, reason, Severity.WARNING, kind=ProblemKind.NO_CURRENCY_STATED))
    written, unwritten = units_written
    if "quantity" in columns and "unit" not in columns and plan.default_unit is None and unwritten:
        reason = f"there is no unit column; quantities are taken as pieces ({PIECES})"
        if written:
            some = "1 quantity has" if unwritten == 1 else f"{unwritten} quantities have"
            nor = " nor an ОКЕИ code" if plan.layout.okei_column is not None else ""
            reason = f"there is no unit column and {some} no unit after the number{nor}: taken as pieces ({PIECES})"
        notes.append(RowProblem(None, plan.header("quantity"), reason, Severity.WARNING))
    for field in sorted(plan.mass_per_item):
        reason = "the column gives the mass of one unit: each line's mass is it times the quantity"
        notes.append(RowProblem(None, plan.header(field), reason, Severity.WARNING))
    notes += per_package_notes(plan)
    for field in SCALED_FIELDS:
        if (scale := plan.header_factors.get(field)) is not None:
            reason = f"the header states its figures in {scale_words(scale)}: each is read multiplied by {scale:,}"
            notes.append(RowProblem(None, plan.header(field), reason, Severity.WARNING))
    for field in plan.layout.headed_twice:
        reason = f"two columns are headed '{plan.header(field)}'; the first is read and the other left out"
        notes.append(RowProblem(None, plan.header(field), reason, Severity.WARNING))
    for field, style in plan.number_styles.items():
        if style.guessed:
            separator = "',' as the decimal separator" if style.decimal_comma else "'.' as the decimal separator"
            value = parse_number(style.example, decimal_comma=style.decimal_comma)
            reason = f"'{style.example}' could be read two ways; it is read as {value}, with {separator}"
            notes.append(RowProblem(None, plan.header(field), reason, Severity.WARNING))
    return notes
