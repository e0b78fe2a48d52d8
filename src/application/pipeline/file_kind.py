"""What an uploaded file really is, from its first bytes: a CSV text or an XLSX workbook, or a clear refusal."""

import io
import zipfile
from enum import StrEnum
from pathlib import PurePath

from application.errors import ApplicationError, Invalid

_SNIFF = 64 * 1024
_OTHER_FORMATS = (
    (b"\xd0\xcf\x11\xe0", "an Excel 97-2003 (.xls) or other OLE document: save it as .xlsx or .csv"),
    (b"%PDF", "a PDF document, not a spreadsheet: export the invoice table as .xlsx or .csv"),
    (b"\x89PNG", "a PNG image, not a spreadsheet"),
    (b"\xff\xd8\xff", "a JPEG image, not a spreadsheet"),
    (b"GIF8", "a GIF image, not a spreadsheet"),
    (b"Rar!", "a RAR archive, not a spreadsheet"),
    (b"\x1f\x8b", "a gzip archive, not a spreadsheet"),
    (b"7z\xbc\xaf", "a 7-Zip archive, not a spreadsheet"),
    (b"{\\rtf", "an RTF document, not a spreadsheet"),
)
_OLE2 = b"\xd0\xcf\x11\xe0"
_ENCRYPTED_PARTS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_CONTROL_BYTES = bytes(sorted(set(range(32)) - {9, 10, 12, 13}))
_BINARY_SHARE = 20  # as the reader: one byte in 20 a control code is binary, a stray NUL in text is not
_ASCII_SHARE = 32  # UTF-16 text without a BOM: one code unit in 32 at least is ASCII, its zero byte on one side
_CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})


class FileKind(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


class UnsupportedFile(ApplicationError):
    """415: not a kind of file Gumruk reads."""

    code = "unsupported_file"


class UnreadableFile(Invalid):
    """422: the right kind of file, but empty or damaged."""

    code = "unreadable_file"


def sniff(data: bytes, filename: str) -> FileKind:
    if not data.strip():
        raise UnreadableFile(f"{filename}: the file is empty")
    head = data[:_SNIFF]
    kind = _kind(data, head, filename)
    suffix = PurePath(filename).suffix.lower()
    if kind is FileKind.XLSX and suffix in _CSV_SUFFIXES:
        raise UnsupportedFile(f"{filename}: named {suffix} but it is an XLSX workbook: rename it to .xlsx")
    if kind is FileKind.CSV and suffix in (".xlsx", ".xlsm", ".xls"):
        raise UnsupportedFile(f"{filename}: named {suffix} but it holds plain text: rename it to .csv")
    return kind


def with_suffix(filename: str, kind: FileKind) -> str:
    """The name the reader gets: the sniffed kind's extension where the name had none that fits."""
    suffix = PurePath(filename).suffix.lower()
    fits = suffix == ".xlsx" if kind is FileKind.XLSX else suffix in _CSV_SUFFIXES
    return filename if fits else f"{filename}.{kind.value}"


def _kind(data: bytes, head: bytes, filename: str) -> FileKind:
    if head.startswith(b"PK\x03\x04"):
        return _workbook(data, filename)
    if head.startswith(_OLE2) and any(part in data for part in _ENCRYPTED_PARTS):
        raise UnsupportedFile(f"{filename}: a password-protected workbook: remove the password in Excel and save it")
    for magic, what in _OTHER_FORMATS:
        if head.startswith(magic):
            raise UnsupportedFile(f"{filename}: {what}")
    if not head.startswith(_TEXT_BOMS) and not _utf16_without_bom(head) and _looks_binary(head):
        raise UnsupportedFile(f"{filename}: binary data, not a CSV text or an XLSX workbook")
    return FileKind.CSV


def _utf16_without_bom(head: bytes) -> bool:
    """Zero bytes in one half of the code units only, as ASCII characters of UTF-16 text have (the reader's rule)."""
    sample = head[:4096]
    units = len(sample) // 2

    def one_sided(zeros: int, other: int) -> bool:
        return zeros * _ASCII_SHARE >= units and other < zeros // 4

    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    return units >= 2 and (one_sided(odd, even) or one_sided(even, odd))


def _looks_binary(head: bytes) -> bool:
    """A substantial share of control bytes; NULs padding the end and a stray code or two in text do not count."""
    sample = head.rstrip(b"\x00")
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls >= 2 and controls * _BINARY_SHARE > len(sample)


def _workbook(data: bytes, filename: str) -> FileKind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile as damaged:
        raise UnreadableFile(f"{filename}: a damaged XLSX/ZIP file ({damaged})") from damaged
    if "xl/workbook.xml" in names:
        return FileKind.XLSX
    if "word/document.xml" in names:
        raise UnsupportedFile(f"{filename}: a Word document, not a spreadsheet")
    if "content.xml" in names:
        raise UnsupportedFile(f"{filename}: an OpenDocument file: save it as .xlsx or .csv")
    raise UnsupportedFile(f"{filename}: a ZIP archive, not an XLSX workbook")
