"""A column of amounts formatted in another currency than the list states (a template's stale format) is named
in one warning for the column, with both currencies, how many cells and the first and last rows; a column with
one such cell keeps the warning on that cell's line."""

import io

from openpyxl import Workbook

from adapters.reading import PolarsProductListReader
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_list import ProductList

reader = PolarsProductListReader()
EURO, DOLLAR = "[$€-x-euro2] #,##0.00", "#,##0.00 [$USD]"
LINES = 1_500


def _read(header: list[str], rows: list[list[object]], formats: dict[str, str], cover: bool = False) -> ProductList:
    """The list on the workbook's first sheet, or on a sheet 'Goods' after a cover sheet."""
    book = Workbook()
    sheet = book.create_sheet("Goods") if cover else book.active
    for row in [header, *rows]:
        sheet.append(row)
    for cell, written in formats.items():
        sheet[cell].number_format = written
    saved = io.BytesIO()
    book.save(saved)
    return reader.read(saved.getvalue(), "invoice.xlsx")


def _goods(count: int) -> list[list[object]]:
    return [[f"Steel bolt M{number}", 10, 2.5, 25] for number in range(1, count + 1)]


def _stale(listing: ProductList) -> list[RowProblem]:
    return [p for p in listing.all_problems() if "by their number format" in p.reason or "by its number" in p.reason]


def test_a_column_of_stale_formats_is_one_warning_naming_the_column_currencies_cells_and_rows() -> None:
    """Amounts in a euro template under a dollar header, and one price: the price keeps its own warning."""
    header = ["Description", "Quantity", "Price, USD", "Amount, USD"]
    formats = {f"D{row}": EURO for row in range(2, LINES + 2)} | {"C9": EURO}
    listing = _read(header, _goods(LINES), formats)
    assert listing.currency == "USD" and listing.errors == []
    assert {line.value.currency for line in listing.lines if line.value} == {"USD"}
    assert _stale(listing) == [
        RowProblem(
            None,
            "Amount, USD",
            "1,500 cells (spreadsheet rows 2-1501) show EUR by their number format, but the lines' currency is USD, "
            "from the header 'Amount, USD': they are read in USD; check which currency the amounts are in",
            Severity.WARNING,
        ),
        RowProblem(
            8,
            "Price, USD",
            "'2.5' shows EUR by its number format, but the line's currency is USD, from the header 'Amount, USD': "
            "it is read in USD; check which currency the amount is in (spreadsheet row 9)",
            Severity.WARNING,
        ),
    ]
    assert listing.lines[7].problems == [_stale(listing)[1]]


def test_the_title_rows_currency_and_a_total_in_the_stale_format_are_named_apart() -> None:
    """The column's cells count the goods lines only: the total row's cell has a warning of its own."""
    rows = [["Description", "Quantity", "Price", "Amount"], *_goods(3), ["TOTAL", 30, None, 75]]
    listing = _read(["Invoice 7, currency: EUR"], rows, {f"D{row}": DOLLAR for row in range(3, 7)})
    assert [str(problem) for problem in _stale(listing)] == [
        "column 'Amount': 3 cells (spreadsheet rows 3, 4 and 5) show USD by their number format, but the lines' "
        "currency is EUR, from the title rows: they are read in EUR; check which currency the amounts are in",
        "row 4, column 'Amount': '75' shows USD by its number format, but the lines' currency is EUR: the row is "
        "not declared, but check which currency the amounts are in (spreadsheet row 6)",
    ]


def test_a_column_whose_other_stale_cells_agree_with_their_lines_currency_keeps_the_one_cells_wording() -> None:
    """With a currency column, which cells disagree is known line by line: two formatted in euros, one line in
    euros; the one that disagrees is named as a cell, with its row."""
    header = ["Description", "Quantity", "Amount", "Currency"]
    rows = [[*goods[:2], goods[3], currency] for goods, currency in zip(_goods(3), ["USD", "EUR", "USD"], strict=True)]
    listing = _read(header, rows, {"C2": EURO, "C3": EURO})
    assert [str(problem) for problem in _stale(listing)] == [
        "row 1, column 'Amount': '25' shows EUR by its number format, but the line's currency is USD, from column "
        "'Currency': it is read in USD; check which currency the amount is in (spreadsheet row 2)"
    ]
    assert listing.lines[0].problems == _stale(listing)


def test_with_a_currency_column_of_several_currencies_a_stale_format_stays_on_its_line() -> None:
    """A dollar template over a currency column naming USD and EUR: the euro line's warning is on that line, so
    the per-line report shows it, and the list has none of its own."""
    header = ["Description", "Quantity", "Currency", "Amount"]
    currencies = ["USD", "USD", "EUR", "USD"]
    rows = [[*goods[:2], currency, goods[3]] for goods, currency in zip(_goods(4), currencies, strict=True)]
    listing = _read(header, rows, {f"D{row}": DOLLAR for row in range(2, 6)})
    warning = RowProblem(
        3,
        "Amount",
        "'25' shows USD by its number format, but the line's currency is EUR, from column 'Currency': it is read "
        "in EUR; check which currency the amount is in (spreadsheet row 4)",
        Severity.WARNING,
    )
    assert [line.problems for line in listing.lines] == [[], [], [warning], []]
    assert _stale(listing) == [warning]


def _column_warning(listing: ProductList) -> str:
    """The stale-format warning of column 'Amount, USD', up to its rows: "column 'Amount, USD': 2 cells (...)"."""
    (warning,) = _stale(listing)
    assert str(warning).endswith(
        " show EUR by their number format, but the lines' currency is USD, from the header 'Amount, USD': they are "
        "read in USD; check which currency the amounts are in"
    )
    return str(warning).split(" show EUR")[0]


def test_up_to_ten_cells_are_named_by_their_rows_and_more_by_the_first_and_last() -> None:
    header, lines = ["Description", "Quantity", "Price", "Amount, USD"], _goods(39)
    every_other = [f"D{row}" for row in range(2, 41, 2)]
    ten = _read(header, lines, dict.fromkeys(every_other[:10], EURO))
    eleven = _read(header, lines, dict.fromkeys(every_other[:11], EURO))
    apart = _read(header, lines, {"D2": EURO, "D40": EURO})
    on_a_sheet_of_two = _read(header, lines, {"D2": EURO, "D40": EURO}, cover=True)
    rows = "spreadsheet rows 2, 4, 6, 8, 10, 12, 14, 16, 18 and 20"
    assert _column_warning(ten) == f"column 'Amount, USD': 10 cells ({rows})"
    assert _column_warning(eleven) == "column 'Amount, USD': 11 cells (spreadsheet rows 2-22)"
    assert _column_warning(apart) == "column 'Amount, USD': 2 cells (spreadsheet rows 2 and 40)"
    assert (
        _column_warning(on_a_sheet_of_two)
        == "column 'Amount, USD': 2 cells (spreadsheet rows 2 and 40 on sheet 'Goods')"
    )
