"""Packages written with their kind in one cell ('4 Kisten', '20 мешков') and kinds of package written as words:
the number is the packages, the words the UN/ECE Rec. 21 kind when they name one."""

from tests.adapters.reading.invoices import sheet_xlsx

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity
from domain.goods.product_list import ProductList

reader = PolarsProductListReader()
GERMAN_INVOICE = [
    ["Müller Haustechnik GmbH, Industriestr. 14, 70565 Stuttgart"],
    ["RECHNUNG Nr. 2026-0147, Währung: EUR"],
    [],
    ["Pos.", "Bezeichnung", "Menge", "Einheit", "Gebinde", "Gesamtpreis", "Nettogewicht"],
    [1, "Wärmepumpe Luft/Wasser 12 kW", 4, "Stk", "4 Kisten", "25.800,00", "580,0"],
    [2, "Kreiselpumpe für Heizungsanlagen, 220 W", 60, "Stk", "6 Kartons", "11.130,00", "252,0"],
    [3, "Mehrschichtverbundrohr 16x2 mm", 2000, "m", "20 Rollen", "2.760,00", "240,0"],
    [4, "Heizkörper Stahl Typ 22, 600x1000", 120, "Stk", "12 Paletten", "8.988,00", "3.240,0"],
]


def _csv(*rows: str, header: str = "Description,Quantity,Unit,Amount USD,Net weight kg,Packages") -> ProductList:
    return reader.read("\n".join([header, *rows]).encode(), "packing.csv")


def _warnings(listing: ProductList) -> list[str]:
    return [str(p) for p in listing.all_problems() if p.severity is Severity.WARNING]


def test_a_german_invoices_packages_and_kinds_are_read_from_one_cell() -> None:
    listing = reader.read(sheet_xlsx(GERMAN_INVOICE), "rechnung.xlsx", named_columns={"packages": "Gebinde"})
    assert [(line.packages, line.package_kind) for line in listing.lines] == [
        (4, "CS"), (6, "CT"), (20, "RO"), (12, "PX"),
    ]  # fmt: skip
    assert not listing.errors
    assert not _warnings(listing)


def test_packages_in_the_suppliers_languages_are_counted_with_their_kinds() -> None:
    listing = _csv(
        "Cement M500 50 kg,800,bags,4480.00,40000,20 мешков",
        "Electric kettle 1.7 L,1200,pcs,8160.00,1080,12 ctns",
        "Self-tapping screws 3.5x25,400,packs,940.00,640,3 коробки",
        "Bucket teeth for excavator,200,pcs,2500.00,1600,4 pallets",
        "Dried apricots,500,kg,1600.00,500,5 paket",
        "Galvanized steel wire 2.0mm,12.5,t,9750.00,12500,25 coils",
    )
    assert [(line.packages, line.package_kind) for line in listing.lines] == [
        (20, "BG"), (12, "CT"), (3, "BX"), (4, "PX"), (5, "PK"), (25, "CL"),
    ]  # fmt: skip
    assert not listing.errors


def test_words_that_name_no_package_leave_the_kind_to_the_header_with_a_warning() -> None:
    listing = _csv("Wheel loader 5 t,2,sets,97000.00,33800,2 units")
    assert (listing.lines[0].packages, listing.lines[0].package_kind) == (2, None)
    assert _warnings(listing) == [
        "row 1, column 'Packages': 'units' is not a kind of package we know: the line's packages are declared in the "
        "kind the declaration header gives; write a UN/ECE Rec. 21 code such as CT or PK to state it (line 2 of the "
        "file)"
    ]


def test_a_packages_cell_of_words_alone_or_with_two_numbers_is_an_error_naming_row_and_column() -> None:
    listing = _csv("Heat pump 12 kW,4,pcs,25800.00,580,Kiste", "Radiator type 22,120,pcs,8988.00,3240,2 x 6 Kisten")
    assert [str(p) for p in listing.errors] == [
        "row 1, column 'Packages': 'Kiste' is not a number (line 2 of the file)",
        "row 2, column 'Packages': '2 x 6 Kisten' is not a number (line 3 of the file)",
    ]


def test_a_kind_of_package_column_in_words_is_read_as_codes() -> None:
    header = "Description,Quantity,Amount USD,Net weight kg,Packages,Package kind"
    listing = _csv(
        "Steel bolts M10,100,50.00,10,2,cartons",
        "Wooden chairs,4,200.00,30,4,CT",
        "Glass vases,40,400.00,30,1,Holzverschlag",
        header=header,
    )
    assert [line.package_kind for line in listing.lines] == ["CT", "CT", None]
    assert _warnings(listing)[-1].startswith("row 3, column 'Package kind': 'Holzverschlag' is not a kind of package")


def test_a_kind_of_package_column_holding_the_count_too_gives_both() -> None:
    listing = reader.read(sheet_xlsx(GERMAN_INVOICE), "rechnung.xlsx")  # 'Gebinde' is the kind of package
    assert [(line.packages, line.package_kind) for line in listing.lines] == [
        (4, "CS"), (6, "CT"), (20, "RO"), (12, "PX"),
    ]  # fmt: skip
    assert not listing.errors
