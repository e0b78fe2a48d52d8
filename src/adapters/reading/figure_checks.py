"""A line's figure too large for a declaration is an error of its row, named with the column and the limit."""

from collections.abc import Collection
from decimal import Decimal

import polars as pl

from adapters.reading.reading_plan import ReadingPlan
from adapters.reading.row_report import Report
from domain.declaration.figure_limits import AMOUNT, MASS, QUANTITY, FigureLimit
from domain.goods.problems import Severity
from domain.goods.product_line import ProductLine


def amount_field(numbers: Collection[str], fields: frozenset[str]) -> str:
    """The column a line's amount comes from: its amount cell, else the unit price it is computed from (quantity x
    unit price) when the amount cell is empty; `numbers`: the fields with a figure on the row."""
    return "value" if "value" in numbers or ("unit_price" not in numbers and "value" in fields) else "unit_price"


def check_figure_limits(line: ProductLine, report: Report, numbers: Collection[str], fields: frozenset[str]) -> None:
    figures: list[tuple[str, Decimal | None, FigureLimit, str]] = [
        (amount_field(numbers, fields), line.value.amount if line.value else None, AMOUNT, ""),
        ("quantity", line.quantity.amount if line.quantity else None, QUANTITY, ""),
        ("net_mass", line.net_mass.kilograms if line.net_mass else None, MASS, " kg"),
        ("gross_mass", line.gross_mass.kilograms if line.gross_mass else None, MASS, " kg"),
    ]
    for field, figure, limit, unit in figures:
        if figure is not None and not limit.holds(figure):
            line.problems.append(report(field, limit.refusal(figure, unit), Severity.ERROR))


def maybe_too_large(plan: ReadingPlan) -> pl.Expr:
    """Vectorised and loose: rows with a figure of as many whole digits as a limit allows, or more, go to the
    row-by-row checks (masses in kilograms; an amount may be quantity x unit price)."""

    def number(field: str) -> pl.Expr:
        factor = float(plan.header_factors.get(field, 1))
        return pl.col(f"{field}_n").cast(pl.Float64, strict=False).abs() * factor

    def reaching(figure: pl.Expr, limit: FigureLimit) -> pl.Expr:
        return (figure >= 10.0 ** (limit.whole_digits - 1)).fill_null(False)

    return pl.any_horizontal(
        reaching(number("value"), AMOUNT),
        reaching(number("quantity") * number("unit_price"), AMOUNT),
        reaching(number("quantity"), QUANTITY),
        reaching(number("net_mass"), MASS),
        reaching(number("gross_mass"), MASS),
    )
