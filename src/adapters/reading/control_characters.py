"""Control characters in cells (a BEL typed into Excel, '_x0007_' in a workbook, a NUL in a CSV): invisible, and
not allowed in the declaration's XML. They are removed from every cell; tab and line breaks are kept (a
description's become spaces) and the cells cleaned are noted, so the lines built from them carry a warning."""

import polars as pl

from adapters.reading.raw_table import RawTable

CONTROL_CHARACTER = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\x{fffe}\x{ffff}]"


def without_control_characters(table: RawTable) -> RawTable:
    """The table with control characters removed; `table.cleaned_cells` lists each cell they were in."""
    frame = table.frame
    found = frame.select(pl.all().str.contains(CONTROL_CHARACTER).any()).row(0)
    dirty = [name for name, any_found in zip(frame.columns, found, strict=True) if any_found]
    for name in dirty:
        rows = frame.with_row_index("row").filter(pl.col(name).str.contains(CONTROL_CHARACTER)).get_column("row")
        table.cleaned_cells.update((row, int(name[1:])) for row in rows.to_list())
    if dirty:
        table.frame = frame.with_columns(pl.col(dirty).str.replace_all(CONTROL_CHARACTER, ""))
    return table
