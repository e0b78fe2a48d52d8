"""The currency of a whole list, and where it was read: header, title rows (after a currency word, or else after
the delivery terms and place: 'FOB NINGBO, EUR'), currency column, amount cells or, in a workbook stating it nowhere
else, the amount cells' number formats."""

from collections.abc import Collection
from functools import partial

import polars as pl

from adapters.reading.cell_currencies import AMOUNT_FIELDS, format_marks
from adapters.reading.currencies import currency_code, currency_in_cells, currency_in_title
from adapters.reading.format_vote import commonest_format_mark
from adapters.reading.header_currency import currency_in_header
from adapters.reading.header_detection import HeaderLayout
from adapters.reading.raw_table import RawTable, column_name
from adapters.reading.row_labels import not_goods_rows
from adapters.reading.row_runs import RowRuns
from adapters.reading.terms_currency import currency_after_terms_in
from domain.goods.currency_source import CurrencySource


def field_column(sample: pl.DataFrame, layout: HeaderLayout, field: str) -> pl.Series | None:
    index = layout.columns.get(field)
    return None if index is None else sample.get_column(column_name(index))


def file_currency(
    table: RawTable, layout: HeaderLayout, sample: pl.DataFrame, left_out: Collection[int]
) -> tuple[str | None, CurrencySource | None, dict[str, RowRuns]]:
    """The list's currency, where it was read, and the currencies number formats show per amount field (only
    when nothing else states one); `left_out`: the rows below the header not read as lines. Total and charge
    rows ('Total CIF', 'Freight') do not vote for the currency formats show either: the goods lines' amounts do,
    'TOTAL Quartz 9000' (an engine oil) among them."""
    in_column = _currency_column(layout, sample)
    currency, source = _stated_currency(table, layout, sample, in_column)
    shown = {} if currency or in_column else format_marks(table.format_currencies, layout.columns)
    not_goods = partial(not_goods_rows, table.frame, layout)
    if currency is None and (formatted := commonest_format_mark(shown, layout.first_data_row, left_out, not_goods)):
        place = "the commonest in the amount cells' number formats"
        currency, source = formatted, CurrencySource(layout.written[next(iter(shown))], place)
    return currency, source, shown


def _currency_column(layout: HeaderLayout, sample: pl.DataFrame) -> set[str]:
    """The currencies the currency column's cells name."""
    column = field_column(sample, layout, "currency")
    values = [] if column is None else column.drop_nulls().unique().to_list()
    return {code for value in values if (code := currency_code(value))}


def _stated_currency(
    table: RawTable, layout: HeaderLayout, sample: pl.DataFrame, in_column: set[str]
) -> tuple[str | None, CurrencySource | None]:
    amount_headers = [layout.written[field] for field in AMOUNT_FIELDS if field in layout.written]
    for header in amount_headers:
        if found := currency_in_header(header):
            return found, CurrencySource(header, f"from the header '{header}'")
    title_rows = [list(row) for row in table.frame.head(layout.header_row).iter_rows()]
    if found := currency_in_title(title_rows) or currency_after_terms_in(title_rows):
        return found, CurrencySource(next(iter(amount_headers), None), "from the title rows")
    if len(in_column) == 1:
        header = layout.written["currency"]
        return next(iter(in_column)), CurrencySource(header, f"from column '{header}'")
    for field in AMOUNT_FIELDS:
        if (column := field_column(sample, layout, field)) is not None and (found := currency_in_cells(column)):
            return found, CurrencySource(layout.written[field], "the commonest in the file's amount cells")
    return None, None
