"""A packing-list sheet whose descriptions are the invoice's names without the model the reader joins to them
('LED BULB' against 'LED BULB' + model 'A60 9W'), or otherwise worded with the same quantities line by line, is
combined with the invoice; other goods, or other quantities, never are."""

import io

from openpyxl import Workbook

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity
from domain.goods.product_list import ProductList

reader = PolarsProductListReader()
GOODS = [  # name, model, quantity, amount, cartons, net kg
    ("CEILING FAN", "52IN 3 BLADES", 400, 9200, 100, 2400),
    ("WALL SOCKET", "2P+E 16A", 6000, 3000, 60, 540),
]
INVOICE = [["ITEM", "DESCRIPTION", "MODEL", "QTY (PCS)", "AMOUNT (USD)"]] + [
    [n, name, model, qty, amount] for n, (name, model, qty, amount, *_) in enumerate(GOODS, 1)
]


def _read(packing: list[list[object]], invoice: list[list[object]] = INVOICE) -> ProductList:
    book = Workbook()
    book.remove(book.active)
    for title, rows in (("INVOICE", invoice), ("PACKING LIST", packing)):
        sheet = book.create_sheet(title)
        sheet.append([f"{title} NO. GZ-2611"])
        for row in rows:
            sheet.append(row)
    saved = io.BytesIO()
    book.save(saved)
    return reader.read(saved.getvalue(), "invoice.xlsx")


def _packing(descriptions: list[str], quantities: list[int]) -> list[list[object]]:
    rows = zip(descriptions, quantities, GOODS, strict=True)
    return [["ITEM", "DESCRIPTION", "QTY (PCS)", "CTNS", "N.W. (KG)"]] + [
        [n, text, qty, cartons, net] for n, (text, qty, (*_, cartons, net)) in enumerate(rows, 1)
    ]


def _warnings(listing: ProductList) -> list[str]:
    return [p.reason for p in listing.all_problems() if p.severity is Severity.WARNING]


def test_the_invoices_names_without_their_models_match_the_packing_list() -> None:
    listing = _read(_packing(["CEILING FAN", "WALL SOCKET"], [400, 6000]))
    assert [line.description for line in listing.lines] == ["CEILING FAN, 52IN 3 BLADES", "WALL SOCKET, 2P+E 16A"]
    assert [(line.packages, line.net_mass and line.net_mass.kilograms) for line in listing.lines] == [
        (100, 2400), (60, 540),
    ]  # fmt: skip
    assert any(w.endswith("list the same goods as sheet 'INVOICE' in the same order") for w in _warnings(listing))


def test_other_descriptions_with_the_same_quantities_match_and_the_warning_says_so() -> None:
    listing = _read(_packing(["CEILING FAN 52 INCH", "SOCKET 16A"], [400, 6000]))
    assert [line.packages for line in listing.lines] == [100, 60]
    assert any(
        "with the same quantities but other descriptions ('CEILING FAN 52 INCH', spreadsheet row 3 on sheet "
        "'PACKING LIST')" in warning
        for warning in _warnings(listing)
    )


def test_other_descriptions_with_another_quantity_do_not_match() -> None:
    listing = _read(_packing(["CEILING FAN 52 INCH", "SOCKET 16A"], [400, 600]))
    assert all(line.packages is None and line.net_mass is None for line in listing.lines)
    assert any("was not read: its lines do not match" in warning for warning in _warnings(listing))


def test_a_name_that_only_begins_the_invoices_name_does_not_match() -> None:
    listing = _read(_packing(["CEILING", "WALL SOCKET"], [400, 6001]))
    assert all(line.packages is None for line in listing.lines)


def test_other_descriptions_with_quantities_alike_on_every_line_do_not_match() -> None:
    invoice = [INVOICE[0]] + [[n, name, model, 50, amount] for n, (name, model, _, amount, *_) in enumerate(GOODS, 1)]
    listing = _read(_packing(["GARDEN HOSE 20M", "SPRINKLER"], [50, 50]), invoice)
    assert all(line.packages is None and line.net_mass is None for line in listing.lines)  # 50 and 50: by chance
