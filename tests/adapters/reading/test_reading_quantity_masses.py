"""A quantity in kilograms, grams or tonnes is cross-checked against the line's net mass; nothing is changed."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader
from domain.goods.problems import RowProblem, Severity
from domain.measures import Mass, Quantity

reader = PolarsProductListReader()
HEADER = "Description;Quantity;Unit;Amount, USD;Net weight, kg;Gross weight, kg\n"


def _read(*rows: str, header: str = HEADER) -> list[tuple[Quantity | None, Mass | None, list[RowProblem]]]:
    listing = reader.read((header + "\n".join(rows) + "\n").encode(), "invoice.csv")
    return [(line.quantity, line.net_mass, line.problems) for line in listing.lines]


@pytest.mark.parametrize("unit", ["KGM", "kg", "кг"])
def test_a_quantity_1000_times_the_net_mass_is_a_warning_naming_both_columns(unit: str) -> None:
    ((quantity, net, problems),) = _read(f"Steel screws;10000;{unit};300.00;10;12")
    assert problems == [
        RowProblem(
            1,
            "Quantity",
            "the quantity 10000 KGM is 1000 times the net mass 10 kg in column 'Net weight, kg': one of them is "
            "likely in grams or tonnes; both are kept as written, check them (line 2 of the file)",
            Severity.WARNING,
        )
    ]
    assert quantity == Quantity(Decimal(10000), "KGM") and net == Mass(Decimal(10))


def test_a_quantity_a_thousandth_of_the_net_mass_is_said_too() -> None:
    ((_, _, problems),) = _read("Flour;10;kg;300.00;10000;10100")
    assert [(p.column, p.reason.split(":")[0]) for p in problems] == [
        ("Quantity", "the quantity 10 KGM is a thousandth of the net mass 10000 kg in column 'Net weight, kg'")
    ]


def test_any_other_disagreement_beyond_a_tenth_is_a_warning() -> None:
    ((_, _, problems),) = _read("Rice;15;kg;300.00;10;12")
    assert [p.reason for p in problems] == [
        "the quantity 15 KGM (15 kg) and the net mass 10 kg in column 'Net weight, kg' differ by more than a tenth; "
        "both are kept as written, check them (line 2 of the file)"
    ]


def test_quantities_agreeing_with_the_net_mass_within_a_tenth_or_in_other_units_pass() -> None:
    rows = _read("Sugar;10;t;300.00;10000;10100", "Beans;10.5;kg;30;10;12", "Nails;10;pcs;30;10;12")
    assert [problems for _, _, problems in rows] == [[], [], []]


def test_units_in_the_headers_are_taken_into_account() -> None:
    header = "Description;Quantity, kg;Amount, USD;Net weight, t\n"
    (screws, bolts) = _read("Screws;10000;5;0,01", "Bolts;10;5;0,01", header=header)
    assert [p.column for p in screws[2]] == ["Quantity, kg"]
    assert "1000 times the net mass 10 kg ('0,01' in column 'Net weight, t')" in screws[2][0].reason
    assert bolts[2] == []


def test_a_net_mass_in_grams_is_said_in_kilograms_beside_the_cell_as_written() -> None:
    header = "Description;Qty, kg;Net weight, g;Amount, USD\n"
    ((_, net, problems),) = _read("Rice;1000;1000;500", header=header)
    assert net == Mass(Decimal(1))
    assert [p.reason.split(":")[0] for p in problems] == [
        "the quantity 1000 KGM is 1000 times the net mass 1 kg ('1000' in column 'Net weight, g')"
    ]
