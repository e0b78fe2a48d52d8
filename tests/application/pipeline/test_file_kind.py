import io
import zipfile

import pytest

from application.pipeline.file_kind import FileKind, UnreadableFile, UnsupportedFile, sniff, with_suffix


def zipped(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


def test_csv_text_in_any_common_encoding_is_csv() -> None:
    assert sniff("Описание;Кол-во\nЧай;1\n".encode("cp1251"), "invoice.csv") is FileKind.CSV
    assert sniff("\ufeffdescription,qty\n".encode("utf-16"), "invoice.csv") is FileKind.CSV


def test_an_xlsx_is_recognised_by_its_workbook_not_its_name() -> None:
    assert sniff(zipped("[Content_Types].xml", "xl/workbook.xml"), "invoice.xlsx") is FileKind.XLSX


_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def test_an_excel_97_2003_workbook_is_taken_not_refused() -> None:
    assert sniff(_OLE2 + "Workbook".encode("utf-16-le"), "invoice.xls") is FileKind.XLS
    assert with_suffix("invoice", FileKind.XLS) == "invoice.xls"
    assert with_suffix("Invoice.XLS", FileKind.XLS) == "Invoice.XLS"


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (b"%PDF-1.7 ...", "invoice.csv", "PDF"),
        (_OLE2 + "WordDocument".encode("utf-16-le"), "invoice.xls", r"an old Word document \(\.doc\)"),
        (_OLE2 + "Workbook".encode("utf-16-le"), "invoice.csv", r"rename it to \.xls"),
        (b"\x89PNG\r\n\x1a\n", "scan.xlsx", "PNG"),
        (zipped("word/document.xml"), "invoice.xlsx", "Word"),
        (zipped("a.txt"), "invoice.zip", "ZIP archive"),
        (b"\x00\x01\x02binary\x00", "invoice.csv", "binary"),
        (b"\x7f\x7f\x7fbinary", "invoice.csv", "binary"),
        (zipped("[Content_Types].xml", "xl/workbook.xml"), "invoice.csv", "rename it to .xlsx"),
        (b"description,qty\ntea,1\n", "invoice.xlsx", "rename it to .csv"),
    ],
)
def test_other_files_are_refused_with_the_reason(data: bytes, name: str, reason: str) -> None:
    with pytest.raises(UnsupportedFile, match=reason):
        sniff(data, name)


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty"), (b"  \n", "empty"), (b"PK\x03\x04broken", "damaged")])
def test_empty_or_damaged_files_are_unreadable(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableFile, match=reason):
        sniff(data, "invoice.xlsx")


def test_a_name_without_a_fitting_extension_gets_the_sniffed_one() -> None:
    assert with_suffix("invoice", FileKind.CSV) == "invoice.csv"
    assert with_suffix("export.dat", FileKind.XLSX) == "export.dat.xlsx"
    assert with_suffix("Invoice.XLSX", FileKind.XLSX) == "Invoice.XLSX"
    assert with_suffix("list.txt", FileKind.CSV) == "list.txt"


@pytest.mark.parametrize(
    "data",
    [
        "description,qty\ntea,1\n".encode("utf-16-le"),
        "description,qty\ntea,1\n".encode("utf-16-be"),
        b"\x00\x00\xfe\xff" + "description,qty\ntea,1\n".encode("utf-32-be"),
        "\ufeffdescription,qty\ntea,1\n".encode("utf-32-le"),
        b"description,qty\nte\x00a,1\ncoffee,2\n",
        b"description,qty\ntea,1\n" + b"\x00" * 64,
    ],
    ids=["utf-16-le without BOM", "utf-16-be without BOM", "utf-32-be", "utf-32-le", "a stray NUL", "NUL padding"],
)
def test_text_the_reader_reads_is_not_refused_as_binary(data: bytes) -> None:
    """The reader reads these (a stray NUL is removed with a warning naming its row and column); the upload used
    to refuse them with 415 for holding a zero byte."""
    assert sniff(data, "invoice.csv") is FileKind.CSV


def test_an_encrypted_workbook_is_called_password_protected_not_an_old_excel_file() -> None:
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(UnsupportedFile, match="a password-protected workbook: remove the password in Excel"):
        sniff(ole2, "invoice.xlsx")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "a program, not a spreadsheet"),
        (b"MZ\x90\x00\x03" + b"\x00" * 64, "a Windows program, not a spreadsheet"),
        (b"PK\x05\x06" + b"\x00" * 18, "a ZIP archive, not an XLSX workbook"),
    ],
    ids=["ELF", "MZ", "empty zip"],
)
def test_the_upload_knows_the_signatures_the_reader_knows(data: bytes, reason: str) -> None:
    """Programs and an empty ZIP archive were refused as mere 'binary data', which the reader names."""
    with pytest.raises(UnsupportedFile, match=reason):
        sniff(data, "invoice.csv")
