"""What the bytes of a text file show before it is decoded: a BOM, UTF-16 without one, or binary data. The upload's
sniff and the CSV reader go by these same rules, so a file the one lets through the other reads."""

import codecs
import re

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BINARY_SHARE = 20  # one character in 20 a control code: binary data, not a few stray codes in text
_STRAY_CONTROLS = 2  # a single one is a stray code, whatever the length of the text
_ASCII_SHARE = 32  # in UTF-16 text of a list, at least one character in 32 is a delimiter, digit or line break


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a BOM names, and the BOM's length."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """Each ASCII character of UTF-16 text (a delimiter, a digit, a line break) has a zero byte, and 8-bit or
    UTF-8 text has none: zeros in one code unit in 32, all in the same half of it, make UTF-16, however much of
    the rest is Cyrillic ('Н' is 0x041D)."""
    sample = data[:4096]
    units = len(sample) // 2
    if units < 2:
        return None
    odd_zeros = sample[1::2].count(0)
    even_zeros = sample[0::2].count(0)
    if odd_zeros * _ASCII_SHARE >= units and even_zeros < odd_zeros // 4:
        return "utf-16-le"
    if even_zeros * _ASCII_SHARE >= units and odd_zeros < even_zeros // 4:
        return "utf-16-be"
    return None


def looks_binary(sample: str) -> bool:
    """A substantial share of control codes; NULs padding the end of a text file do not count."""
    sample = sample.rstrip("\x00")
    controls = len(_CONTROL.findall(sample))
    return controls >= _STRAY_CONTROLS and controls * _BINARY_SHARE > len(sample)
