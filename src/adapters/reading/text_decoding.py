"""Bytes of a CSV to text: BOMs, UTF-16 without a BOM, UTF-8, then the 8-bit code pages of the region and of the
suppliers' languages, then Chinese GB18030. Text in none of them is refused; whether the text holds '�' (a byte its
code page does not define) is kept, for replacement_characters to say where, and a doubt between two code pages, as
a warning."""

import re
from dataclasses import dataclass
from typing import NamedTuple

from adapters.reading.chinese_text import GB18030, reads_as_chinese
from adapters.reading.code_page_doubt import doubt_note
from adapters.reading.code_pages import SCORED_BYTES, PageChoice, code_page
from application.pipeline.text_signs import bom_encoding, looks_binary, utf16_without_bom
from application.ports.reader import UnusableFile

_SAMPLE_BYTES = 256 * 1024
HEAD_CHARS = 128 * 1024
_UTF8_LETTER = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


class _CodePageText(NamedTuple):
    text: str
    page: str
    doubt: str | None


def _decode_lines(data: bytes, filename: str) -> _CodePageText:
    """The text of a file that is not all UTF-8: read in the code page that reads it best (see code_pages),
    except that a line that is UTF-8 with letters beyond ASCII stays UTF-8 (pasted in from another program); so
    one stray byte or one pasted line garbles no other line. A file with no UTF-8 sequence at all is decoded in
    one go. Raises UnusableFile when no line is UTF-8 and no code page reads the rest plausibly."""
    if not _UTF8_LETTER.search(data):
        choice = _code_page(data, filename)
        return _CodePageText(data.decode(choice.page, errors="replace"), choice.page, doubt_note(data, choice))
    lines = data.splitlines(keepends=True)
    utf8: dict[int, str] = {}
    for number, line in enumerate(lines):
        if not line.isascii() and _UTF8_LETTER.search(line):
            try:
                utf8[number] = line.decode("utf-8")
            except UnicodeDecodeError:
                continue
    others = b"".join(_others(lines, utf8))
    choice = _code_page(others, filename) if not utf8 else code_page(others)
    text = "".join(
        utf8[number] if number in utf8 else line.decode(choice.page, errors="replace")
        for number, line in enumerate(lines)
    )
    return _CodePageText(text, choice.page, doubt_note(others, choice))


def _code_page(data: bytes, filename: str) -> PageChoice:
    """The code page of these bytes, else Chinese GB18030 when they read as Chinese in it (see chinese_text);
    UnusableFile when none reads them plausibly (binary data is told later)."""
    choice = code_page(data)
    if choice.plausible:
        return choice
    if reads_as_chinese(data[:SCORED_BYTES]):
        return PageChoice(GB18030, True)
    if not looks_binary(data[:_SAMPLE_BYTES].decode(choice.page, errors="replace")):
        raise UnusableFile(
            f"{filename} is in a text encoding that could not be recognised (not UTF-8, UTF-16, Chinese GB18030 or "
            "a Cyrillic, Latin, Greek, Hebrew or Arabic code page); save it as UTF-8 (in Excel: Save As, "
            "'CSV UTF-8') and upload it again."
        )
    return choice


def _others(lines: list[bytes], utf8: dict[int, str]) -> list[bytes]:
    """The first lines not in UTF-8, as many as the code page is told from."""
    sample, size = [], 0
    for number, line in enumerate(lines):
        if number not in utf8 and not line.isascii():
            sample.append(line)
            size += len(line)
            if size >= SCORED_BYTES:
                break
    return sample


@dataclass(frozen=True, slots=True)
class DecodedText:
    """The file as UTF-8 for Polars (its own bytes when it was UTF-8 already) and its first characters as text;
    the whole text is not kept, so a large file is not held three times over. `encoding`: what the bytes were
    read as ('utf-8', 'utf-16-le', a code page); `replaced`: whether the text holds '�'; `doubt`: the warning
    when another code page reads the file as plausibly (see code_page_doubt)."""

    head: str
    utf8: bytes
    encoding: str = "utf-8"
    replaced: bool = False
    doubt: str | None = None


def decode_text(data: bytes, filename: str) -> DecodedText:
    """Raises UnusableFile when the bytes are not text."""
    bom = bom_encoding(data)
    if bom is not None:
        encoding, skip = bom
    else:
        encoding, skip = utf16_without_bom(data) or "utf-8", 0
    doubt = None
    try:
        text = data[skip:].decode(encoding)
    except UnicodeDecodeError as error:
        if encoding == "utf-8" and skip:  # a program wrote the UTF-8 mark before text in a code page
            text, encoding, doubt = _decode_lines(data[skip:], filename)
            doubt = f"the file starts with the UTF-8 mark but is written in {encoding}; it was read as {encoding}"
        elif encoding != "utf-8":
            line = data[skip : skip + error.start].decode(encoding).count("\n") + 1
            raise UnusableFile(
                f"{filename} is not valid {encoding} text (line {line}); save it as UTF-8 (in Excel: Save As, "
                "'CSV UTF-8') and upload it again."
            ) from None
        else:
            text, encoding, doubt = _decode_lines(data, filename)  # in a code page, never 'utf-8'
    if looks_binary(text[:_SAMPLE_BYTES]):
        raise UnusableFile(f"{filename} holds binary data, not the text of a CSV or the cells of a workbook.")
    utf8 = data[skip:] if encoding == "utf-8" else text.encode("utf-8")
    return DecodedText(text[:HEAD_CHARS], utf8, encoding, "\ufffd" in text, doubt)
