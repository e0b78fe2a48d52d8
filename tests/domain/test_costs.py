from dataclasses import replace
from decimal import Decimal

from domain.declaration.allocation import shares
from domain.declaration.costs import apportion_costs
from domain.measures import Mass
from tests.adapters.declaration.samples import HEADER, goods_item


def test_shares_are_cents_in_proportion_that_add_up_exactly() -> None:
    assert shares(Decimal("100.00"), [Decimal(1), Decimal(1), Decimal(1)]) == [
        Decimal("33.34"),
        Decimal("33.33"),
        Decimal("33.33"),
    ]
    assert shares(Decimal("10.00"), [Decimal(0), Decimal(0)]) == [Decimal("5.00"), Decimal("5.00")]
    assert shares(Decimal(0), [Decimal(3)]) == [Decimal("0.00")]
    assert shares(Decimal("5.00"), []) == []


def test_freight_goes_by_gross_mass_and_insurance_by_price() -> None:
    heavy, light = goods_item(1, price="100.00"), goods_item(2, price="300.00")
    heavy.gross_mass, light.gross_mass = Mass(Decimal(900)), Mass(Decimal(100))
    header = replace(HEADER, external_freight=Decimal("1000.00"), insurance=Decimal("40.00"))

    apportion_costs([heavy, light], header)

    assert (heavy.external_freight, light.external_freight) == (Decimal("900.00"), Decimal("100.00"))
    assert (heavy.insurance, light.insurance) == (Decimal("10.00"), Decimal("30.00"))
    assert heavy.statistical_value == Decimal("1010.00")  # box 46: the price with freight and insurance
