"""A cell in another currency than its line says where the line's currency was read: the file has no
'currency' column unless it has one."""

from adapters.reading import PolarsProductListReader
from domain.goods.problems import RowProblem, Severity

reader = PolarsProductListReader()


def _problems(listed: str) -> list[RowProblem]:
    return [p for line in reader.read(listed.encode(), "invoice.csv").lines for p in line.problems]


def test_the_currency_of_the_amount_header_is_named_as_written() -> None:
    assert _problems("Description;Qty;Amount, USD;Net kg\nLamp;1;€5;1\n") == [
        RowProblem(
            1,
            "Amount, USD",
            "'€5' is in EUR, but the line's currency is USD, from the header 'Amount, USD' (line 2 of the file)",
            Severity.ERROR,
        )
    ]


def test_the_currency_of_the_title_rows_is_said_to_come_from_them() -> None:
    (problem,) = _problems("Invoice 12, currency: USD\nDescription;Qty;Amount;Net kg\nLamp;1;€5;1\n")
    assert (problem.row, problem.column) == (1, "Amount")
    assert problem.reason.startswith("'€5' is in EUR, but the line's currency is USD, from the title rows")


def test_a_line_whose_cells_disagree_names_the_amount_column_its_currency_comes_from() -> None:
    """The file's currency is settled on the first chunk (here one row, unmarked); later lines go by their cells."""
    listed = "Description;Qty;Price;Amount;Net kg\nDesk;1;5;5;1\nLamp;1;5 USD;5 EUR;1\n"
    chunks = list(reader.read_chunks(listed.encode(), "invoice.csv", chunk_rows=1))
    (problem,) = [p for chunk in chunks for line in chunk.lines for p in line.problems]
    assert (problem.row, problem.column) == (2, "Price")
    assert problem.reason.startswith("'5 USD' is in USD, but the line's currency is EUR, from column 'Amount'")


def test_each_line_names_its_place_in_the_file_for_messages_made_after_reading() -> None:
    """Clean rows are built column-wise, the others row by row: both say where they stand."""
    listed = 'Invoice 12\nDescription;Qty;Amount, USD;Net kg\nDesk;1;5;1\n"Lamp,\nbrass";1;€5;1\nChair;2;8;3\n'
    lines = reader.read(listed.encode(), "invoice.csv").lines
    assert [line.place for line in lines] == ["line 3 of the file", "line 4 of the file", "line 6 of the file"]
