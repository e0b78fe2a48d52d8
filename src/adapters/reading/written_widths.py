"""How many fields each record of a CSV was written with, an empty last one included: the table read from it pads
short rows with empty cells, so only the text tells a row with one field too many (a stray delimiter in a cell)."""

import csv
import io


def written_widths(utf8: bytes, delimiter: str, rows: int) -> tuple[int, ...]:
    """One count per record, streamed from the bytes; () when the records do not line up with the `rows` the
    table was read into, so no row is judged by another's count."""
    text = io.TextIOWrapper(io.BytesIO(utf8), encoding="utf-8-sig", newline="")
    try:
        widths = tuple(len(record) for record in csv.reader(text, delimiter=delimiter))
    except csv.Error:
        return ()
    return widths if len(widths) == rows else ()
