"""How much of a product list the reader accepts before it calls the file unusable."""

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReadingLimits:
    """Every size limit of the reader in one place; the defaults fit an invoice of 2,000,000 lines.

    `max_searched_sheets`: how many sheets of a workbook, in order, are searched for the list's header; a sheet
    after them is never read (a workbook of thousands of sheets would otherwise be read whole to find one)."""

    max_bytes: int = 256 * MIB
    max_rows: int = 2_000_000
    max_columns: int = 500
    # rows x columns up to a sheet's farthest cell, all laid out (~50 bytes each): 400,000 lines of 50 columns
    max_sheet_cells: int = 20_000_000
    max_cell_chars: int = 4_000
    max_uncompressed_xlsx_bytes: int = 1024 * MIB
    max_compression_ratio: float = 200.0
    max_searched_sheets: int = 100


def readable_size(size: float) -> str:
    """12_345_678 -> '11.8 MB', 20_000 -> '19.5 KB'."""
    for unit in ("bytes", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:,.0f} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024
    return f"{size:,.1f} GB"


def sizes_apart(size: int, limit: int) -> tuple[str, str]:
    """Both sizes readable, in bytes where rounding would show a size over the limit as equal to it."""
    if size != limit and readable_size(size) == readable_size(limit):
        return f"{size:,} bytes", f"{limit:,} bytes"
    return readable_size(size), readable_size(limit)
