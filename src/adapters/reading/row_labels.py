"""What a row's label says it is, vectorised over a chunk or the whole table: a total ('TOTAL', 'Итого:'), maybe a
total ('Total CIF Ashgabat'; 'TOTAL Quartz 9000', an engine oil, is goods), or a charge ('Freight', 'Фрахт').
The label stands in the description column or a column the list does not read, or in any cell of a row whose
description is empty."""

from collections.abc import Callable, Collection, Iterator, Sequence
from itertools import islice

import polars as pl

from adapters.reading.charge_rows import charge_label, tax_label
from adapters.reading.header_detection import HeaderLayout
from adapters.reading.numbers import is_blank
from adapters.reading.raw_table import column_name
from adapters.reading.section_titles import filled_cells, lone_label
from adapters.reading.total_charges import total_of_a_charge
from adapters.reading.total_rows import label_cells, total_label_columns, total_like_label, total_of_terms, total_row

OWN_MEASURES = ("quantity", "net_mass", "gross_mass")  # a charge row has none of these
# ... but for a service billed once: a quantity of one in no unit or a unit of service ('Nakliye (Kayseri -
# Aşgabat)', 1 Sefer; 'Verpackung', 1 psch), with no origin and no commodity code ('Loading Ramp - Steel', 1 pcs, China
# is goods)
SERVICE_UNITS = (
    "sefer", "trip", "trips", "рейс", "рейса", "услуга", "услуги", "усл", "усл.", "psch", "psch.", "pauschal",
    "pausch.", "lump sum", "ls", "l.s.", "lot", "job", "service", "hizmet", "hyzmat", "gezek", "reýs", "reys",
    "xizmat", "xidmət", "leistung",
)  # fmt: skip


def billed_once() -> pl.Expr:
    """A row's quantity and unit are one service's (see SERVICE_UNITS); the row's cells, as normalised."""
    unit = pl.col("unit").str.strip_chars().str.to_lowercase()
    return (
        (pl.col("quantity_n").cast(pl.Float64, strict=False) == 1)
        & (unit.is_null() | (unit == "") | unit.is_in(SERVICE_UNITS))
        & is_blank(pl.col("origin"))
        & is_blank(pl.col("declared_code"))
    )


_GOODS_DETAILS = ("unit", "origin", "declared_code")  # a row with one of these is goods, whatever its label
_FIRST_LOOKED_AT = 64  # rows whose labels lines_among reads first; four times as many each time after

NotGoods = Callable[[list[int]], Collection[int]]  # of some frame rows, the totals and charges: not_goods_rows


def any_true(expressions: list[pl.Expr]) -> pl.Expr:
    return pl.any_horizontal([e.fill_null(False) for e in expressions]) if expressions else pl.lit(False)


def _cells(layout: HeaderLayout, label_columns: Collection[int], width: int) -> tuple[list[str], list[str], pl.Expr]:
    """(the label columns, the other columns, whether the description is empty) of a raw frame `width` wide."""
    labels, others = label_cells(layout, label_columns, width)
    return labels, others, is_blank(pl.col(column_name(layout.columns["description"])))


def _goods_details(layout: HeaderLayout) -> pl.Expr:
    mapped = layout.columns
    return any_true([~is_blank(pl.col(column_name(mapped[f]))) for f in _GOODS_DETAILS if f in mapped])


def _charge_label(labels: list[str], others: list[str], undescribed: pl.Expr, width: int) -> pl.Expr:
    """A tax named anywhere in a row without a description makes a charge only beside another cell (its amount):
    a lone text that cites the VAT law is a note. A total word before a charge word ('Toplam İskonto') is a charge
    too (see total_charges)."""
    taxed = pl.when(filled_cells(width) > 1).then(tax_label([*labels, *others], anywhere=True))
    anywhere = pl.coalesce(charge_label(others), total_of_a_charge(others), taxed)
    labelled = (charge_label(labels), total_of_a_charge(labels), tax_label(labels, anywhere=False))
    return pl.coalesce(*labelled, pl.when(undescribed).then(anywhere))


def _total_of_a_charge(labels: list[str], others: list[str], undescribed: pl.Expr) -> pl.Expr:
    """A label such as 'Toplam İskonto' is a charge, never maybe a total (see total_charges)."""
    return total_of_a_charge(labels).is_not_null() | undescribed & total_of_a_charge(others).is_not_null()


def row_labels(layout: HeaderLayout, label_columns: Collection[int], width: int) -> dict[str, pl.Expr]:
    """`is_total`, `maybe_total`, `charge_label` (the label, or null) and `lone_text` (the text of a row with
    words only, or null) of the rows of a raw frame `width` wide."""
    labels, others, undescribed = _cells(layout, label_columns, width)
    details = _goods_details(layout)
    return {
        "is_total": total_row(labels, others, undescribed),
        "maybe_total": (total_like_label(labels, details) | undescribed & total_like_label(others, details))
        & ~_total_of_a_charge(labels, others, undescribed),
        "charge_label": _charge_label(labels, others, undescribed, width),
        "lone_text": lone_label(labels, width),
    }


def not_goods_rows(frame: pl.DataFrame, layout: HeaderLayout, rows: Sequence[int]) -> set[int]:
    """Of `rows`, frame rows below the header, the total rows and the charge rows (a charge label, no quantity or
    mass of its own), known from their cells alone before any line is read. A label that starts with a total word
    is a total here when only qualifiers and delivery terms follow ('Total CIF Ashgabat'), not when it names goods
    ('TOTAL Quartz 9000'). Only `rows` are looked at: the labels of a large sheet are slow to read."""
    labels, others, undescribed = _cells(layout, total_label_columns(layout, frame.width), frame.width)
    details = _goods_details(layout)
    totals = total_row(labels, others, undescribed) | total_of_terms(labels, details)
    totals |= undescribed & total_of_terms(others, details)
    measures = [is_blank(pl.col(column_name(layout.columns[f]))) for f in OWN_MEASURES if f in layout.columns]
    looked_at = frame.with_row_index("position").select(pl.all().gather([r for r in rows if r < frame.height]))
    unmeasured = looked_at.filter(pl.all_horizontal(measures)) if measures else looked_at  # the charge pattern is slow
    charges = unmeasured.filter(_charge_label(labels, others, undescribed, frame.width).is_not_null())
    return {*looked_at.filter(totals).get_column("position"), *charges.get_column("position")}


def lines_among(rows: Iterator[int], not_goods: NotGoods, enough: float = float("inf")) -> int:
    """How many of `rows` may be lines (a row may come more than once), counted until more than `enough` are. The
    labels of a few rows are read first, then of four times as many each time: a column formatted in full is told
    by its first rows, not by the labels of the whole sheet."""
    lines, size = 0, _FIRST_LOOKED_AT
    while lines <= enough and (looked_at := list(islice(rows, size))):
        excluded = not_goods(looked_at)
        lines += sum(row not in excluded for row in looked_at)
        size *= 4
    return lines
