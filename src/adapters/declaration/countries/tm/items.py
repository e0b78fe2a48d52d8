"""Goods items (SAD boxes 31-47) as Turkmenistan's ASYCUDA bindings."""

from decimal import Decimal

from adapters.declaration.bindings.tm import (
    GoodsDescriptionType,
    HscodeType,
    InvoiceType,
    ItemType,
    ItemWeightType,
    PackagesType,
    SupplementaryUnitType,
    TarificationType,
    ValuationItemType,
)
from adapters.declaration.rounding import mass, money, quantity, rate
from domain.declaration.goods_item import GoodsItem


def item_binding(item: GoodsItem, commodity_digits: int, exchange_rate: Decimal) -> ItemType:
    commodity, precision = item.commodity_code.split(commodity_digits)
    invoice = invoice_binding(item.price.amount, item.price.currency, exchange_rate)
    return ItemType(
        number=item.number,
        packages=PackagesType(number_of_packages=item.packages, kind_of_packages_code=item.package_kind),
        tarification=TarificationType(
            hscode=HscodeType(
                commodity_code=commodity,
                precision_1=precision,
                verified=None if item.commodity_code.verified else False,
            ),
            preference_code=item.preference,
            extended_customs_procedure=item.procedure,
            national_customs_procedure=item.national_procedure,
            supplementary_unit=_supplementary(item),
            item_price=invoice.amount_foreign_currency,
        ),
        goods_description=GoodsDescriptionType(
            country_of_origin_code=item.origin,
            description_of_goods=item.tariff_description,
            commercial_description=item.commercial_description,
        ),
        valuation_item=ValuationItemType(
            weight_itm=ItemWeightType(
                gross_weight_itm=mass(item.gross_mass.kilograms),
                net_weight_itm=mass(item.net_mass.kilograms),
            ),
            statistical_value=statistical_value(item, exchange_rate),
            item_invoice=invoice,
            item_external_freight=cost_binding(item.external_freight, item.price.currency, exchange_rate),
            item_insurance=cost_binding(item.insurance, item.price.currency, exchange_rate),
        ),
    )


def invoice_binding(amount: Decimal, currency: str, exchange_rate: Decimal) -> InvoiceType:
    """Boxes 22-23 and 42, and the freight and insurance written the same way."""
    return InvoiceType(
        amount_national_currency=national(amount, exchange_rate),
        amount_foreign_currency=money(amount),
        currency_code=currency,
        currency_rate=rate(exchange_rate),
    )


def national(amount: Decimal, exchange_rate: Decimal) -> Decimal:
    """An amount in national currency, computed from the rounded foreign one as ASYCUDA does."""
    return money(money(amount) * exchange_rate)


def statistical_value(item: GoodsItem, exchange_rate: Decimal) -> Decimal:
    """Box 46 in national currency: the sum of the national amounts written for price, freight and insurance."""
    parts = (item.price.amount, item.external_freight, item.insurance)
    return sum((national(part, exchange_rate) for part in parts), Decimal("0.00"))


def cost_binding(amount: Decimal, currency: str, exchange_rate: Decimal) -> InvoiceType | None:
    """Freight or insurance (box 12, and each item's share); none written when there is none."""
    return invoice_binding(amount, currency, exchange_rate) if amount else None


def added_costs(external_freight: Decimal, insurance: Decimal, exchange_rate: Decimal) -> Decimal:
    """Box 12, value details: what is added to the invoice to reach the value at the border, in national
    currency as ASYCUDA shows it (the sum of the national amounts written); 0.00 when the price includes it."""
    return sum((national(cost, exchange_rate) for cost in (external_freight, insurance)), Decimal("0.00"))


def _supplementary(item: GoodsItem) -> list[SupplementaryUnitType]:
    if item.supplementary is None:
        return []
    supplementary = item.supplementary
    return [
        SupplementaryUnitType(
            suppplementary_unit_code=supplementary.unit, suppplementary_unit_quantity=quantity(supplementary.amount)
        )
    ]
