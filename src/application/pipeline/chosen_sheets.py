"""The workbook sheets a broker names to read, as the upload form's `sheets` writes them: one per line, or several
on a line parted by ';' (the command line's --sheet, repeated)."""

import re

_PARTS = re.compile(r"[;\n]")


def form_sheets(text: str) -> tuple[str, ...]:
    """'Invoice 1; Invoice 2' and the same on two lines both give ('Invoice 1', 'Invoice 2'); blanks and repeats
    are left out."""
    names = (part.strip() for part in _PARTS.split(text))
    return tuple(dict.fromkeys(name for name in names if name))
