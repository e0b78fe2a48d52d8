"""What an uploaded file really is, from its first bytes: a CSV text, an XLSX or an Excel 97-2003 XLS workbook, or a
clear refusal."""

import io
import zipfile
from pathlib import PurePath

from application.errors import ApplicationError, Invalid
from application.pipeline.file_signs import FileKind, is_encrypted, is_ole2, is_zip, other_format, other_office
from application.pipeline.text_signs import bom_encoding, looks_binary, utf16_without_bom

_SNIFF = 64 * 1024
_ADVICE = {"a PDF document": ": export the invoice table as .xlsx or .csv"}
_CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})


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
    if is_zip(head):
        return _workbook(data, filename)
    if is_ole2(head):
        return _office(data, filename)
    if (what := other_format(head)) is not None:
        raise UnsupportedFile(f"{filename}: {what}, not a spreadsheet{_ADVICE.get(what, '')}")
    if bom_encoding(head) is None and utf16_without_bom(head) is None and _looks_binary(head):
        raise UnsupportedFile(f"{filename}: binary data, not a CSV text or an XLSX workbook")
    return FileKind.CSV


def _office(data: bytes, filename: str) -> FileKind:
    """An OLE2 compound file: an Excel 97-2003 workbook unless it shows another Office document's streams."""
    if is_encrypted(data):
        raise UnsupportedFile(f"{filename}: a password-protected workbook: remove the password in Excel and save it")
    if (what := other_office(data)) is not None:
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
