"""Tell a CSV from an XLSX or an Excel 97-2003 .xls by its first bytes, and name what else a file is otherwise."""

from enum import StrEnum

from application.ports.reader import UnusableFile

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OTHER_FORMATS = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"\x7fELF": "a program",
    b"MZ\x90\x00": "a Windows program",
    b"{\\rtf": "an RTF document",
}
_OTHER_OFFICE = {"WordDocument": "an old Word document (.doc)", "PowerPoint Document": "a PowerPoint file (.ppt)"}


class FileKind(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    XLS = "xls"  # an OLE2 compound file that is not a Word or PowerPoint file nor an encrypted .xlsx


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def _ole2_kind(data: bytes, filename: str) -> FileKind:
    """XLS unless the compound file shows another Office document's streams: some writers name the workbook's
    stream 'WORKBOOK' or 'Book', so the workbook is not looked for by its name; calamine says if it is none."""
    if _utf16("EncryptionInfo") in data or _utf16("EncryptedPackage") in data:
        raise UnusableFile(
            f"{filename} is a password-protected workbook; remove the password in Excel and save it again."
        )
    for stream, what in _OTHER_OFFICE.items():
        if _utf16(stream) in data:
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
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return FileKind.XLSX
    if data.startswith(_OLE2):
        return _ole2_kind(data, filename)
    for magic, what in _OTHER_FORMATS.items():
        if data.startswith(magic):
            raise UnusableFile(f"{filename} is {what}, not a spreadsheet; send the list as .xlsx or .csv.")
    markup = _markup_kind(data[:2048], filename)
    if markup is not None:
        raise markup
    return FileKind.CSV
