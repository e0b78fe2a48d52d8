"""The upload form's `columns`: namings one per line, or several on a line parted by ';'."""

import pytest

from application.pipeline.named_columns import InvalidColumns, form_columns, named_columns


def test_namings_on_lines_and_parted_by_semicolons_are_the_same() -> None:
    on_lines = form_columns("description=Наименование товара\n\nquantity=Кол-во\n")
    on_one_line = form_columns("description=Наименование товара; quantity=Кол-во")
    named = {"description": "Наименование товара", "quantity": "Кол-во"}
    assert named_columns(on_lines) == named_columns(on_one_line) == named


def test_a_semicolon_not_followed_by_a_field_stays_in_the_header() -> None:
    assert named_columns(form_columns("value=Amount; USD;unit_price = Price")) == {
        "value": "Amount; USD",
        "unit_price": "Price",
    }
    assert form_columns("Malın Cinsi") == ["Malın Cinsi"]
    assert form_columns(" \n ") == []


def test_a_wrong_field_after_a_semicolon_is_refused_not_swallowed_by_the_header() -> None:
    with pytest.raises(InvalidColumns, match="'hs' is no field"):
        named_columns(form_columns("description=Kalem; hs=GTİP"))
