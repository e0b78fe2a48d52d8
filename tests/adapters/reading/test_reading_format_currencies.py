"""An amount whose currency only the cell's number format shows ('"€"#,##0.00', '[$USD] #,##0.00') is in that
currency when the list states its currency nowhere else; cells that disagree are errors, as marks in the text."""

import io
from decimal import Decimal

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from adapters.reading import PolarsProductListReader
from adapters.reading.number_formats import currency_of_format
from domain.goods.currency_source import CurrencySource
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_list import ProductList
from domain.measures import Money

reader = PolarsProductListReader()
GOODS = [["Refrigerator", 12, 300, 3600], ["LED TV 55 inch", 100, 300, 30000], ["Sunflower oil", 100, 2.5, 250]]


def _read(
    number_format: str, header: tuple[str, ...] = ("Description", "Quantity", "Price", "Amount"), **formats: str
) -> ProductList:
    """The goods from column B, amounts and prices in `number_format`; `formats` overrides cells: D4='0.00'."""
    book = Workbook()
    sheet = book.active
    sheet.append([None, *header])
    for goods in GOODS:
        sheet.append([None, *goods])
    for row in range(2, 2 + len(GOODS)):
        for column in "DE":
            sheet[f"{column}{row}"].number_format = number_format
    for cell, written in formats.items():
        sheet[cell].number_format = written
    saved = io.BytesIO()
    book.save(saved)
    return reader.read(saved.getvalue(), "invoice.xlsx")


def _no_currency_warnings(listing: ProductList) -> list[str]:
    return [p.reason for p in listing.problems if "states no currency" in p.reason]


@pytest.mark.parametrize(
    ("number_format", "currency"),
    [
        ('"€"#,##0.00', "EUR"),
        ("#,##0.00 [$€-407]", "EUR"),
        ("[$USD] #,##0.00", "USD"),
        ('#,##0.00 "руб."', "RUB"),
        ("[$₽-419]#,##0.00", "RUB"),
        ('_-* #,##0.00\\ "TMT"_-;\\-* #,##0.00\\ "TMT"_-', "TMT"),
        ("\\$#,##0.00", "USD"),
        ("[$¥-804]#,##0.00", "CNY"),
        ("#,##0.00 [$¥-411]", "JPY"),
    ],
)
def test_the_currency_shown_by_the_amounts_number_format_is_the_lists(number_format: str, currency: str) -> None:
    listing = _read(number_format)
    assert listing.currency == currency
    assert [line.value for line in listing.lines] == [Money(Decimal(v), currency) for v in ("3600", "30000", "250")]
    assert _no_currency_warnings(listing) == []
    assert listing.errors == []


@pytest.mark.parametrize("number_format", ["#,##0.00", '0.00 "kg"', "[$-409]#,##0.00", "_€#,##0.00", "[Red]0.00"])
def test_a_format_that_shows_no_currency_still_says_none_is_stated(number_format: str) -> None:
    listing = _read(number_format)
    assert listing.currency is None
    assert len(_no_currency_warnings(listing)) == 1


def test_cells_formatted_in_another_currency_than_the_rest_are_errors_naming_row_and_column() -> None:
    listing = _read('"€"#,##0.00', D4="[$USD] #,##0.00", E4="[$USD] #,##0.00")
    assert listing.currency == "EUR"
    assert listing.lines[2].problems == [
        RowProblem(
            3,
            "Amount",
            "'250' shows USD by its number format, but the line's currency is EUR,"
            " the commonest in the amount cells' number formats (spreadsheet row 4)",
            Severity.ERROR,
        ),
        RowProblem(
            3,
            "Price",
            "'2.5' shows USD by its number format, but the line's currency is EUR,"
            " the commonest in the amount cells' number formats (spreadsheet row 4)",
            Severity.ERROR,
        ),
    ]
    assert listing.lines[0].problems == [] and listing.lines[1].problems == []


def test_a_currency_stated_in_the_header_wins_over_the_number_format() -> None:
    listing = _read('"€"#,##0.00', header=("Description", "Quantity", "Price, USD", "Amount, USD"))
    assert listing.currency == "USD"
    assert [line.value.currency for line in listing.lines if line.value] == ["USD", "USD", "USD"]
    assert listing.errors == []


def test_a_row_whose_amount_has_a_plain_format_takes_the_currency_the_others_show() -> None:
    listing = _read("[$₽-419]#,##0.00", D3="General", E3="General")
    assert [line.value.currency for line in listing.lines if line.value] == ["RUB", "RUB", "RUB"]
    assert listing.errors == []


def test_number_formats_name_a_currency_only_where_they_show_one() -> None:
    assert currency_of_format('"US$"#,##0') == "USD"
    assert currency_of_format("[$CHF-100C] 0.00") == "CHF"
    assert currency_of_format('0 "pcs"') is None
    assert currency_of_format("dd/mm/yyyy") is None
    assert currency_of_format('0.00 "all"') is None  # an English word, not the Albanian lek


def test_a_yen_sign_names_the_yuan_or_the_yen_only_by_its_locale() -> None:
    assert currency_of_format("[$¥-804]#,##0.00") == "CNY"
    assert currency_of_format("[$¥-411]#,##0") == "JPY"
    assert currency_of_format("¥#,##0.00") is None
    assert currency_of_format('"¥"#,##0.00') is None


def test_a_currency_column_that_names_currencies_wins_and_an_empty_one_leaves_the_format() -> None:
    header = ("Description", "Quantity", "Price", "Amount", "Currency")
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    sheet.append(["Refrigerator", 12, 300, 3600, "USD"])
    sheet.append(["LED TV 55 inch", 100, 300, 30000, "USD"])
    for cell in ("C2", "D2", "C3", "D3"):
        sheet[cell].number_format = '"€"#,##0.00'
    saved = io.BytesIO()
    book.save(saved)
    named = reader.read(saved.getvalue(), "invoice.xlsx")
    empty = _read('"€"#,##0.00', header=header)
    assert [line.value.currency for line in named.lines if line.value] == ["USD", "USD"]
    assert named.errors == []
    assert [line.value.currency for line in empty.lines if line.value] == ["EUR", "EUR", "EUR"]


def test_rows_not_read_as_lines_leave_the_currency_to_the_lines_formats() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Description", "Quantity", "Amount"])
    sheet.append(["Refrigerator", 12, 3600])
    for goods in GOODS:  # two struck through, one hidden: not read, whatever their formats show
        sheet.append([goods[0], goods[1], goods[3]])
    sheet["C2"].number_format = "[$USD] #,##0.00"
    for row in (3, 4, 5):
        sheet[f"C{row}"].number_format = '"€"#,##0.00'
    for cell in ("A3", "B3", "C3", "A4", "B4", "C4"):
        sheet[cell].font = Font(strike=True)
    sheet.row_dimensions[5].hidden = True
    saved = io.BytesIO()
    book.save(saved)
    listing = reader.read(saved.getvalue(), "invoice.xlsx")
    assert listing.currency == "USD"
    assert [line.value for line in listing.lines] == [Money(Decimal(3600), "USD")]
    assert listing.errors == []


def test_a_line_says_its_currency_was_read_in_the_number_formats() -> None:
    listing = _read('"€"#,##0.00')
    place = "the commonest in the amount cells' number formats"
    assert {line.currency_source for line in listing.lines} == {CurrencySource("Amount", place)}


def _read_euro_lines_above(rows: list[list[object]], amounts: str) -> ProductList:
    """`rows` (a header and two goods lines first) with the lines' amounts in column `amounts` formatted in euros
    and those of the rows below them in dollars."""
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for row in range(2, len(rows) + 1):
        sheet[f"{amounts}{row}"].number_format = '"€"#,##0.00' if row <= 3 else "[$USD] #,##0.00"
    saved = io.BytesIO()
    book.save(saved)
    return reader.read(saved.getvalue(), "invoice.xlsx")


@pytest.mark.parametrize(
    "total_row",
    [
        [None, "TOTAL", 13, 3700],
        [None, "Итого:", 13, 3700],
        [None, "Jemi", 13, 3700],
        [None, "Grand total", 13, 3700],
        [None, "Всего", 13, 3700],
        ["TOTAL", None, 13, 3700],  # the label left of an empty description
    ],
)
def test_total_rows_do_not_vote_for_the_currency_the_formats_show(total_row: list[object]) -> None:
    goods = [["No.", "Description", "Quantity", "Amount"], [1, "Refrigerator", 12, 3600], [2, "Desk lamp", 1, 100]]
    # a subtotal and the total, a page's and the invoice's
    listing = _read_euro_lines_above([*goods, total_row, total_row, total_row], "D")
    assert listing.currency == "EUR"
    assert [line.value for line in listing.lines] == [Money(Decimal(3600), "EUR"), Money(Decimal(100), "EUR")]
    assert listing.errors == []


@pytest.mark.parametrize(
    "below_the_lines",
    [
        [["Total FOB", 13, 3700], ["Freight", None, 300], ["Insurance", None, 50], ["Total CIF", None, 4050]],
        [["Итого FOB", 13, 3700], ["Фрахт", None, 300], ["Страховка", None, 50], ["Всего CIF Ашхабад", None, 4050]],
    ],
    ids=["english", "russian"],
)
def test_charge_rows_and_totals_with_more_words_do_not_vote_either(below_the_lines: list[list[object]]) -> None:
    """Freight and insurance billed apart, or a 'Total CIF' typed over a template, may show another currency."""
    goods: list[list[object]] = [
        ["Description", "Quantity", "Amount"],
        ["Refrigerator", 12, 3600],
        ["Desk lamp", 1, 100],
    ]
    listing = _read_euro_lines_above([*goods, *below_the_lines], "C")
    assert listing.currency == "EUR"
    assert [line.value for line in listing.lines] == [Money(Decimal(3600), "EUR"), Money(Decimal(100), "EUR")]
    assert listing.errors == []
    assert listing.totals.value == Decimal(4050)
