"""Open a workbook of either kind the reader takes: an .xlsx (checked as a zip first) or an Excel 97-2003 .xls."""

from adapters.reading.limits import ReadingLimits
from adapters.reading.xls_table import XlsWorkbook
from adapters.reading.xlsx_table import Workbook
from adapters.reading.zip_guard import check_workbook_zip
from application.pipeline.file_signs import FileKind
from application.ports.reader import UnusableFile

AnyWorkbook = Workbook | XlsWorkbook


def open_workbook(data: bytes, filename: str, kind: FileKind, limits: ReadingLimits) -> AnyWorkbook:
    """Raises UnusableFile for a damaged or bomb-like workbook, or one without sheets."""
    if kind is FileKind.XLS:
        workbook: AnyWorkbook = XlsWorkbook(data, filename, limits)
    else:
        check_workbook_zip(data, filename, limits)
        workbook = Workbook(data, filename, limits)
    if not workbook.sheet_names:
        raise UnusableFile(f"{filename} is a workbook without sheets.")
    return workbook
