"""Control characters in cells are removed with a warning; only a file full of them is binary."""

import io
import random

import pytest
from openpyxl import Workbook

from adapters.reading import PolarsProductListReader
from application.ports.reader import UnusableFile
from domain.goods.problems import RowProblem, Severity

reader = PolarsProductListReader()
WARNING = "invisible control characters were removed from the text"


def test_one_control_character_in_a_csv_is_removed_with_a_warning() -> None:
    data = b"Description,Qty,Origin\nCordless drill\x07 18V,10,C\x00N\n"
    (line,) = reader.read(data, "drills.csv").lines
    assert (line.description, line.origin) == ("Cordless drill 18V", "CN")
    assert line.problems == [
        RowProblem(1, "Description", f"{WARNING} (line 2 of the file)", Severity.WARNING),
        RowProblem(1, "Origin", f"{WARNING} (line 2 of the file)", Severity.WARNING),
    ]


@pytest.mark.parametrize("control", [b"\x01", b"\x00"])
def test_a_control_character_far_into_a_csv_is_removed_too(control: bytes) -> None:
    rows = [b"Description;Qty"] + [b"Cordless drill 18V with two batteries, model %d;1" % n for n in range(6000)]
    data = b"\n".join([*rows, b"Safety helmet" + control + b" plastic;1"]) + b"\n"
    assert len(data) > 256 * 1024
    last = reader.read(data, "drills.csv").lines[-1]
    assert last.description == "Safety helmet plastic"
    assert last.problems == [RowProblem(6001, "Description", f"{WARNING} (line 6002 of the file)", Severity.WARNING)]


def test_an_escaped_control_character_in_a_workbook_is_removed() -> None:
    book = Workbook()
    book.active.append(["Description", "Qty"])
    book.active.append(["Cordless drill _x0007_ 18V", 10])
    buffer = io.BytesIO()
    book.save(buffer)
    (line,) = reader.read(buffer.getvalue(), "drills.xlsx").lines
    assert line.description == "Cordless drill 18V"
    assert [(p.row, p.column, p.severity) for p in line.problems] == [(1, "Description", Severity.WARNING)]


def test_bytes_that_are_mostly_control_codes_are_still_binary() -> None:
    noise = random.Random(7).randbytes(4096)
    with pytest.raises(UnusableFile, match="holds binary data"):
        reader.read(b"Description;Qty\n" + noise, "noise.csv")
