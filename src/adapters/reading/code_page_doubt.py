"""The warning for a CSV that two code pages read as plausibly, with letters about as common in their languages
and not the same: French 'Matière' in cp1252 is 'Matičre', a plausible Czech spelling, in cp1250. The reader
takes one (see code_pages); the warning names the first word the other would write otherwise."""

import re

from adapters.reading.code_pages import CODE_PAGES, SCORED_BYTES, PageChoice

_WORD_BYTES = re.compile(rb"[A-Za-z\x80-\xff]+")  # every code page read writes ASCII as ASCII


def _first_word_read_otherwise(sample: bytes, page: str, rival: str) -> tuple[str, str]:
    for match in _WORD_BYTES.finditer(sample):
        read, otherwise = match.group().decode(page, errors="replace"), match.group().decode(rival, errors="replace")
        if read != otherwise:
            return read, otherwise
    return "", ""


def doubt_note(sample: bytes, choice: PageChoice) -> str | None:
    """`sample`: the bytes the code page was told from; None when the choice is not in doubt."""
    if choice.rival is None:
        return None
    read, otherwise = _first_word_read_otherwise(sample[:SCORED_BYTES], choice.page, choice.rival)
    return (
        f"the file's text encoding is in doubt: read as {CODE_PAGES[choice.page]} ({choice.page}), it writes "
        f"'{read}'; read as {CODE_PAGES[choice.rival]} ({choice.rival}), as plausibly, '{otherwise}': check the "
        "letters against the invoice, or save the file as UTF-8 and upload it again"
    )
