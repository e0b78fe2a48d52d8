"""The product lines of one normalised chunk, in row order: clean rows column by column, the others one by
one through the checks and the watch on total rows, which counts every line in order."""

from bisect import bisect_left

import polars as pl

from adapters.reading.chunk_normalising import row_by_row
from adapters.reading.clean_lines import clean_lines
from adapters.reading.line_building import LineBuilder
from adapters.reading.totals import TotalsWatch
from domain.goods.product_line import ProductLine


def _add_goods(lines: list[ProductLine], goods: list[ProductLine], watch: TotalsWatch) -> None:
    if goods and watch.holding:
        lines.extend(watch.release())
    lines.extend(watch.counted(goods))


def chunk_lines(frame: pl.DataFrame, builder: LineBuilder, watch: TotalsWatch) -> list[ProductLine]:
    watch.start_chunk()
    slow = frame.get_column("slow")
    clean = frame.filter(~slow)
    goods = clean_lines(clean, builder.plan)
    if clean.height == frame.height and not watch.holding:
        return watch.counted(goods)
    positions = clean.get_column("position").to_list()
    lines: list[ProductLine] = []
    taken = 0
    for row in row_by_row(frame.filter(slow)):
        before = bisect_left(positions, row.position, lo=taken)
        _add_goods(lines, goods[taken:before], watch)
        taken = before
        lines.extend(watch.take(row))
    _add_goods(lines, goods[taken:], watch)
    return lines
