"""Tell a CSV from an XLSX or an Excel 97-2003 .xls by its first bytes (the signatures of
application.pipeline.file_signs, which the upload's sniff goes by too), and name what else a file is otherwise."""

from application.pipeline.file_signs import FileKind, is_encrypted, is_ole2, is_zip, other_format, other_office
from application.ports.reader import UnusableFile


def _ole2_kind(data: bytes, filename: str) -> FileKind:
    """XLS unless the compound file is an encrypted .xlsx or shows another Office document's streams."""
    if is_encrypted(data):
        raise UnusableFile(
            f"{filename} is a password-protected workbook; remove the password in Excel and save it again."
        )
    if (what := other_office(data)) is not None:
        raise UnusableFile(f"{filename} is {what}, not a spreadsheet; send the list as .xlsx, .xls or .csv.")
    return FileKind.XLS


def _markup_kind(head: bytes, filename: str) -> UnusableFile | None:
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in lowered:
        return UnusableFile(f"{filename} is an Excel 2003 XML spreadsheet; open it in Excel and save it as .xlsx.")
    if lowered.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml")):
        return UnusableFile(f"{filename} is a web page or XML file, not a spreadsheet; save it as .xlsx or .csv.")
    return None


def file_kind(data: bytes, filename: str) -> FileKind:
    """XLSX for a zip container, XLS for an Excel 97-2003 workbook, CSV for text; raises UnusableFile for anything
    else it recognises."""
    if is_zip(data):
        return FileKind.XLSX
    if is_ole2(data):
        return _ole2_kind(data, filename)
    if (what := other_format(data)) is not None:
        raise UnusableFile(f"{filename} is {what}, not a spreadsheet; send the list as .xlsx or .csv.")
    markup = _markup_kind(data[:2048], filename)
    if markup is not None:
        raise markup
    return FileKind.CSV
