from dataclasses import replace

from application.processing.item_problems import at_invoice_rows, places_in_words, rows_in_words
from domain.classification.commodity_code import CommodityCode
from domain.declaration.classified_line import ClassifiedLine
from domain.declaration.declaration import Declaration
from domain.declaration.grouping import group_into_items, split_into_declarations
from domain.goods.problems import RowProblem
from domain.goods.product_line import ProductLine
from tests.application.fakes import header, line


def lines_of(codes: list[str], title_rows: int | None = None) -> dict[int, ProductLine]:
    """Lines by row; placed below `title_rows` title rows and the header row, or nowhere (a job stored before
    places were kept)."""
    lines = {row: line(row, f"goods {row}") for row in range(1, len(codes) + 1)}
    for row, product in lines.items():
        product.place = f"spreadsheet row {row + title_rows + 1}" if title_rows is not None else None
    return lines


def declaration_of(codes: list[str], lines: dict[int, ProductLine]) -> Declaration:
    entries = [ClassifiedLine(lines[row], CommodityCode(code), "text") for row, code in enumerate(codes, start=1)]
    return split_into_declarations(group_into_items(entries, header()), header())[0]


CODES = ["847130000", "090220000", "847130000", "847130000"]


def test_a_problem_of_an_item_is_told_by_the_invoice_rows_it_came_from() -> None:
    lines = lines_of(CODES)
    declaration = declaration_of(CODES, lines)
    found = RowProblem(1, "net mass", "Item 1 net mass 5 kg is more than its gross mass 4 kg")
    told = at_invoice_rows(found, declaration, lines)
    assert str(told) == (
        "row 1, column 'net mass': Item 1 net mass 5 kg is more than its gross mass 4 kg "
        "(goods item 1 holds rows 1, 3 and 4)"
    )
    assert str(at_invoice_rows(replace(found, row=2, reason="Item 2 ..."), declaration, lines)) == (
        "row 2, column 'net mass': Item 2 ..."
    )


def test_a_problem_of_an_item_names_the_spreadsheet_rows_of_its_lines() -> None:
    lines = lines_of(CODES, title_rows=5)
    declaration = declaration_of(CODES, lines)
    found = RowProblem(1, "net mass", "Item 1 net mass 5 kg is more than its gross mass 4 kg")
    assert str(at_invoice_rows(found, declaration, lines)) == (
        "row 1, column 'net mass': Item 1 net mass 5 kg is more than its gross mass 4 kg "
        "(goods item 1 holds spreadsheet rows 7, 9 and 10)"
    )
    assert str(at_invoice_rows(replace(found, row=2, reason="Item 2 ..."), declaration, lines)) == (
        "row 2, column 'net mass': Item 2 ... (spreadsheet row 8)"
    )


def test_a_problem_of_the_header_is_left_as_it_is() -> None:
    lines = lines_of(["847130000"], title_rows=5)
    found = RowProblem(None, "Valuation / Gs_Invoice", "the invoice total is 5 but the item prices add up to 6")
    assert at_invoice_rows(found, declaration_of(["847130000"], lines), lines) == found


def test_many_rows_are_counted_past_the_first_ten() -> None:
    assert rows_in_words([7]) == "row 7"
    assert rows_in_words(list(range(1, 15))) == "rows 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 4 more"


def test_places_of_one_form_are_told_once_and_others_as_they_are() -> None:
    assert places_in_words(["spreadsheet row 8"]) == "spreadsheet row 8"
    assert places_in_words(["line 3 of the file", "line 5 of the file"]) == "lines 3 and 5 of the file"
    assert places_in_words(["spreadsheet row 8", "line 5 of the file"]) == "spreadsheet row 8 and line 5 of the file"
    on_sheet = [f"spreadsheet row {n} on sheet 'Invoice 2'" for n in (8, 10)]
    assert places_in_words(on_sheet) == "spreadsheet rows 8 and 10 on sheet 'Invoice 2'"
    many = [f"spreadsheet row {n}" for n in range(3, 15)]
    assert places_in_words(many) == "spreadsheet rows 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 2 more"
