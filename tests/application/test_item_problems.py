from dataclasses import replace

from application.processing.item_problems import at_invoice_rows, rows_in_words
from domain.classification.commodity_code import CommodityCode
from domain.declaration.classified_line import ClassifiedLine
from domain.declaration.declaration import Declaration
from domain.declaration.grouping import group_into_items, split_into_declarations
from domain.goods.problems import RowProblem
from tests.application.fakes import header, line


def declaration_of(codes: list[str]) -> list[Declaration]:
    entries = [ClassifiedLine(line(row, f"goods {row}"), CommodityCode(code), "text") for row, code in
               enumerate(codes, start=1)]  # fmt: skip
    return split_into_declarations(group_into_items(entries, header()), header())


def test_a_problem_of_an_item_is_told_by_the_invoice_rows_it_came_from() -> None:
    declaration = declaration_of(["847130000", "090220000", "847130000", "847130000"])[0]
    found = RowProblem(1, "net mass", "Item 1 net mass 5 kg is more than its gross mass 4 kg")
    told = at_invoice_rows(found, declaration)
    assert str(told) == (
        "row 1, column 'net mass': Item 1 net mass 5 kg is more than its gross mass 4 kg "
        "(goods item 1 holds rows 1, 3 and 4)"
    )
    assert str(at_invoice_rows(replace(found, row=2, reason="Item 2 ..."), declaration)) == (
        "row 2, column 'net mass': Item 2 ..."
    )


def test_a_problem_of_the_header_is_left_as_it_is() -> None:
    declaration = declaration_of(["847130000"])[0]
    found = RowProblem(None, "Valuation / Gs_Invoice", "the invoice total is 5 but the item prices add up to 6")
    assert at_invoice_rows(found, declaration) == found


def test_many_rows_are_counted_past_the_first_ten() -> None:
    assert rows_in_words([7]) == "row 7"
    assert rows_in_words(list(range(1, 15))) == "rows 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 4 more"
