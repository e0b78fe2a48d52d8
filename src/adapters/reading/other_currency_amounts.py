"""An invoice with an amount column per currency ('Amount USD', 'Amount EUR'): one is read as the value, and a line
whose amount stands only in another is declared at its quantity x unit price in the read one's currency, or at
none. Such rows are named once for the file, with the column that holds their amounts."""

import polars as pl

from adapters.reading.header_currency import currency_in_header
from adapters.reading.header_detection import HeaderLayout
from adapters.reading.header_matching import MIN_SCORE, field_scores
from adapters.reading.numbers import is_blank
from adapters.reading.raw_table import RawTable, column_name
from adapters.reading.table_cells import text_of
from domain.goods.problems import RowProblem, Severity

_LISTED_ROWS = 10


def other_currency_amount_notes(table: RawTable, layout: HeaderLayout, left_out: set[int]) -> list[RowProblem]:
    """A warning for each amount column in another currency than the value's that holds the amount of rows whose
    value cell is empty; `left_out`: frame rows that are no goods lines (totals, footers)."""
    if "value" not in layout.columns:
        return []
    value_column = layout.columns["value"]
    read = currency_in_header(layout.written["value"])
    texts = [text_of(cell) for cell in table.frame.row(layout.header_row)]
    body = table.frame.with_row_index("position").slice(layout.first_data_row)
    body = body.filter(~pl.col("position").is_in(list(left_out)) & is_blank(pl.col(column_name(value_column))))
    notes = []
    for column, text in enumerate(texts):
        other = currency_in_header(text) if text and column != value_column else None
        if other is None or other == read or field_scores(text).get("value", 0) < MIN_SCORE:
            continue
        rows = body.filter(~is_blank(pl.col(column_name(column))))["position"].to_list()
        if rows:
            notes.append(RowProblem(None, text, _reason(layout, other, rows), Severity.WARNING))
    return notes


def _reason(layout: HeaderLayout, currency: str, positions: list[int]) -> str:
    numbers = [str(position - layout.first_data_row + 1) for position in positions[:_LISTED_ROWS]]
    more = f" and {len(positions) - _LISTED_ROWS} more" if len(positions) > _LISTED_ROWS else ""
    rows = f"row {numbers[0]}" if len(positions) == 1 else f"rows {', '.join(numbers)}{more}"
    return (
        f"holds amounts in {currency} on {rows}, whose '{layout.written['value']}' is empty: "
        f"only '{layout.written['value']}' is read as the value; convert them into it, or name the column to read as "
        "value=HEADER"
    )
