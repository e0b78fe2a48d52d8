"""Chinese packing lists give figures per carton ('QTY/CTN', 'N.W./CTN') beside the cartons ('CTNS') and often the
line's totals ('TOTAL QTY', 'TOTAL N.W.'): a column per carton is never the line's figure; the totals are, or else
one carton's figure times the cartons, said on the line. 'CTNS' counts packages of kind CT."""

import io
from decimal import Decimal

import pytest
from openpyxl import Workbook

from adapters.reading import PolarsProductListReader
from adapters.reading.header_matching import field_scores
from adapters.reading.package_kinds import kind_in_header
from domain.goods.product_list import ProductList
from domain.measures import Mass, Quantity

from .best_field import best_field
from .invoices import sheet_xlsx

reader = PolarsProductListReader()
# description, cartons, pieces per carton, net kg per carton, gross kg per carton, m3 per carton
GOODS = [
    ("LED bulb 9W E27", 50, 100, Decimal("8.5"), Decimal("9.2"), Decimal("0.05")),
    ("Ceiling fan 52 inch, 3 blades", 20, 2, Decimal(11), Decimal("12.5"), Decimal("0.12")),
]


def _figures(listing: ProductList) -> list[tuple[object, ...]]:
    return [(line.quantity, line.net_mass, line.gross_mass, line.packages, line.package_kind) for line in listing.lines]


WHOLE_LINES = [
    (Quantity(Decimal(5000), "H87"), Mass(Decimal(425)), Mass(Decimal(460)), 50, "CT"),
    (Quantity(Decimal(40), "H87"), Mass(Decimal(220)), Mass(Decimal(250)), 20, "CT"),
]


@pytest.mark.parametrize(
    "header",
    ["QTY/CTN", "PCS/CTN", "N.W./CTN", "G.W./CTN", "N.W.(KG)/CTN", "G.W.(KG)/CTN", "NW/CTN(KG)", "MEAS/CTN",
     "MEAS./CTN (CBM)", "N.W. PER CTN", "Gross weight per carton, kg", "QTY / CTNS"],
)  # fmt: skip
def test_a_figure_per_carton_names_no_field(header: str) -> None:
    assert field_scores(header) == {}


@pytest.mark.parametrize(
    ("header", "field"),
    [("TOTAL QTY", "quantity"), ("TOTAL QTY (PCS)", "quantity"), ("TOTAL N.W.", "net_mass"),
     ("TOTAL N.W.(KG)", "net_mass"), ("TOTAL G.W.", "gross_mass"), ("TTL G.W. (KGS)", "gross_mass"),
     ("CTNS", "packages"), ("Кол-во мест / Ctns", "packages"), ("Упаковка / Packaging", "package_kind")],
)  # fmt: skip
def test_line_totals_and_cartons_name_their_fields(header: str, field: str) -> None:
    """A bilingual header whose first half names the packages or their kind is no figure per package."""
    assert best_field(header) == field


@pytest.mark.parametrize(
    ("header", "kind"),
    [("CTNS", "CT"), ("TTL CTNS", "CT"), ("No. of cartons", "CT"), ("Кол-во коробок", "BX"), ("Pallets", "PX"),
     ("Packages", None), ("Кол-во мест", None), ("Кол-во упак.", None)],
)  # fmt: skip
def test_a_packages_header_may_name_their_kind(header: str, kind: str | None) -> None:
    """'Packages' names no kind: a line's kind would override the one the declaration header gives."""
    assert kind_in_header(header) == kind


def test_the_line_totals_are_read_and_the_figures_per_carton_left() -> None:
    rows: list[list[object]] = [
        ["PACKING LIST"],
        ["NO.", "DESCRIPTION", "CTNS", "QTY/CTN", "TOTAL QTY", "N.W./CTN", "G.W./CTN", "TOTAL N.W.", "TOTAL G.W.",
         "MEAS/CTN"],
    ]  # fmt: skip
    for number, (text, cartons, pieces, net, gross, volume) in enumerate(GOODS, 1):
        rows.append(
            [number, text, cartons, pieces, cartons * pieces, net, gross, net * cartons, gross * cartons, volume]
        )
    rows.append(["TOTAL", None, 70, None, 5040, None, None, 645, 710, None])

    listing = reader.read(sheet_xlsx(rows), "packing.xlsx")

    assert listing.columns == {"description": "DESCRIPTION", "packages": "CTNS", "quantity": "TOTAL QTY",
                               "net_mass": "TOTAL N.W.", "gross_mass": "TOTAL G.W."}  # fmt: skip
    assert _figures(listing) == WHOLE_LINES
    assert (listing.totals.quantity, listing.totals.net_mass, listing.totals.gross_mass) == (5040, 645, 710)
    assert not [p for line in listing.lines for p in line.problems]
    assert not [p for p in listing.problems if "total" in p.reason]  # the printed totals add up


def test_a_bare_mass_beside_a_total_one_is_one_cartons() -> None:
    """'N.W.' matches a little better than 'TOTAL N.W.(KG)', but beside it gives one carton's mass."""
    listed = (
        "DESCRIPTION,CTNS,QTY,TOTAL QTY,N.W.,G.W.,TOTAL N.W.(KG),TOTAL G.W.(KG),AMOUNT USD\n"
        "LED bulb 9W E27,50,100,5000,8.5,9.2,425,460,2500\n"
        "Ceiling fan 52 inch,20,2,40,11,12.5,220,250,1200\n"
    )

    listing = reader.read(listed.encode(), "packing.csv")

    assert (listing.columns["quantity"], listing.columns["net_mass"], listing.columns["gross_mass"]) == (
        "TOTAL QTY",
        "TOTAL N.W.(KG)",
        "TOTAL G.W.(KG)",
    )
    assert _figures(listing) == WHOLE_LINES


def test_figures_per_carton_alone_are_multiplied_by_the_cartons_and_the_line_says_so() -> None:
    rows: list[list[object]] = [
        ["PACKING LIST / INVOICE NO. NB-2026-114"],
        ["DESCRIPTION", "CTNS", "PCS/CTN", "N.W.(KG)/CTN", "G.W.(KG)/CTN", "MEAS/CTN", "UNIT PRICE USD"],
    ]
    rows += [[text, cartons, pieces, net, gross, volume, 0.5] for text, cartons, pieces, net, gross, volume in GOODS]

    listing = reader.read(sheet_xlsx(rows), "packing.xlsx")

    assert _figures(listing) == WHOLE_LINES  # pieces, not cartons, though 'PCS/CTN' names a carton
    assert [line.value.amount for line in listing.lines if line.value] == [2500, 20]  # 0.5 x the line's pieces
    assert not listing.lines[0].problems  # said once for the file, on each column read per carton
    times = "each line's is it times the line's packages (column 'CTNS')"
    assert [(p.column, p.reason) for p in listing.problems if "one package's" in p.reason] == [
        ("PCS/CTN", f"the column gives one package's quantity: {times}"),
        ("N.W.(KG)/CTN", f"the column gives one package's net mass: {times}"),
        ("G.W.(KG)/CTN", f"the column gives one package's gross mass: {times}"),
    ]


def test_a_line_without_cartons_has_no_figures_per_carton() -> None:
    """Goods packed in another line's cartons: one carton's masses are not the line's, so it has none."""
    listed = "DESCRIPTION;CTNS;N.W./CTN;QTY\nLED bulb 9W E27;50;8,5;5000\nSpare lamp holders;;1,5;200\n"

    listing = reader.read(listed.encode(), "packing.csv")

    assert [line.net_mass for line in listing.lines] == [Mass(Decimal("425.0")), None]
    holders = listing.lines[1]
    assert [(p.column, p.reason) for p in holders.problems] == [
        (
            "N.W./CTN",
            "the column gives one package's net mass, and column 'CTNS' no whole number of packages to multiply it "
            "by: the line has no net mass (line 3 of the file)",
        )
    ]


def test_without_the_cartons_a_figure_per_carton_is_not_read() -> None:
    listed = "DESCRIPTION,QTY,N.W./CTN,G.W./CTN,AMOUNT USD\nLED bulb 9W E27,5000,8.5,9.2,2500\n"

    listing = reader.read(listed.encode(), "packing.csv")

    assert listing.columns == {"description": "DESCRIPTION", "quantity": "QTY", "value": "AMOUNT USD"}
    assert (listing.lines[0].net_mass, listing.lines[0].gross_mass) == (None, None)


def test_a_packing_sheet_with_masses_per_carton_gives_the_invoice_the_lines_masses() -> None:
    book = Workbook()
    invoice = book.active
    invoice.title = "Invoice"
    for row in [["COMMERCIAL INVOICE"], ["DESCRIPTION", "QTY (PCS)", "UNIT PRICE", "AMOUNT USD"]]:
        invoice.append(row)
    for text, cartons, pieces, *_ in GOODS:
        invoice.append([text, cartons * pieces, 0.5, cartons * pieces * 0.5])
    packing = book.create_sheet("Packing list")
    packing.append(["DESCRIPTION", "CTNS", "QTY/CTN", "TOTAL QTY", "N.W./CTN", "G.W./CTN"])
    for text, cartons, pieces, net, gross, _ in GOODS:
        packing.append([text, cartons, pieces, cartons * pieces, net, gross])
    saved = io.BytesIO()
    book.save(saved)

    listing = reader.read(saved.getvalue(), "invoice.xlsx")

    assert _figures(listing) == WHOLE_LINES
    notes = [(p.column, p.reason.split(":")[0]) for p in listing.problems if "one package's" in p.reason]
    assert notes == [
        ("N.W./CTN", "the column gives one package's net mass"),
        ("G.W./CTN", "the column gives one package's gross mass"),
    ]


def test_a_kind_in_the_cell_or_a_kind_column_wins_over_the_packages_header() -> None:
    listed = (
        "Description;Ctns;Packing;Qty\n"
        "Ceramic tiles 60x60;12;PX;960\n"
        "Tile adhesive 25 kg;40;;40\n"
        "Grout 2 kg;2 pallets;;300\n"
    )
    without_kind = "\n".join(";".join(c for i, c in enumerate(r.split(";")) if i != 2) for r in listed.splitlines())

    assert [line.package_kind for line in reader.read(listed.encode(), "p.csv").lines] == ["PX", None, None]
    read = reader.read(without_kind.encode(), "p.csv")
    assert [(line.packages, line.package_kind) for line in read.lines] == [(12, "CT"), (40, "CT"), (2, "PX")]


@pytest.mark.parametrize(
    ("header", "field"),
    [("Marks / Packages", "packages"), ("Кол-во / Boxes", "quantity"), ("Количество / Box", "quantity")],
)
def test_a_package_word_after_a_header_naming_no_figure_is_matched_as_usual(header: str, field: str) -> None:
    """'Marks' names no figure, so 'Marks / Packages' is the packages; a Russian half before an English package word
    is a bilingual header, not a figure per package."""
    assert best_field(header) == field


def test_the_packages_under_marks_and_packages_are_read() -> None:
    listed = "Description;Marks / Packages;Qty\nLED bulb 9W E27;10;5000\nCeiling fan 52 inch;20;40\n"

    listing = reader.read(listed.encode(), "packing.csv")

    assert listing.columns["packages"] == "Marks / Packages"
    assert [line.packages for line in listing.lines] == [10, 20]


def test_a_quantity_under_a_russian_and_english_header_is_read() -> None:
    listed = "Наименование;Кол-во / Boxes\nLED bulb 9W E27;5000\nCeiling fan 52 inch;40\n"

    listing = reader.read(listed.encode(), "packing.csv")

    assert listing.columns["quantity"] == "Кол-во / Boxes"
    assert [line.quantity.amount if line.quantity else None for line in listing.lines] == [5000, 40]


def test_a_price_per_carton_leaves_the_cartons_packages_and_the_pieces_the_quantity() -> None:
    listed = (
        "DESCRIPTION,QTY/CTN,CTNS,UNIT,PRICE,AMOUNT USD,N.W. KG,G.W. KG\n"
        "Ballpoint pens blue,1000,50,pcs,24.00,1200.00,400,420\nPlastic rulers 30 cm,500,20,pcs,35.00,700.00,150,160\n"
    )
    pens, rulers = PolarsProductListReader().read(listed.encode(), "pl.csv").lines
    assert [(line.quantity.amount if line.quantity else None, line.packages) for line in (pens, rulers)] == [
        (50000, 50),
        (10000, 20),
    ]
