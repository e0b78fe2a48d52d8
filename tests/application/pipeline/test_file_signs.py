"""One set of signatures: what the upload's sniff takes a file for, the reader opens it as, and both name the same
other formats."""

import io
import zipfile

import pytest

from adapters.reading.file_kind import file_kind
from application.pipeline.file_kind import UnsupportedFile, sniff
from application.pipeline.file_signs import OLE2, OTHER_FORMATS, FileKind
from application.ports.reader import UnusableFile


def _xlsx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "name"),
    [(b"description,qty\ntea,1\n", "list.csv"), (_xlsx(), "list.xlsx"), (OLE2 + b"\x00" * 512, "list.xls")],
)
def test_a_list_the_upload_takes_is_read_as_the_same_kind(data: bytes, name: str) -> None:
    assert file_kind(data, name) is sniff(data, name)


@pytest.mark.parametrize(("magic", "what"), OTHER_FORMATS)
def test_both_name_another_format_alike(magic: bytes, what: str) -> None:
    data = magic + b"\x00\x01\x02" * 40
    with pytest.raises(UnsupportedFile, match=f"list.csv: {what}, not a spreadsheet"):
        sniff(data, "list.csv")
    with pytest.raises(UnusableFile, match=f"list.csv is {what}, not a spreadsheet"):
        file_kind(data, "list.csv")


def test_an_empty_zip_archive_is_a_zip_to_both() -> None:
    empty = b"PK\x05\x06" + b"\x00" * 18
    assert file_kind(empty, "list.xlsx") is FileKind.XLSX
    with pytest.raises(UnsupportedFile, match="a ZIP archive"):
        sniff(empty, "list.xlsx")
