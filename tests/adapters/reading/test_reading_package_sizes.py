"""Packing cells giving each package's size ('25 kg bags', 'мешки по 50 кг', '200 l drums'): the figure is what one
package holds, never their count; the count is the line's net mass (or quantity in litres) over it when whole, else
unstated with a warning on the row. A count making one bag or carton weigh more than 1.5 t is named on its row."""

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.package_kinds import package_kind_code
from adapters.reading.package_sizes import package_size, without_size
from domain.goods.problems import Severity
from domain.goods.product_list import ProductList

reader = PolarsProductListReader()
HEADER = "Description,Quantity,Unit,Price,Amount,Net kg,Gross kg,Packing"


def _csv(*rows: str, header: str = HEADER) -> ProductList:
    return reader.read("\n".join([header, *rows]).encode(), "packing.csv")


def _warnings(listing: ProductList) -> list[str]:
    return [str(p) for p in listing.all_problems() if p.severity is Severity.WARNING]


@pytest.mark.parametrize(
    ("cell", "size", "words", "kind"),
    [
        ("25 kg bags", "M25", "bags", "BG"),
        ("25кг мешки", "M25", "мешки", "BG"),
        ("мешки по 50 кг", "M50", "мешки", "BG"),
        ("50 kg PP bags", "M50", "PP bags", "BG"),
        ("1 t big bags", "M1000", "big bags", "43"),
        ("1,5 t FIBC", "M1500", "FIBC", "43"),
        ("200 l drums", "V200", "drums", "DR"),
        ("20 л канистры", "V20", "канистры", "CI"),
        ("20 l jerrycans", "V20", "jerrycans", "JC"),
    ],
)
def test_a_size_and_the_kind_are_told_apart_in_a_packing_cell(cell: str, size: str, words: str, kind: str) -> None:
    assert (package_size(cell), without_size(cell), package_kind_code(cell)) == (size, words, kind)


@pytest.mark.parametrize("cell", ["10 ctns", "1 pallet", "25 tins", "4 Kisten", "5 layers"])
def test_counts_of_packages_give_no_size(cell: str) -> None:
    assert package_size(cell) is None


def test_each_packages_size_gives_the_count_from_the_net_mass_or_the_litres() -> None:
    listing = _csv(
        '"Caustic soda flakes 99%",40,t,420,16800,40000,40200,"25 kg bags"',
        '"Urea 46%",200,t,310,62000,200000,200400,"50 kg bags"',
        '"Карбамид 46%",20,т,310,6200,20000,20040,"мешки по 50 кг"',
        '"Ammonium nitrate",20,t,300,6000,20000,20080,"1 t big bags"',
        '"Engine oil 10W-40",4000,l,2,8000,3500,3800,"200 l drums"',
        '"Antifreeze coolant",600,л,1.5,900,640,700,"20 л канистры"',
        '"Soda ash",40,t,250,10000,40000,40160,"1600 bags x 25 kg"',
        '"Soda ash light",10,t,250,2500,10000,10040,"398 bags x 25 kg"',  # the count written, not the masses'
    )
    assert [(line.packages, line.package_kind) for line in listing.lines] == [
        (1600, "BG"), (4000, "BG"), (400, "BG"), (20, "43"), (20, "DR"), (30, "CI"), (1600, "BG"), (398, "BG"),
    ]  # fmt: skip
    assert not listing.errors
    assert not [w for w in _warnings(listing) if "row " in w]


def test_a_size_making_no_whole_number_of_packages_leaves_the_count_unstated_with_a_warning() -> None:
    listing = _csv('"Soda ash dense",10,t,250,2500,10030,10070,"50 kg PP bags"')
    assert (listing.lines[0].packages, listing.lines[0].package_kind) == (None, "BG")
    assert _warnings(listing)[-1] == (
        "row 1, column 'Packing': '50 kg PP bags' gives the size of each package, not how many there are; 10030 kg "
        "of net mass over 50 kg is 200.60 packages, no whole number, so the number of packages is not stated: "
        "state it (line 2 of the file)"
    )


def test_a_count_making_a_bag_heavier_than_a_tonne_and_a_half_is_named_on_its_row() -> None:
    listing = _csv('"Sugar white",20,t,500,10000,20000,20100,10 bags', '"Rice",1,t,600,600,1000,1010,40 bags')
    assert [line.packages for line in listing.lines] == [10, 40]
    assert [w for w in _warnings(listing) if "1.5 t" in w] == [
        "row 1, column 'Packing': 10 packages (BG) for 20100 kg make 2010 kg a package, more than 1.5 t a bag, "
        "carton or box can weigh: is the figure the packages' count, or the size or mass of each? (line 2 of the "
        "file)"
    ]
