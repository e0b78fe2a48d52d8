"""What a file's first bytes show it to be: the signatures the upload's sniff (application.pipeline.file_kind) and
the reading adapter both go by, known here only, so that a file the one takes for a workbook the other reads as one.
"""

from enum import StrEnum

ZIP_STARTS = (b"PK\x03\x04", b"PK\x05\x06")  # a member's header; an empty archive's end record
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: an Excel 97-2003 workbook, or another Office document
OTHER_FORMATS = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"Rar!", "a RAR archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x7fELF", "a program"),
    (b"MZ\x90\x00", "a Windows program"),
    (b"{\\rtf", "an RTF document"),
)
_OTHER_OFFICE = (("WordDocument", "an old Word document (.doc)"), ("PowerPoint Document", "a PowerPoint file (.ppt)"))
_ENCRYPTED_PARTS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))


class FileKind(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    XLS = "xls"  # an OLE2 compound file that is not a Word or PowerPoint file nor an encrypted .xlsx


def is_zip(data: bytes) -> bool:
    return data.startswith(ZIP_STARTS)


def is_ole2(data: bytes) -> bool:
    return data.startswith(OLE2)


def other_format(data: bytes) -> str | None:
    """The format a file that is no list is of by its first bytes ('a PDF document'); None when they name none."""
    return next((what for magic, what in OTHER_FORMATS if data.startswith(magic)), None)


def is_encrypted(ole2: bytes) -> bool:
    """A compound file that holds a password-protected .xlsx (Office encrypts a workbook into one)."""
    return any(part in ole2 for part in _ENCRYPTED_PARTS)


def other_office(ole2: bytes) -> str | None:
    """The other Office document a compound file shows the streams of ('a PowerPoint file (.ppt)'); None: it is
    taken for a workbook, as some writers name the workbook's stream 'WORKBOOK' or 'Book' (calamine says if not)."""
    return next((what for stream, what in _OTHER_OFFICE if stream.encode("utf-16-le") in ole2), None)
