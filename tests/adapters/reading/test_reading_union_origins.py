"""'EU', 'Евросоюз', 'European Union', 'ЕС' as a country of origin: an error on the line's origin cell at once,
saying to state the member state, not a code the declaration's XML check refuses at the end."""

import pytest

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity

reader = PolarsProductListReader()


@pytest.mark.parametrize("written", ["EU", "Евросоюз", "European Union", "ЕС", "E.U.", "Made in EU"])
def test_a_union_of_states_as_the_origin_is_an_error_naming_row_and_column(written: str) -> None:
    text = f"Description;Qty;Amount, USD;Country of origin\nKettle;10;90;China\nCoffee machine;2;800;{written}\n"
    kettle, machine = reader.read(text.encode(), "list.csv").lines

    assert (kettle.origin, machine.origin) == ("CN", None)
    (problem,) = machine.problems
    assert (problem.row, problem.column, problem.severity) == (2, "Country of origin", Severity.ERROR)
    assert problem.reason == (
        f"'{written}' is the European Union, not a country: state the member state the goods come from (such as DE "
        "or IT), as the declaration needs an ISO 3166 country of origin (line 3 of the file)"
    )


def test_a_cell_naming_the_union_and_one_member_state_is_of_that_state() -> None:
    text = "Description;Qty;Amount, USD;Origin\nCoffee machine;2;800;EU / Germany\nGrinder;1;90;Italy (EU)\n"
    assert [line.origin for line in reader.read(text.encode(), "list.csv").lines] == ["DE", "IT"]


def test_a_footer_stating_the_union_as_the_lists_origin_gives_no_line_that_origin() -> None:
    rows = ["Description;Qty;Amount, USD", "Kettle;10;90", "Coffee machine;2;800", "Country of origin: EU"]
    listing = reader.read("\n".join(rows).encode(), "list.csv")
    assert [line.origin for line in listing.lines] == [None, None]
    (note,) = [problem for problem in listing.problems if "European Union" in problem.reason]
    assert note.severity is Severity.WARNING
    assert note.reason == (
        "'Country of origin: EU' (line 4 of the file) states the European Union as the origin of the whole list, "
        "which is no country: no line takes it; state the member state the goods come from in a column 'Country of "
        "origin' or as the header's country of origin"
    )
