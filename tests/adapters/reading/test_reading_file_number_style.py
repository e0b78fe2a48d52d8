"""A column whose numbers read two ways ('1,200' beside '150') follows the decimal separator the file's other number
columns show, without a warning; the column's own one-way values come first, and a file that shows both ways, or
none, is still read as its hint says and warned about."""

from decimal import Decimal

from tests.adapters.reading.invoices import sheet_xlsx

from adapters.reading import PolarsProductListReader
from domain.goods.product_list import ProductList

reader = PolarsProductListReader()
PACKING_LIST = [
    "COMMERCIAL INVOICE & PACKING LIST   No. HY26-0219",
    "Item No.,Description of Goods,Qty (PCS),Ext. Price USD,N.W.(KGS),G.W.(KGS)",
    'HY-AC12,"Split air conditioner 12000 BTU inverter",150,"35,700.00","5,400.00","6,150.00"',
    'HY-MW20,"Microwave oven 20L, 700W",400,"15,800.00","4,400.00","5,000.00"',
    'HY-EK17,Electric kettle 1.7L stainless steel,"1,200","8,160.00","1,080.00","1,320.00"',
]


def _two_way_notes(listing: ProductList) -> list[str]:
    return [str(p) for p in listing.problems if "could be read two ways" in p.reason]


def test_a_quantity_like_1_200_in_a_file_of_35_700_00_is_twelve_hundred_without_a_warning() -> None:
    listing = reader.read("\n".join(PACKING_LIST).encode(), "HY26-0219.csv")
    assert [line.quantity.amount for line in listing.lines if line.quantity] == [150, 400, 1200]
    assert _two_way_notes(listing) == []


def test_in_a_file_of_decimal_commas_1_200_is_one_point_two_and_1_250_twelve_hundred_and_fifty() -> None:
    rows = ["Наименование;Кол-во;Вес нетто, кг;Сумма, USD", "Гвозди 100 мм;1.250;1,200;1 250,00",
            "Шурупы 3,5x25;400;3,5;940,50", "Дюбели 6x40;200;12,75;310,00"]  # fmt: skip
    listing = reader.read("\r\n".join(rows).encode("cp1251"), "schet.csv")
    assert [line.quantity.amount for line in listing.lines if line.quantity] == [1250, 400, 200]
    assert [line.net_mass.kilograms for line in listing.lines if line.net_mass] == [
        Decimal("1.2"), Decimal("3.5"), Decimal("12.75"),
    ]  # fmt: skip
    assert _two_way_notes(listing) == []


def test_a_file_that_writes_decimals_both_ways_leaves_the_reading_said() -> None:
    rows = ["Description,Quantity,Net weight kg,Amount USD", 'Bolts M10,"1,200","3,5",120.50', "Nuts M10,300,2,45.00"]
    listing = reader.read("\n".join(rows).encode(), "mixed.csv")
    assert _two_way_notes(listing) == [
        "column 'Quantity': '1,200' could be read two ways; it is read as 1200, with '.' as the decimal separator"
    ]


def test_in_a_workbook_only_text_with_a_comma_tells_the_files_separator() -> None:
    header = ["Bezeichnung", "Menge", "Gesamtpreis EUR", "Nettogewicht kg"]
    typed = sheet_xlsx([header, ["Kreiselpumpe 220 W", "1.200", "11.130,00", "252,5"], ["Dichtband", 60, 2100, 75]])
    listing = reader.read(typed, "rechnung.xlsx")
    assert [line.quantity.amount for line in listing.lines if line.quantity] == [1200, 60]
    assert _two_way_notes(listing) == []
    numbers = sheet_xlsx([header, ["Kreiselpumpe 220 W", "1.200", 11130.5, 252.5], ["Dichtband", 60, 2100, 75]])
    assert len(_two_way_notes(reader.read(numbers, "rechnung.xlsx"))) == 1
