"""A list of goods descriptions alone, without a header row (one column, its first cell 'Цемент портландский М500'):
read as descriptions from its first row, as `classify` takes them. Only a file whose cells are all in one column,
and whose first text names no field, is read so; any other file without a header is refused (see missing_header)."""

import polars as pl

from adapters.reading.header_detection import HeaderLayout
from adapters.reading.header_matching import field_scores
from adapters.reading.numbers import is_blank
from adapters.reading.raw_table import RawTable, column_name
from adapters.reading.table_cells import is_numeric, text_of
from domain.declaration.descriptions import MAX_DESCRIPTION


def descriptions_without_a_header(table: RawTable) -> HeaderLayout | None:
    """The layout of a one-column list of descriptions, the first written row its first line; None for any other."""
    frame = table.frame
    filled = [i for i in range(frame.width) if not frame.select(is_blank(pl.col(column_name(i))).all()).item()]
    if len(filled) != 1:
        return None
    (column,) = filled
    texts = [text_of(value) for value in frame.get_column(column_name(column)).to_list()]
    first = next(row for row, text in enumerate(texts) if text)
    text = texts[first]
    if is_numeric(text) or field_scores(text) or len(text) > MAX_DESCRIPTION:
        return None
    return HeaderLayout(
        header_row=first,
        first_data_row=first,
        columns={"description": column},
        written={"description": ""},
        score=0,
        width=column + 1,
    )
