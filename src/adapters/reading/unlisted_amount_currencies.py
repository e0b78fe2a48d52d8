"""Total and charge rows are not declared, but an amount of theirs in another currency than the lines' is named
in a warning on its cell: a printed total should be in the lines' currency, and a charge goes into the
declaration header's costs, in the invoice's currency."""

from adapters.reading.cell_currencies import marked_otherwise, marked_reason
from adapters.reading.line_building import LineBuilder
from adapters.reading.line_sums import LineSums
from adapters.reading.normalised_row import NormalisedRow
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import NO_CURRENCY

_CHECK = "the row is not declared, but check which currency the amounts are in"


def lines_currency(list_currency: str | None, sums: LineSums) -> str | None:
    """The list's currency, else the one every line read so far is in."""
    read = sums.currencies - {NO_CURRENCY}
    return list_currency or (next(iter(read)) if len(read) == 1 else None)


def other_currency_notes(row: NormalisedRow, builder: LineBuilder, currency: str | None) -> list[RowProblem]:
    """A warning for each amount cell of the row whose text or number format shows another currency than
    `currency`, the lines'."""
    shown = {
        "value": row.value_currency or row.value_format,
        "unit_price": row.unit_price_currency or row.unit_price_format,
    }
    return [
        builder.problem(
            row,
            field,
            f"{marked_reason(getattr(row, field), mark)}, but the lines' currency is {currency}: {_CHECK}",
            Severity.WARNING,
        )
        for field, mark in marked_otherwise(currency, shown).items()
    ]
