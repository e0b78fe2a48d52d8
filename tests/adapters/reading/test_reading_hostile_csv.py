"""CSV files made to break the reader: each is refused with one sentence naming the line, quickly, or read whole."""

import pytest

from adapters.reading import PolarsProductListReader, ReadingLimits
from application.ports.reader import UnusableFile
from domain.goods.problems import Severity

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


GOODS_HEADER = "Item;Description;HS code;Qty;Unit;Unit price;Amount USD;Origin"


def _goods(*rows: str) -> list[str]:
    return [GOODS_HEADER, *(f"{n};Bolts M{n};7318150000;10;pcs;1.50;15.00;CN" for n in range(1, 6)), *rows]


def test_a_stray_delimiter_in_a_description_is_an_error_naming_the_row_and_the_cells() -> None:
    """The cells after it moved right: 'amount is empty' or a wrong value was all the broker saw."""
    rows = _goods("6;Nuts; M8 zinc;7318160000;20;pcs;0.50;10.00;CN")
    listing = reader.read("\n".join(rows).encode(), "shifted.csv")
    problem = listing.lines[5].problems[0]
    assert (problem.row, problem.column, problem.severity) == (6, None, Severity.ERROR)
    assert str(problem) == (
        "row 6: 9 cells where the header has 8: a stray ';' in a cell moves the cells after it one column right, so "
        "the row's values cannot be trusted; put that cell in quotes or take out the ';' (line 7 of the file)"
    )
    assert all(not line.has_errors for line in listing.lines[:5])


def test_a_row_moved_onto_an_empty_last_cell_is_found_too() -> None:
    """Nothing lands right of the header, and every value the row gives is a number in a number column."""
    rows = _goods("6;Cable 3x2;5 mm;7544110000;100;m;2.10;210.00;")
    listing = reader.read("\n".join(rows).encode(), "shifted.csv")
    assert "9 cells where the header has 8" in listing.lines[5].problems[0].reason
    assert listing.lines[5].has_errors


def test_a_delimiter_inside_quotes_and_rows_all_ending_with_one_more_empty_field_are_not_stray() -> None:
    quoted = _goods('6;"Nuts; M8 zinc";7318160000;20;pcs;0.50;10.00;CN')
    assert all(line.problems == [] for line in reader.read("\n".join(quoted).encode(), "quoted.csv").lines)
    trailing = [quoted[0], *(row + ";" for row in quoted[1:])]  # as some exports write every data row
    assert all(line.problems == [] for line in reader.read("\n".join(trailing).encode(), "trailing.csv").lines)


def test_a_header_ending_with_an_empty_field_is_not_the_width_rows_are_held_to() -> None:
    rows = _goods("6;Nuts; M8 zinc;7318160000;20;pcs;0.50;10.00;CN")
    listing = reader.read("\n".join([rows[0] + ";", *rows[1:]]).encode(), "shifted.csv")
    assert [line.row for line in listing.lines if line.has_errors] == [6]
    assert "9 cells where most rows have 8: a stray ';'" in listing.lines[5].problems[0].reason


def test_a_stray_tab_is_named_as_a_tab() -> None:
    rows = ["Description\tQty\tAmount USD", "Bolts\t1\t2", "Nuts\tM8\t3\t4", "Washers\t5\t6"]
    listing = reader.read("\n".join(rows).encode(), "shifted.tsv")
    assert "4 cells where the header has 3: a stray tab in a cell" in listing.lines[1].problems[0].reason


def test_a_stray_delimiter_below_a_description_on_two_lines_and_an_inch_mark_names_its_own_row() -> None:
    data = b'Description;Quantity;Amount\n"Valve,\nbrass";3;4\nPipe 3/4" steel;1;2\nNuts; M8;5;6\nBolts;7;8\n'
    listing = reader.read(data, "quotes.csv")
    assert [(line.row, line.has_errors) for line in listing.lines] == [(1, False), (2, False), (3, True), (4, False)]
    assert listing.lines[2].problems[0].reason.endswith("(line 5 of the file)")
