"""In a workbook of several sheets, a total below a sheet's own total (or one labelled for the whole invoice) is the
invoice's: it is checked against the lines of every sheet read (ADR 0034)."""

from tests.adapters.reading.invoices import sheets_xlsx

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity
from domain.goods.product_list import ProductList

reader = PolarsProductListReader()
GOODS = ["Description", "Quantity", "Unit", "Unit price", "Amount, USD", "N.W. kg"]
FIRST = [
    GOODS,
    ["Washing machine", 10, "pcs", 300, 3000, 620],
    ["T-shirt", 500, "pcs", 4, 2000, 100],
    ["Black tea, 250 g packs", 400, "pcs", 4.5, 1800, 700],
    ["Итого по листу", None, None, None, 6800, 1420],
]
SECOND = [
    GOODS,
    ["Ceramic tiles", 2000, "m2", 1.7, 3400, 6000],
    ["Refrigerator", 10, "pcs", 300, 3000, 700],
    ["Итого по листу", None, None, None, 6400, 6700],
]


def _warnings(listing: ProductList) -> list[str]:
    return [problem.reason for problem in listing.all_problems() if problem.severity is Severity.WARNING]


def test_a_wrong_invoice_total_below_the_last_sheets_total_is_named() -> None:
    last = [*SECOND, ["Всего по инвойсу", None, None, None, 13000, 9000]]
    listing = reader.read(sheets_xlsx(("Лист1", FIRST), ("Лист2", last)), "invoice.xlsx")

    assert len(listing.lines) == 5
    assert (
        "the invoice's printed total 13000 differs from the sum of the lines of every sheet 13200 by 200 "
        "(spreadsheet row 5 on sheet 'Лист2')"
    ) in _warnings(listing)
    assert any("9000" in warning and "8120" in warning for warning in _warnings(listing))


def test_a_right_invoice_total_is_not_named() -> None:
    last = [*SECOND, ["Grand total", None, None, None, 13200, 8120]]
    listing = reader.read(sheets_xlsx(("Лист1", FIRST), ("Лист2", last)), "invoice.xlsx")

    assert not [warning for warning in _warnings(listing) if "differs" in warning]


def test_a_total_labelled_for_the_invoice_is_checked_against_every_sheet_not_its_own() -> None:
    right = [*SECOND[:3], ["Всего по инвойсу", None, None, None, 13200, 8120]]
    wrong = [*SECOND[:3], ["Jemi inwoýs boýunça", None, None, None, 13000, 8120]]

    assert not [
        w for w in _warnings(reader.read(sheets_xlsx(("Лист1", FIRST), ("Лист2", right)), "i.xlsx")) if "differ" in w
    ]
    warnings = [
        w for w in _warnings(reader.read(sheets_xlsx(("Лист1", FIRST), ("Лист2", wrong)), "i.xlsx")) if "differ" in w
    ]
    assert warnings == [
        "the invoice's printed total 13000 differs from the sum of the lines of every sheet 13200 by 200 "
        "(spreadsheet row 4 on sheet 'Лист2')"
    ]
