"""Masses and cartons written once in a cell merged over two goods lines packed together are the lines' figures
together: each line is declared with its share, in proportion to its quantity (or to its value where the units
differ), and a warning names the merged cells."""

from decimal import Decimal

from tests.adapters.reading.invoices import sheet_xlsx

from adapters.reading import PolarsProductListReader
from domain.goods.declarable import EMPTY_NET_MASS
from domain.goods.problems import Severity
from domain.goods.product_list import ProductList

reader = PolarsProductListReader()
HEADER = ["No.", "Description", "Qty", "Unit", "Amount (USD)", "CTNS", "N.W. (KGS)", "G.W. (KGS)"]


def _read(*lines: list[object]) -> ProductList:
    rows: list[list[object]] = [["PACKING LIST AND INVOICE"], [], HEADER, *lines]
    merges = ("F4:F5", "G4:G5", "H4:H5")
    return reader.read(sheet_xlsx(rows, merges=merges), "invoice.xlsx")


def _warnings(listing: ProductList) -> list[str]:
    return [p.reason for p in listing.all_problems() if p.severity is Severity.WARNING]


def test_a_kettle_and_its_base_packed_together_share_their_masses_and_cartons() -> None:
    listing = _read(
        [1, "Electric kettle 1.7 L", 300, "pcs", 2700, 60, 450, 510],
        [2, "Kettle power base", 100, "pcs", 300, None, None, None],
        [3, "Water filter jug", 200, "pcs", 1000, 20, 160, 180],
    )
    figures = [(line.net_mass, line.gross_mass, line.packages, line.package_kind) for line in listing.lines]
    assert [(n and n.kilograms, g and g.kilograms, p, k) for n, g, p, k in figures] == [
        (Decimal("337.5"), Decimal("382.5"), 45, "CT"),
        (Decimal("112.5"), Decimal("127.5"), 15, "CT"),
        (Decimal(160), Decimal(180), 20, "CT"),
    ]
    shared = "G4:G5 holds the net mass of rows 4-5 together: shared in proportion to quantity (337.5 kg and 112.5 kg)"
    assert shared in _warnings(listing)
    assert not listing.errors
    assert not [p for line in listing.lines for p in line.problems]


def test_lines_in_different_units_share_in_proportion_to_value() -> None:
    listing = _read(
        [1, "Garden hose 20 m", 50, "rolls", 750, 10, 90, 96],
        [2, "Hose connectors", 200, "pcs", 250, None, None, None],
    )
    assert [line.net_mass.kilograms for line in listing.lines if line.net_mass] == [Decimal("67.5"), Decimal("22.5")]
    assert any("shared in proportion to value" in warning for warning in _warnings(listing))


def test_lines_with_their_own_figures_are_not_merged_and_keep_them() -> None:
    rows: list[list[object]] = [
        HEADER,
        [1, "Electric kettle 1.7 L", 300, "pcs", 2700, 60, 450, 510],
        [2, "Kettle power base", 100, "pcs", 300, 10, 40, 45],
    ]
    listing = reader.read(sheet_xlsx(rows), "invoice.xlsx")
    assert [line.net_mass.kilograms for line in listing.lines if line.net_mass] == [450, 40]
    assert not any("together" in warning for warning in _warnings(listing))


def test_a_shared_gross_mass_leaves_the_warning_on_a_net_mass_still_empty() -> None:
    rows: list[list[object]] = [
        HEADER,
        [1, "Electric kettle 1.7 L", 300, "pcs", 2700, 60, 450, 510],
        [2, "Kettle power base", 100, "pcs", 300, 15, None, None],
    ]
    listing = reader.read(sheet_xlsx(rows, merges=("H2:H3",)), "invoice.xlsx")
    assert [line.gross_mass.kilograms for line in listing.lines if line.gross_mass] == [Decimal("382.5"), 127.5]
    assert listing.lines[1].net_mass is None
    assert any(p.reason.startswith(EMPTY_NET_MASS) for p in listing.lines[1].problems)
