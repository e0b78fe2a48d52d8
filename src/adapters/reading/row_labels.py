"""What a row's label says it is, vectorised over a chunk or the whole table: a total ('TOTAL', 'Итого:'), maybe a
total ('Total CIF Ashgabat'; 'TOTAL Quartz 9000', an engine oil, is goods), or a charge ('Freight', 'Фрахт').
The label stands in the description column or a column the list does not read, or in any cell of a row whose
description is empty."""

from collections.abc import Collection

import polars as pl

from adapters.reading.charge_rows import charge_label
from adapters.reading.header_detection import HeaderLayout
from adapters.reading.numbers import is_blank
from adapters.reading.raw_table import column_name
from adapters.reading.total_rows import label_cells, total_label_columns, total_like_label, total_row

OWN_MEASURES = ("quantity", "net_mass", "gross_mass")  # a charge row has none of these
_GOODS_DETAILS = ("unit", "origin", "declared_code")  # a row with one of these is goods, whatever its label


def any_true(expressions: list[pl.Expr]) -> pl.Expr:
    return pl.any_horizontal([e.fill_null(False) for e in expressions]) if expressions else pl.lit(False)


def row_labels(layout: HeaderLayout, label_columns: Collection[int], width: int) -> dict[str, pl.Expr]:
    """`is_total`, `maybe_total` and `charge_label` (the label, or null) of the rows of a raw frame `width` wide."""
    mapped = layout.columns
    labels, others = label_cells(layout, label_columns, width)
    undescribed = is_blank(pl.col(column_name(mapped["description"])))
    details = any_true([~is_blank(pl.col(column_name(mapped[f]))) for f in _GOODS_DETAILS if f in mapped])
    return {
        "is_total": total_row(labels, others, undescribed),
        "maybe_total": total_like_label(labels, details) | undescribed & total_like_label(others, details),
        "charge_label": pl.coalesce(charge_label(labels), pl.when(undescribed).then(charge_label(others))),
    }


def not_goods_rows(frame: pl.DataFrame, layout: HeaderLayout) -> list[int]:
    """The frame rows below the header that are, or may be, total rows, and the charge rows (a charge label, no
    quantity or mass of its own): known from their cells alone, before any line is read."""
    kinds = row_labels(layout, total_label_columns(layout, frame.width), frame.width)
    measures = [is_blank(pl.col(column_name(layout.columns[f]))) for f in OWN_MEASURES if f in layout.columns]
    rows = frame.with_row_index("position").slice(layout.first_data_row)
    totals = rows.filter(kinds["is_total"] | kinds["maybe_total"]).get_column("position")
    unmeasured = rows.filter(pl.all_horizontal(measures)) if measures else rows  # the charge pattern is slow
    charges = unmeasured.filter(kinds["charge_label"].is_not_null()).get_column("position")
    return sorted({*totals, *charges})
