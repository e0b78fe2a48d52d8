"""read_chunks gives the same lines as read, a chunk at a time, with file-level results on the last chunk."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader
from application.ports.reader import UnusableFile

reader = PolarsProductListReader()


def _invoice(lines: int) -> bytes:
    rows = ["Наименование;Кол-во;Ед. изм.;Сумма, USD;Вес нетто;Вес брутто;Страна"]
    rows += [f"Болт М{n % 30 + 6} оцинкованный;{n};шт;{n},50;{n};{n + 1};Китай" for n in range(1, lines + 1)]
    total = sum(Decimal(f"{n}.50") for n in range(1, lines + 1))
    rows.append(f"ИТОГО;;;{str(total).replace('.', ',')};;;")
    return ("\n".join(rows) + "\n").encode("cp1251")


def test_chunks_hold_the_same_lines_as_read() -> None:
    data = _invoice(250)
    chunks = list(reader.read_chunks(data, "bolts.csv", chunk_rows=60))
    whole = reader.read(data, "bolts.csv")
    assert [len(c.lines) for c in chunks] == [60, 60, 60, 60, 10]
    assert [line for c in chunks for line in c.lines] == whole.lines
    assert [line.row for line in whole.lines] == list(range(1, 251))


def test_totals_and_file_problems_come_on_the_last_chunk() -> None:
    *first, last = reader.read_chunks(_invoice(100), "bolts.csv", chunk_rows=30)
    assert all(c.totals.value is None and c.problems == [] for c in first)
    assert last.totals.value == sum(Decimal(f"{n}.50") for n in range(1, 101))
    assert last.problems == []
    assert all(c.currency == "USD" and c.columns["description"] == "Наименование" for c in [*first, last])


def test_a_chunk_boundary_right_before_the_total_row() -> None:
    chunks = list(reader.read_chunks(_invoice(30), "bolts.csv", chunk_rows=30))
    assert [len(c.lines) for c in chunks] == [30, 0]
    assert chunks[-1].totals.value is not None


def test_an_unusable_file_fails_before_the_first_chunk() -> None:
    with pytest.raises(UnusableFile):
        reader.read_chunks(b"", "empty.csv")


def test_the_description_column_can_be_named() -> None:
    data = "Артикул;Товар;Описание для таможни;Кол-во\nA-17;Болт;Болт стальной М8х40;100\n".encode()
    assert reader.read(data, "x.csv").lines[0].description == "Болт"
    named = reader.read(data, "x.csv", named_columns={"description": "описание для таможни"})
    assert named.lines[0].description == "Болт стальной М8х40"
    assert named.columns["description"] == "Описание для таможни"
