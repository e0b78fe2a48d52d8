"""A number format that shows another currency than the one the list states (its header, title rows or
currency column) does not overrule it (ADR 0020: a template's format may be stale), but the cell is named in a
warning with both currencies; so is the amount of a total or charge row in another currency than the lines'."""

import io
from decimal import Decimal

from openpyxl import Workbook

from adapters.reading import PolarsProductListReader
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_list import ProductList
from domain.measures import Money

reader = PolarsProductListReader()
GOODS = [["Refrigerator", 12, 300, 3600], ["LED TV 55 inch", 100, 300, 30000], ["Sunflower oil", 100, 2.5, 250]]
HEADER = ["Description", "Quantity", "Price, USD", "Amount, USD"]
EURO = '"€"#,##0.00'


def _read(rows: list[list[object]], formats: dict[str, str]) -> ProductList:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    for cell, written in formats.items():
        book.active[cell].number_format = written
    saved = io.BytesIO()
    book.save(saved)
    return reader.read(saved.getvalue(), "invoice.xlsx")


def _warnings(listing: ProductList) -> list[str]:
    """The warnings on rows (not the file's: 'there is no unit column', the charges named)."""
    return [str(p) for p in listing.all_problems() if p.severity is Severity.WARNING and p.row is not None]


def test_an_amount_formatted_in_another_currency_than_the_header_states_is_a_warning_on_its_cell() -> None:
    listing = _read([HEADER, *GOODS], {"D3": EURO, "C3": "[$USD] #,##0.00", "D2": "[$USD] #,##0.00"})
    assert [line.value for line in listing.lines] == [Money(Decimal(v), "USD") for v in ("3600", "30000", "250")]
    assert listing.errors == []
    assert listing.lines[1].problems == [
        RowProblem(
            2,
            "Amount, USD",
            "'30000' shows EUR by its number format, but the line's currency is USD, from the header 'Amount, USD':"
            " it is read in USD; check which currency the amount is in (spreadsheet row 3)",
            Severity.WARNING,
        )
    ]
    assert listing.lines[0].problems == [] and listing.lines[2].problems == []


def test_every_amount_in_another_format_is_named_and_the_title_rows_or_currency_column_say_where() -> None:
    titled = _read([["Invoice 7, currency: USD"], [*HEADER[:2], "Price", "Amount"], *GOODS], {"D3": EURO})
    assert _warnings(titled) == [
        "row 1, column 'Amount': '3600' shows EUR by its number format, but the line's currency is USD, from the "
        "title rows: it is read in USD; check which currency the amount is in (spreadsheet row 3)"
    ]
    columned = [[*HEADER[:2], "Price", "Amount", "Currency"], *[[*goods, "USD"] for goods in GOODS]]
    in_column = _read(columned, {"C4": "[$₽-419]#,##0.00", "D4": "[$₽-419]#,##0.00"})
    assert in_column.errors == []
    assert _warnings(in_column) == [
        f"row 3, column '{column}': '{written}' shows RUB by its number format, but the line's currency is USD, "
        "from column 'Currency': it is read in USD; check which currency the amount is in (spreadsheet row 4)"
        for column, written in (("Amount", "250"), ("Price", "2.5"))
    ]


def test_formats_that_agree_with_the_stated_currency_or_show_none_say_nothing() -> None:
    formats = {f"{column}{row}": "[$USD] #,##0.00" for column in "CD" for row in (2, 3)} | {"D4": "#,##0.00"}
    listing = _read([HEADER, *GOODS], formats)
    assert listing.errors == [] and _warnings(listing) == []


def test_a_total_formatted_in_another_currency_than_the_lines_is_a_warning_not_an_error() -> None:
    rows = [[*HEADER[:2], "Price", "Amount"], *GOODS, ["TOTAL", 212, None, 33850]]
    lines_in_euro = {f"{column}{row}": EURO for column in "CD" for row in (2, 3, 4)}
    listing = _read(rows, lines_in_euro | {"D5": "[$USD] #,##0.00"})
    assert listing.currency == "EUR" and listing.totals.value == Decimal(33850)
    assert listing.errors == []
    assert _warnings(listing) == [
        "row 4, column 'Amount': '33850' shows USD by its number format, but the lines' currency is EUR: the row is "
        "not declared, but check which currency the amounts are in (spreadsheet row 5)"
    ]


def test_a_total_or_a_charge_under_a_stated_currency_is_named_too() -> None:
    rows = [HEADER, *GOODS, ["Freight", None, None, 500], ["TOTAL", None, None, 34350]]
    listing = _read(rows, {"D5": EURO, "D6": "[$₽-419]#,##0.00"})
    assert listing.errors == []
    assert _warnings(listing) == [
        "row 4, column 'Amount, USD': '500' shows EUR by its number format, but the lines' currency is USD: the row "
        "is not declared, but check which currency the amounts are in (spreadsheet row 5)",
        "row 5, column 'Amount, USD': '34350' shows RUB by its number format, but the lines' currency is USD: the "
        "row is not declared, but check which currency the amounts are in (spreadsheet row 6)",
    ]


def test_a_total_marked_in_another_currency_in_a_csv_is_named() -> None:
    listed = "Description;Qty;Amount, EUR\nTea;1;10\nCoffee;2;20\nTOTAL;3;$30\n"
    listing = reader.read(listed.encode(), "invoice.csv")
    assert listing.errors == []
    assert _warnings(listing) == [
        "row 3, column 'Amount, EUR': '$30' is in USD, but the lines' currency is EUR: the row is not declared, but "
        "check which currency the amounts are in (line 4 of the file)"
    ]
