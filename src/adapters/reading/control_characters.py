"""Control and invisible format characters in cells (a BEL typed into Excel, '_x0007_' in a workbook, a NUL in a
CSV, a right-to-left override or a zero-width space pasted with a description): invisible, and either not allowed
in the declaration's XML or able to show its text otherwise than it reads. They are removed from every cell; tab
and line breaks are kept (a description's become spaces), and so is every letter, of any script. The cells
cleaned are noted, so the lines built from them carry a warning."""

import polars as pl

from adapters.reading.raw_table import RawTable

# C0 and C1 controls but tab and line breaks; the soft hyphen; the Arabic letter mark; the Mongolian vowel
# separator; zero-width spaces, the joiner and the direction marks (not the zero-width non-joiner: Persian words are
# spelt with it, "می‌خواهم"); embeddings and overrides (U+202A-E); the word
# joiner and invisible operators; isolates (U+2066-9) and the deprecated format controls; a BOM within the text;
# interlinear annotation marks; the non-characters U+FFFE and U+FFFF; tag characters (text hidden in plain sight)
CONTROL_CHARACTER = (
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\x{ad}\x{61c}\x{180e}\x{200b}\x{200d}-\x{200f}\x{202a}-\x{202e}"
    r"\x{2060}-\x{2064}\x{2066}-\x{206f}\x{feff}\x{fff9}-\x{fffb}\x{fffe}\x{ffff}\x{e0000}-\x{e007f}]"
)


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
