"""CSV files made to break the reader: each is refused with one sentence naming the line, quickly, or read whole."""

import pytest

from adapters.reading import PolarsProductListReader, ReadingLimits
from application.ports.reader import UnusableFile

reader = PolarsProductListReader()
HEADER = "Description,Quantity,Amount USD"


def test_a_header_row_of_a_hundred_thousand_fields_is_refused_at_once_naming_its_line() -> None:
    """Building the frame first took minutes (a million fields: hours) before the width was checked."""
    data = (HEADER + "," + ",".join(["x"] * 100_000) + "\nbolts,1,2\n").encode()
    with pytest.raises(UnusableFile) as raised:
        reader.read(data, "wide.csv")
    assert str(raised.value) == (
        "wide.csv has a row of more than 500 fields on line 1 of the file; the most a list may have is 500 columns."
    )


def test_a_data_row_of_a_hundred_thousand_fields_is_refused_naming_its_line() -> None:
    data = (HEADER + "\nbolts,1,2\nnuts,1,2" + ",1" * 100_000 + "\n").encode()
    with pytest.raises(UnusableFile, match=r"^wide\.csv has a row of more than 500 fields on line 3 of the file"):
        reader.read(data, "wide.csv")


def test_the_width_limit_is_the_readers() -> None:
    narrow = PolarsProductListReader(ReadingLimits(max_columns=3))
    with pytest.raises(UnusableFile, match="more than 3 fields on line 2 of the file"):
        narrow.read(b'Description,Qty,Amount\n"bolts,\nM8",1,2,3\n', "inv.csv")
    assert len(narrow.read(b"Description,Qty,Amount\nbolts,1,2\n", "inv.csv").lines) == 1


def test_a_quote_never_closed_is_refused_naming_its_line_rather_than_swallowing_the_lines_below() -> None:
    """The lines below used to become one description of the last row, with only a warning for it."""
    data = b'Description;Quantity;Amount\nBolts M8;1;2\n"Nuts M8;3;4\nWashers;5;6\nScrews;7;8\n'
    with pytest.raises(UnusableFile) as raised:
        reader.read(data, "quotes.csv")
    assert str(raised.value) == (
        'quotes.csv has a quote (") opening field 1 on line 3 of the file that is never closed, so the 2 line(s) '
        "below it were read as part of that field; close the quote or remove it."
    )


def test_a_stray_inch_mark_and_a_quoted_description_on_two_lines_are_read_whole() -> None:
    data = b'Description;Quantity;Amount\nPipe 3/4" steel;1;2\n"Valve,\nbrass";3;4\n'
    listing = reader.read(data, "quotes.csv")
    assert [line.description for line in listing.lines] == ['Pipe 3/4" steel', "Valve, brass"]
