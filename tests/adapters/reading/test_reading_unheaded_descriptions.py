"""A one-column list of goods descriptions without a header row is read from its first row; other files without a
header are still refused."""

import pytest
from tests.adapters.reading.invoices import sheet_xlsx

from adapters.reading import PolarsProductListReader
from application.ports.reader import UnusableFile

reader = PolarsProductListReader()
_GOODS = ["Цемент портландский М500", "Ak şeker", "Basmati rice"]


def test_a_csv_of_descriptions_alone_is_read_from_its_first_row() -> None:
    listing = reader.read("\n".join(_GOODS).encode(), "goods.csv")

    assert [(line.row, line.description) for line in listing.lines] == list(enumerate(_GOODS, start=1))
    assert not listing.all_problems()


def test_a_workbook_of_descriptions_alone_is_read_from_its_first_row() -> None:
    listing = reader.read(sheet_xlsx([[None], *([goods] for goods in _GOODS)]), "goods.xlsx")

    assert [(line.row, line.description) for line in listing.lines] == list(enumerate(_GOODS, start=1))


@pytest.mark.parametrize(
    "data",
    [
        "Цемент портландский М500;40\nAk şeker;10\n".encode(),  # two columns: figures whose header is unknown
        b"4021\nPump\n",  # a figure first: no description
    ],
)
def test_other_files_without_a_header_are_refused(data: bytes) -> None:
    with pytest.raises(UnusableFile, match="has no column of goods descriptions"):
        reader.read(data, "goods.csv")


def test_a_named_column_is_looked_for_as_before() -> None:
    with pytest.raises(UnusableFile, match="has no column 'Товар'"):
        reader.read("\n".join(_GOODS).encode(), "goods.csv", named_columns={"description": "Товар"})
