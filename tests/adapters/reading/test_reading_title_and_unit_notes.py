"""Two notes that misled: 'no unit column' when every quantity carried its unit in the cell, and a title row whose
comma made its currency head the price column ("currency '1640.00' is not known")."""

from decimal import Decimal

from adapters.reading import PolarsProductListReader
from domain.measures import Money, Quantity

reader = PolarsProductListReader()
UNITS_IN_CELLS = "Description;Quantity;Amount USD;Net kg\nElectric motor;12 pcs;3720;480\nRice;35 кг;49;35\n"


def _reasons(csv: str) -> list[str]:
    return [str(p) for p in reader.read(csv.encode(), "list.csv").all_problems()]


def test_no_unit_note_when_every_quantity_writes_its_unit() -> None:
    assert _reasons(UNITS_IN_CELLS) == []


def test_the_unit_note_counts_the_quantities_without_a_unit_when_others_have_one() -> None:
    assert _reasons(UNITS_IN_CELLS + "Wall paint;48;1056;720\n") == [
        "column 'Quantity': there is no unit column and 1 quantity has no unit after the number: taken as pieces (H87)"
    ]


def test_the_unit_note_stays_as_it_was_when_no_quantity_writes_a_unit() -> None:
    assert _reasons("Description;Quantity;Amount USD;Net kg\nWall paint;48;1056;720\n") == [
        "column 'Quantity': there is no unit column; quantities are taken as pieces (H87)"
    ]


def test_a_title_row_with_a_comma_and_the_currency_is_no_group_header() -> None:
    csv = (
        "Инвойс № 1, валюта USD\n"
        "№,Наименование,Ед.изм.,Кол-во,Цена USD,Стоимость USD,Нетто кг\n"
        "1,Насос центробежный Grundfos CR 10-3,шт,4,1640.00,6560.00,208\n"
    )
    listing = reader.read(csv.encode(), "invoice.csv")
    assert listing.columns["unit_price"] == "Цена USD"
    assert "currency" not in listing.columns
    assert listing.lines[0].value == Money(Decimal("6560.00"), "USD")
    assert listing.lines[0].quantity == Quantity(Decimal(4), "H87")
    assert listing.all_problems() == []
