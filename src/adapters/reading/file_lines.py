"""Where a CSV row stands in the file: its line, counting the line breaks inside quoted fields above it."""

from bisect import bisect_left
from dataclasses import dataclass

import polars as pl


@dataclass(frozen=True, slots=True)
class FileLines:
    """Only the rows whose fields hold line breaks are kept; in most files there are none."""

    rows: tuple[int, ...] = ()  # frame rows whose fields hold line breaks, ascending
    breaks: tuple[int, ...] = ()  # the line breaks in fields of those rows, summed up to each

    def line_of(self, position: int) -> int:
        """The 1-based line of the file on which this frame row starts (a blank line is a frame row too)."""
        above = bisect_left(self.rows, position)
        return position + 1 + (self.breaks[above - 1] if above else 0)


def file_lines(frame: pl.DataFrame) -> FileLines:
    """The lines of a CSV read into `frame`, one frame row per record."""
    if not frame.columns:
        return FileLines()
    counts = pl.sum_horizontal(pl.col(c).str.count_matches("\n").fill_null(0) for c in frame.columns)
    broken = frame.select(counts.alias("breaks")).with_row_index("row").filter(pl.col("breaks") > 0)
    rows, breaks = broken.get_column("row").to_list(), broken.get_column("breaks").cum_sum().to_list()
    return FileLines(tuple(rows), tuple(breaks))


def place_in_file(position: int, is_workbook: bool, lines: FileLines, sheet: str | None) -> str:
    """Where to look for a frame row: 'spreadsheet row 8' in a workbook ("spreadsheet row 8 on sheet 'Goods'" in
    one of several sheets: `sheet`), 'line 8 of the file' in a CSV."""
    if is_workbook:
        return f"spreadsheet row {position + 1}{on_sheet(sheet)}"
    return f"line {lines.line_of(position)} of the file"


def on_sheet(sheet: str | None) -> str:
    """ " on sheet 'Goods'" after a spreadsheet row, when the workbook has several sheets; else nothing."""
    return f" on sheet '{sheet}'" if sheet else ""
