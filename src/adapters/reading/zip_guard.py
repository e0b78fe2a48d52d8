"""Look inside an .xlsx zip before any workbook library opens it: what it holds and how far it unpacks."""

import io
import zipfile

from adapters.reading.limits import MIB, ReadingLimits, sizes_apart
from application.ports.reader import UnusableFile

_MAX_PARTS = 10_000
_RATIO_FLOOR_BYTES = 1 * MIB  # small parts compress extremely well without being bombs


def _not_a_workbook(names: set[str], filename: str) -> UnusableFile:
    if "content.xml" in names and "mimetype" in names:
        return UnusableFile(f"{filename} is an OpenDocument spreadsheet (.ods); save it as .xlsx.")
    if "xl/workbook.bin" in names:
        return UnusableFile(f"{filename} is a binary Excel workbook (.xlsb); save it as .xlsx.")
    if "word/document.xml" in names:
        return UnusableFile(f"{filename} is a Word document, not a spreadsheet; send the list as .xlsx or .csv.")
    return UnusableFile(f"{filename} is a zip archive, not an .xlsx workbook.")


def check_workbook_zip(data: bytes, filename: str, limits: ReadingLimits) -> None:
    """Raises UnusableFile for a damaged, foreign, encrypted or bomb-like zip, from the declared sizes only."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
        raise UnusableFile(f"{filename} is a damaged zip file, not a readable .xlsx workbook.") from error
    names = {part.filename for part in parts}
    if "xl/workbook.xml" not in names:
        raise _not_a_workbook(names, filename)
    if any(part.flag_bits & 0x1 for part in parts):
        raise UnusableFile(f"{filename} is password-protected; remove the password in Excel and save it again.")
    if len(parts) > _MAX_PARTS:
        raise UnusableFile(f"{filename} holds {len(parts):,} parts, too many for an .xlsx workbook.")
    unpacked = sum(part.file_size for part in parts)
    if unpacked > limits.max_uncompressed_xlsx_bytes:
        size, limit = sizes_apart(unpacked, limits.max_uncompressed_xlsx_bytes)
        raise UnusableFile(f"{filename} unpacks to {size}, more than the {limit} a workbook may unpack to.")
    for part in parts:
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > _RATIO_FLOOR_BYTES and ratio > limits.max_compression_ratio:
            raise UnusableFile(
                f"{filename} has a part compressed {ratio:,.0f} times (the limit is "
                f"{limits.max_compression_ratio:,.0f}), which is how zip bombs look; it was not opened."
            )
