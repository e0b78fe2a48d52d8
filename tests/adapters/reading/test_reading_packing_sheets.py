"""A workbook with an invoice sheet and a packing-list sheet: the sheet with the amounts is read, and the packing
list's masses and packages go into its lines when both list the same goods in the same order; never otherwise."""

import io
from decimal import Decimal

from openpyxl import Workbook

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity
from domain.goods.product_list import ProductList
from domain.measures import Mass

reader = PolarsProductListReader()
GOODS = [  # description, quantity, unit price, packages, net kg, gross kg
    ("Gas water heater 10 L/min, wall-mounted", 150, 86, 150, 1650, 1950),
    ("Radiator, aluminium, 10 sections", 400, 31, 400, 4800, 5200),
    ("PPR pipe 25 mm PN20, 4 m", 3000, 1.35, 100, 3360, 3500),
]
INVOICE = [["No", "Description", "Quantity", "Unit", "Unit Price USD", "Amount USD", "Origin"]] + [
    [n, text, qty, "pcs", price, qty * price, "Turkey"] for n, (text, qty, price, *_) in enumerate(GOODS, 1)
]
PACKING = [["No", "Description", "Quantity", "Unit", "Packages", "Net Weight kg", "Gross Weight kg"]] + [
    [n, text, qty, "pcs", packages, net, gross] for n, (text, qty, _, packages, net, gross) in enumerate(GOODS, 1)
]


def _book(*sheets: tuple[str, list[list[object]]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        sheet.append([f"{title.upper()} to invoice IIS-2026-009"])
        sheet.append([])
        for row in rows:
            sheet.append(row)
    saved = io.BytesIO()
    book.save(saved)
    return saved.getvalue()


def _read(packing: list[list[object]], *more: tuple[str, list[list[object]]]) -> ProductList:
    return reader.read(_book(("Invoice", INVOICE), ("Packing List", packing), *more), "invoice.xlsx")


def _warnings(listing: ProductList) -> list[str]:
    return [p.reason for p in listing.all_problems() if p.severity is Severity.WARNING]


def test_the_packing_lists_masses_and_packages_go_into_the_invoices_lines() -> None:
    listing = _read(PACKING)
    assert [line.value.amount for line in listing.lines if line.value] == [12900, 12400, Decimal("4050")]
    assert [(line.net_mass, line.packages) for line in listing.lines] == [
        (Mass(Decimal(net)), packages) for *_, packages, net, _ in GOODS
    ]
    assert listing.lines[0].gross_mass == Mass(Decimal(1950))
    assert listing.lines[0].place == "spreadsheet row 4 on sheet 'Invoice'"
    assert listing.columns["net_mass"] == "Net Weight kg"
    assert _warnings(listing) == [
        "the net mass, gross mass and packages of the lines are taken from sheet 'Packing List', whose 3 lines list "
        "the same goods as sheet 'Invoice' in the same order"
    ]


def test_lists_of_different_lengths_are_not_combined_and_the_warning_says_why() -> None:
    listing = _read(PACKING[:-1])
    assert all(line.net_mass is None for line in listing.lines)
    assert "net_mass" not in listing.columns
    assert _warnings(listing) == [
        "sheet 'Packing List' also holds a list and was not read: its lines do not match those of 'Invoice' one by "
        "one (it has 2 lines and the invoice 3); put its masses and packages on sheet 'Invoice', or list the same "
        "goods in the same order on both"
    ]


def test_goods_in_another_order_are_not_combined() -> None:
    listing = _read([PACKING[0], PACKING[2], PACKING[1], PACKING[3]])
    assert all(line.net_mass is None for line in listing.lines)
    assert (
        "'Radiator, aluminium, 10 sections' (spreadsheet row 4 on sheet 'Packing List') stands against 'Gas water "
        "heater 10 L/min, wall-mounted' (spreadsheet row 4 on sheet 'Invoice')"
    ) in _warnings(listing)[0]


def test_another_quantity_on_the_packing_list_is_no_match() -> None:
    listing = _read([*PACKING[:2], [2, GOODS[1][0], 40, "pcs", 40, 480, 520], PACKING[3]])
    assert all(line.packages is None for line in listing.lines)
    assert "the quantity of 'Radiator, aluminium, 10 sections' is 40 H87 against 400 H87" in _warnings(listing)[0]


def test_a_problem_of_a_packing_lines_mass_comes_with_the_mass() -> None:
    listing = _read([*PACKING[:3], [3, GOODS[2][0], 3000, "pcs", 100, 3600, 3500]])
    assert [str(p) for p in listing.lines[2].problems] == [
        "row 3, column 'Net Weight kg': net mass 3600 kg is more than gross mass 3500 kg (spreadsheet row 6 on sheet "
        "'Packing List')"
    ]


def test_a_column_the_invoice_has_is_never_taken_from_the_packing_list() -> None:
    invoice = [[*INVOICE[0], "Net kg"]] + [[*row, 1] for row in INVOICE[1:]]
    book = _book(("Invoice", invoice), ("Packing List", PACKING))
    listing = reader.read(book, "invoice.xlsx")
    assert [(line.net_mass, line.packages) for line in listing.lines] == [
        (Mass(Decimal(1)), 150),
        *[(Mass(Decimal(1)), packages) for *_, packages, _, _ in GOODS[1:]],
    ]
    assert _warnings(listing)[0].startswith("the gross mass and packages of the lines are taken from")


def test_the_sheet_with_the_amounts_is_read_and_a_third_list_is_named() -> None:
    listing = _read(PACKING, ("Draft", PACKING))
    assert len(listing.lines) == 3
    assert (
        "sheet 'Draft' also holds a list and was not read (one sheet is read: 'Invoice', the one with the amounts); "
        "put every line on one sheet, or upload that sheet as a file of its own"
    ) in _warnings(listing)


def test_the_kinds_written_in_the_packing_lists_packages_cells_come_with_the_packages() -> None:
    listing = _read([PACKING[0]] + [[*row[:4], f"{row[4]} cartons", *row[5:]] for row in PACKING[1:]])
    assert [(line.packages, line.package_kind) for line in listing.lines] == [(150, "CT"), (400, "CT"), (100, "CT")]
    assert not listing.errors


MACHINERY = [  # description, HS code, quantity, unit, unit price, packages, net kg, gross kg
    ("Wheel loader 5 t, diesel engine 162 kW", "842951", 2, "set", 48500, "2 units", 33800, 34000),
    ("Hydraulic excavator 21 t, crawler", "842952", 1, "set", 86000, "1 unit", 21500, 21700),
    ("Spare bucket teeth for excavator", "843149", 200, "pcs", 12.5, "4 pallets", 1600, 1720),
    ("Hydraulic hose assembly with fittings", "400931", 150, "pcs", 18, "3 cartons", 300, 330),
]

INVOICE_TITLES = (
    "[LOGO]",
    "SHANDONG TAISHAN MACHINERY CO., LTD",
    "No. 88 Industrial Park Road, Tai'an, Shandong, China",
    "Tel: +86 538 1234567",
    "COMMERCIAL INVOICE",
    "Invoice No.: TS20260301   Date: 2026-03-01   Terms: CIF Turkmenbashi   Currency: USD",
)


def _machinery_book(packing_units: list[str] | None = None) -> bytes:
    """A Chinese supplier's invoice under six title rows, and its packing list, with a unit column only when
    `packing_units` are given."""
    book = Workbook()
    invoice = book.active
    invoice.title = "Invoice"
    for title in INVOICE_TITLES:
        invoice.append([title])
    invoice.append(["No.", "Description", "HS Code", "Quantity", "Unit", "Unit Price (USD)", "Amount (USD)"])
    for n, (text, code, qty, unit, price, *_) in enumerate(MACHINERY, 1):
        invoice.append([n, text, code, qty, unit, price, qty * price])
    invoice.append([None, "TOTAL", None, None, None, None, 188200])
    packing = book.create_sheet("Packing List")
    for title in ("SHANDONG TAISHAN MACHINERY CO., LTD", "PACKING LIST", None):
        packing.append([title])
    units = ["Unit"] if packing_units else []
    packing.append(
        ["No.", "Description", "Quantity", *units, "Packages", "N.W. (kg)", "G.W. (kg)", "Measurement (CBM)"]
    )
    for n, (text, _, qty, _, _, packages, net, gross) in enumerate(MACHINERY, 1):
        unit = [packing_units[n - 1]] if packing_units else []
        packing.append([n, text, qty, *unit, packages, net, gross, 1.2])
    saved = io.BytesIO()
    book.save(saved)
    return saved.getvalue()


def test_a_packing_list_without_units_matches_the_invoice_on_the_numbers_and_brings_its_package_kinds() -> None:
    listing = reader.read(_machinery_book(), "TS20260301.xlsx")
    assert [line.quantity.unit for line in listing.lines if line.quantity] == ["SET", "SET", "H87", "H87"]
    assert [line.net_mass for line in listing.lines] == [Mass(Decimal(net)) for *_, net, _ in MACHINERY]
    assert [(line.packages, line.package_kind) for line in listing.lines] == [
        (2, None),
        (1, None),
        (4, "PX"),
        (3, "CT"),
    ]
    assert not listing.errors


def test_sheets_that_both_state_units_and_differ_are_not_combined() -> None:
    listing = reader.read(_machinery_book(["pcs", "set", "pcs", "pcs"]), "TS20260301.xlsx")
    assert all(line.net_mass is None for line in listing.lines)
    assert "the quantity of 'Wheel loader 5 t, diesel engine 162 kW' is 2 H87 against 2 SET" in _warnings(listing)[0]
