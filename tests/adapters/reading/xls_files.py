"""The smallest real Excel 97-2003 .xls the readers open, built byte by byte: no installed library writes one
(xlwt is absent, openpyxl writes only .xlsx). A BIFF8 'Workbook' stream (BOF, BOUNDSHEET, SST, EOF; per sheet BOF,
DIMENSIONS, LABELSST and NUMBER cells, EOF) in an OLE2 compound file of one FAT sector, one directory sector and the
stream padded to 4096 bytes, the size from which a stream lives in ordinary sectors (no mini stream needed).
Layouts from Microsoft's [MS-XLS] and [MS-CFB]; the goods are invented."""

import struct

_SECTOR = 512
_FREE, _END, _FAT_SECTOR, _NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
Cell = str | float | int | None


def _record(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def _bof(part: int) -> bytes:  # 0x0005 the workbook's globals, 0x0010 a worksheet
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, part, 0x0DBB, 0x07CC, 0, 0x0006))


def _text(text: str, length_bytes: str) -> bytes:
    """A BIFF8 unicode string, always stored as UTF-16 (flag 1)."""
    return struct.pack(f"<{length_bytes}B", len(text), 1) + text.encode("utf-16-le")


def _sheet(rows: list[list[Cell]], strings: list[str]) -> bytes:
    width = max((len(row) for row in rows), default=0)
    cells = b""
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, str):
                if value not in strings:
                    strings.append(value)
                cells += _record(0x00FD, struct.pack("<HHHI", r, c, 0, strings.index(value)))
            elif value is not None:
                cells += _record(0x0203, struct.pack("<HHHd", r, c, 0, float(value)))
    dimensions = _record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))
    return _bof(0x0010) + dimensions + cells + _record(0x000A, b"")


def _workbook_stream(sheets: list[tuple[str, list[list[Cell]]]]) -> bytes:
    strings: list[str] = []
    bodies = [_sheet(rows, strings) for _, rows in sheets]
    sst = struct.pack("<II", len(strings), len(strings)) + b"".join(_text(s, "H") for s in strings)
    codepage = _record(0x0042, struct.pack("<H", 1200))

    def globals_with(offsets: list[int]) -> bytes:
        bound = b"".join(
            _record(0x0085, struct.pack("<IH", offset, 0) + _text(name, "B"))
            for offset, (name, _) in zip(offsets, sheets, strict=True)
        )
        return _bof(0x0005) + codepage + bound + _record(0x00FC, sst) + _record(0x000A, b"")

    start = len(globals_with([0] * len(sheets)))  # the offsets do not change the globals' length
    offsets = [start + sum(len(body) for body in bodies[:i]) for i in range(len(bodies))]
    stream = globals_with(offsets) + b"".join(bodies)
    assert len(sst) + 4 <= 8228, "a longer string table needs CONTINUE records"
    size = max(4096, -(-len(stream) // _SECTOR) * _SECTOR)
    return stream.ljust(size, b"\x00")


def _entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le") if name else b""
    head = encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
    links = struct.pack("<III", _NONE, _NONE, child) + b"\x00" * 16 + b"\x00" * 4 + b"\x00" * 16
    return head + links + struct.pack("<IQ", start, size)


def xls(*sheets: tuple[str, list[list[Cell]]]) -> bytes:
    """A workbook with these sheets (name, rows); a cell is text, a number or None (empty)."""
    stream = _workbook_stream(list(sheets))
    stream_sectors = len(stream) // _SECTOR
    fat = [_FAT_SECTOR, _END] + [3 + i for i in range(stream_sectors - 1)] + [_END]
    fat_sector = struct.pack(f"<{_SECTOR // 4}I", *fat, *[_FREE] * (_SECTOR // 4 - len(fat)))
    directory = _entry("Root Entry", 5, 1, _END, 0) + _entry("Workbook", 2, _NONE, 2, len(stream))
    directory += _entry("", 0, _NONE, 0, 0) * 2
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16
    header += struct.pack("<HHHHH6xIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, 0, 1, 1, 0, 4096, _END, 0, _END, 0)
    header += struct.pack("<109I", 0, *[_FREE] * 108)
    return header + fat_sector + directory + stream
