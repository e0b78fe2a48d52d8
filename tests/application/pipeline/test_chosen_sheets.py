"""The upload form's `sheets`: the names of the workbook sheets to read, one per line or parted by ';'."""

from application.pipeline.chosen_sheets import form_sheets


def test_names_one_per_line_or_parted_by_a_semicolon_give_the_same_sheets() -> None:
    assert form_sheets("Invoice 1; Invoice 2") == ("Invoice 1", "Invoice 2")
    assert form_sheets("Invoice 1\r\nInvoice 2\n\n") == ("Invoice 1", "Invoice 2")


def test_blanks_and_repeats_are_left_out() -> None:
    assert form_sheets(" ;Лист2;; Лист2 ") == ("Лист2",)
    assert form_sheets("") == ()
