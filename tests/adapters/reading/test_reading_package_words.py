"""Units and package kinds suppliers write that once fell back to ZZ or to no kind: 'gross' (twelve dozen) in a unit
cell, 'ream' of paper, a canister ('кан.', 'канистра') counted like a bottle ('бут.') or a box ('кор.'), and 'мест'
('places'), the Russian packages of no kind in particular."""

from adapters.reading import PolarsProductListReader
from adapters.reading.units import unit_code
from domain.goods.product_list import ProductList

reader = PolarsProductListReader()


def _csv(*rows: str, header: str = "Description,Quantity,Unit,Amount USD,Net weight kg") -> ProductList:
    return reader.read("\n".join([header, *rows]).encode(), "invoice.csv")


def test_gross_ream_and_canisters_in_a_unit_column_are_their_rec_20_codes() -> None:
    listing = _csv(
        "Pencils HB,10,gross,144.00,12",
        "Office paper A4 80 g,40,ream,120.00,100",
        "Motor oil 5W-30,20,кан.,300.00,90",
        "Antifreeze,15,канистра,150.00,75",
        "Wine vinegar,24,бут.,48.00,18",
    )
    assert [line.quantity.unit for line in listing.lines if line.quantity] == ["GRO", "RM", "XCI", "XCI", "XBO"]
    assert not listing.errors


def test_gross_after_a_quantitys_number_is_twelve_dozen() -> None:
    listing = _csv("Buttons 15 mm,5 gross,30.00,2", header="Description,Quantity,Amount USD,Net weight kg")
    assert [line.quantity.unit for line in listing.lines if line.quantity] == ["GRO"]


def test_mest_is_a_package_of_no_kind_in_particular() -> None:
    listing = _csv(
        "Ceramic tiles 30x30,400,m2,1600.00,7200,12 мест",
        "Tile adhesive,40,мешков,200.00,1000,40 мешков",
        header="Наименование,Кол-во,Ед.,Сумма USD,Нетто кг,Кол-во мест",
    )
    assert [(line.packages, line.package_kind) for line in listing.lines] == [(12, "PK"), (40, "BG")]


def test_gross_in_a_header_is_still_the_gross_mass_not_a_unit() -> None:
    header = "Description,Quantity,Unit,Amount USD,Weight net,Weight gross"
    listing = _csv("Pencils HB,10,pcs,144.00,12,13", header=header)
    masses = [(line.net_mass, line.gross_mass) for line in listing.lines]
    assert [(net.kilograms, gross.kilograms) for net, gross in masses if net and gross] == [(12, 13)]
    assert unit_code("gross") is None
