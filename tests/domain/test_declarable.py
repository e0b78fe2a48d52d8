from dataclasses import replace

import pytest

from domain.goods.declarable import (
    NO_GROSS_MASS_COLUMN,
    missing_amount_column,
    missing_columns,
    unstated_gross_mass,
    unstated_value,
    wordless_description,
)
from domain.goods.problems import RowProblem
from tests.application.fakes import line


@pytest.mark.parametrize("description", ["12345", "***", "12-34 / 5"])
def test_a_description_of_digits_or_signs_is_an_error_naming_row_and_column(description: str) -> None:
    problem = wordless_description(line(2, description), {"description": "Description"})
    assert problem is not None and problem.severity == "error"
    assert str(problem).startswith(f"row 2, column 'Description': no words to classify in '{description}'")


@pytest.mark.parametrize("description", ["M8 bolts", "Чай зелёный", "", "茶"])
def test_words_in_any_script_or_an_empty_description_are_not_its_problem(description: str) -> None:
    assert wordless_description(line(2, description), {"description": "Description"}) is None


COLUMNS = {"description": "Description", "value": "Amount, USD", "net_mass": "Net, kg", "gross_mass": "Gross, kg"}


def test_a_list_without_an_amount_column_is_refused_once_for_the_file() -> None:
    problem = missing_amount_column({"description": "Description", "net_mass": "Net, kg"})
    assert problem is not None and problem.row is None and problem.severity == "error"
    assert problem.reason.startswith("no amount column was found: write its header as 'Amount, USD'")
    assert "name it as value=HEADER" in problem.reason  # like the quantity's and the net mass's messages
    assert missing_amount_column(COLUMNS) is None
    assert missing_amount_column({"unit_price": "Price", "quantity": "Qty"}) is None


def test_a_list_without_a_gross_mass_column_is_warned_once_that_the_net_mass_stands_in() -> None:
    (problem,) = missing_columns({"description": "Description", "value": "Amount", "net_mass": "Net weight, kg"})
    assert problem.row is None and problem.severity == "warning" and problem.reason == NO_GROSS_MASS_COLUMN
    assert problem.reason.startswith("no gross mass column was found: the gross mass is declared equal to the net")
    assert missing_columns(COLUMNS) == []


def test_a_list_without_net_masses_is_not_also_warned_of_its_gross_masses() -> None:
    problems = missing_columns({"description": "Description", "value": "Amount, USD"})
    assert [p.severity for p in problems] == ["error"]


def test_an_empty_gross_mass_beside_a_net_mass_is_a_warning_of_its_row() -> None:
    blank = line(3, "Coffee")
    blank.gross_mass = None
    problem = unstated_gross_mass(blank, COLUMNS)
    assert (
        problem is not None
        and problem.severity == "warning"
        and str(problem)
        == (
            "row 3, column 'Gross, kg': the gross mass is empty: the net mass is declared in its place (box 35); state "
            "it before lodging"
        )
    )
    assert unstated_gross_mass(line(4, "Tea"), COLUMNS) is None
    assert unstated_gross_mass(blank, {"description": "Description", "net_mass": "Net, kg"}) is None  # one warning


def test_an_empty_amount_is_an_error_of_its_row_but_a_stated_zero_is_not() -> None:
    empty = line(3, "Hats")
    empty.value = None
    assert str(unstated_value(empty, COLUMNS)) == (
        "row 3, column 'Amount, USD': the amount is empty: a declaration needs the value of every line"
    )
    assert unstated_value(line(4, "Caps", value="0"), COLUMNS) is None


def test_an_unreadable_amount_is_left_to_the_readers_own_problem() -> None:
    unreadable = line(3, "Hats")
    unreadable.value = None
    unreadable.problems.append(RowProblem(3, "Amount, USD", "'abc' is not a number"))
    assert unstated_value(unreadable, COLUMNS) is None


def test_both_name_the_place_the_reader_found_the_line_in_as_the_readers_messages_do() -> None:
    wordless = replace(line(2, "12345"), place="spreadsheet row 4")
    assert str(wordless_description(wordless, COLUMNS)) == (
        "row 2, column 'Description': no words to classify in '12345': the description must say what the goods are "
        "(spreadsheet row 4)"
    )
    empty = replace(line(3, "Hats"), value=None, place="line 5 of the file")
    assert str(unstated_value(empty, COLUMNS)) == (
        "row 3, column 'Amount, USD': the amount is empty: a declaration needs the value of every line "
        "(line 5 of the file)"
    )


def test_a_list_without_a_net_mass_column_is_refused_once_for_the_file() -> None:
    (problem,) = missing_columns({"description": "Description", "value": "Amount", "gross_mass": "Gross, kg"})
    assert problem.row is None and problem.severity == "error"
    assert problem.reason.startswith("no net mass (weight) column was found: add a column 'Net weight, kg'")
    assert "name it as net_mass=HEADER (--column, or the upload form's Columns)" in problem.reason
    assert missing_columns(COLUMNS) == []
    assert missing_columns({}) == []  # a list read without its columns: nothing to judge


def test_a_list_without_amounts_or_masses_is_told_both_at_once() -> None:
    reasons = [p.reason[:20] for p in missing_columns({"description": "Description"})]
    assert reasons == ["no amount column was", "no net mass (weight)"]
