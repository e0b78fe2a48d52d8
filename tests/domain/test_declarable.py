import pytest

from domain.goods.declarable import wordless_description
from tests.application.fakes import line


@pytest.mark.parametrize("description", ["12345", "***", "12-34 / 5"])
def test_a_description_of_digits_or_signs_is_an_error_naming_row_and_column(description: str) -> None:
    problem = wordless_description(line(2, description), {"description": "Description"})
    assert problem is not None and problem.severity == "error"
    assert str(problem).startswith(f"row 2, column 'Description': no words to classify in '{description}'")


@pytest.mark.parametrize("description", ["M8 bolts", "Чай зелёный", "", "茶"])
def test_words_in_any_script_or_an_empty_description_are_not_its_problem(description: str) -> None:
    assert wordless_description(line(2, description), {"description": "Description"}) is None
