"""What an uploaded file really is, from its first bytes: a CSV text, an XLSX or an Excel 97-2003 XLS workbook, or a
clear refusal."""

import io
import zipfile
from enum import StrEnum
from pathlib import PurePath

from application.errors import ApplicationError, Invalid
from application.pipeline.text_signs import bom_encoding, looks_binary, utf16_without_bom

_SNIFF = 64 * 1024
_OTHER_FORMATS = (
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
_OTHER_OFFICE = (("WordDocument", "an old Word document (.doc)"), ("PowerPoint Document", "a PowerPoint file (.ppt)"))
_ENCRYPTED_PARTS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
_CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})


class FileKind(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    XLS = "xls"


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
    if kind is FileKind.XLS and suffix in _CSV_SUFFIXES:
        raise UnsupportedFile(f"{filename}: named {suffix} but it is an Excel 97-2003 workbook: rename it to .xls")
    if kind is FileKind.CSV and suffix in (".xlsx", ".xlsm", ".xls"):
        raise UnsupportedFile(f"{filename}: named {suffix} but it holds plain text: rename it to .csv")
    return kind


def with_suffix(filename: str, kind: FileKind) -> str:
    """The name the reader gets: the sniffed kind's extension where the name had none that fits."""
    suffix = PurePath(filename).suffix.lower()
    fits = suffix == f".{kind.value}" if kind is not FileKind.CSV else suffix in _CSV_SUFFIXES
    return filename if fits else f"{filename}.{kind.value}"


def _kind(data: bytes, head: bytes, filename: str) -> FileKind:
    if head.startswith(b"PK\x03\x04"):
        return _workbook(data, filename)
    if head.startswith(_OLE2):
        return _office(data, filename)
    for magic, what in _OTHER_FORMATS:
        if head.startswith(magic):
            raise UnsupportedFile(f"{filename}: {what}")
    if bom_encoding(head) is None and utf16_without_bom(head) is None and _looks_binary(head):
        raise UnsupportedFile(f"{filename}: binary data, not a CSV text or an XLSX workbook")
    return FileKind.CSV


def _office(data: bytes, filename: str) -> FileKind:
    """An OLE2 compound file: an Excel 97-2003 workbook unless it shows another Office document's streams (the
    reader says so when calamine cannot open it as a workbook)."""
    if any(part in data for part in _ENCRYPTED_PARTS):
        raise UnsupportedFile(f"{filename}: a password-protected workbook: remove the password in Excel and save it")
    for stream, what in _OTHER_OFFICE:
        if stream.encode("utf-16-le") in data:
            raise UnsupportedFile(f"{filename}: {what}, not a spreadsheet")
    return FileKind.XLS


def _looks_binary(head: bytes) -> bool:
    """The reader's rule on the raw bytes: Latin-1 gives each byte its own character, so control bytes count."""
    return looks_binary(head.decode("latin-1"))


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
