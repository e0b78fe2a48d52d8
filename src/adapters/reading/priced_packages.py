"""A packages column that counts what the price is for. Under 'Количество' a list may write 'в одном месте' (in one
package) and 'мест, штук' (packages, in pieces): the ТОРГ-12 counts packages there, but some lists write the pieces
('1 200' at 180.00 is 216 000.00) and leave the packages out. Read as packages, the line's quantity would be the
figure per package times them (50 x 1 200) and contradict every amount; so, when on every line the packages column's
figure times the unit price is the amount and the figure per package times it is not, that column is the quantity
(the packages are left empty), and a warning says so; only where its header names pieces as well: 'CTNS' beside a
price per carton counts cartons."""

from collections.abc import Collection
from dataclasses import replace
from decimal import Decimal

import polars as pl

from adapters.reading.header_detection import HeaderLayout
from adapters.reading.numbers import column_style, with_numbers
from adapters.reading.raw_table import RawTable, column_name
from adapters.reading.text_keys import text_key
from adapters.reading.units import PIECES, unit_code

_LOOKED_AT = 50  # rows below the header whose figures decide
_TOLERANCE = Decimal("0.005")  # of the amount, as line_checks allows a rounded amount
_FIELDS = ("packages", "quantity", "unit_price", "value")


def _figures(table: RawTable, layout: HeaderLayout) -> list[tuple[Decimal, ...]]:
    """The rows below the header, of the first looked at, stating every figure of _FIELDS, above zero."""
    body = table.frame.slice(layout.first_data_row, _LOOKED_AT)
    raw = body.select(pl.col(column_name(layout.columns[field])).alias(field) for field in _FIELDS)
    styles = {field: column_style(raw.get_column(field), table.decimal_comma_hint).decimal_comma for field in _FIELDS}
    numbers = with_numbers(raw.lazy(), dict(styles)).select(f"{field}_n" for field in _FIELDS).drop_nulls().collect()
    rows = [tuple(Decimal(value) for value in row) for row in numbers.iter_rows()]
    return [row for row in rows if all(figure > 0 for figure in row)]


def _names_pieces(header: str) -> bool:
    """Whether the packages header names pieces as well ('Количество / мест, штук')."""
    return any(unit_code(word) == PIECES for word in text_key(header).split())


def _agrees(count: Decimal, price: Decimal, amount: Decimal) -> bool:
    return abs(count * price - amount) <= max(Decimal("0.01"), amount * _TOLERANCE)


def priced_packages(table: RawTable, layout: HeaderLayout, named: Collection[str] = ()) -> HeaderLayout:
    """The layout with the packages column read as the quantity when it counts what the price is for (see the
    module); the note goes to the table's notes. A column the broker `named` (fields) keeps its field."""
    if "quantity" not in layout.per_package or not {"packages", "unit_price", "value"} <= layout.columns.keys():
        return layout
    if "packages" in named or not _names_pieces(layout.written["packages"]):
        return layout  # 'CTNS' beside a price per carton counts cartons: only 'мест, штук' may count pieces
    rows = _figures(table, layout)
    if not rows or not all(_agrees(packages, price, amount) for packages, _, price, amount in rows):
        return layout
    if all(_agrees(packages * each, price, amount) for packages, each, price, amount in rows):
        return layout  # one in each package: both readings agree, the packages stay packages
    written = layout.written
    table.notes.append(
        f"column '{written['packages']}' is read as the quantity, not as the packages: on every line its figure "
        f"times the unit price ('{written['unit_price']}') is the amount ('{written['value']}'), and times the "
        f"figure per package of column '{written['quantity']}' it would not be; the lines state no packages"
    )
    columns = {field: column for field, column in layout.columns.items() if field != "quantity"}
    columns["quantity"] = columns.pop("packages")
    headers = {field: text for field, text in written.items() if field != "quantity"}
    headers["quantity"] = headers.pop("packages")
    return replace(layout, columns=columns, written=headers, per_package=layout.per_package - {"quantity"})
