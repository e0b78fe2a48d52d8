"""Goods items (SAD boxes 31-47) as Turkmenistan's ASYCUDA bindings."""

from adapters.declaration.bindings.tm import (
    GoodsDescriptionType,
    HscodeType,
    ItemType,
    ItemWeightType,
    PackagesType,
    SupplementaryUnitType,
    TarificationType,
    ValuationItemType,
)
from adapters.declaration.countries.tm.valuation import ItemMoney
from adapters.declaration.rounding import mass, quantity
from domain.declaration.goods_item import GoodsItem


def item_binding(item: GoodsItem, commodity_digits: int, money: ItemMoney) -> ItemType:
    """The item with its amounts as `valuation.declaration_money` shared them out over the declaration."""
    commodity, precision = item.commodity_code.split(commodity_digits)
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
            item_price=money.invoice.amount_foreign_currency,
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
            statistical_value=money.statistical_value,
            item_invoice=money.invoice,
            item_external_freight=money.external_freight,
            item_insurance=money.insurance,
        ),
    )


def _supplementary(item: GoodsItem) -> list[SupplementaryUnitType]:
    if item.supplementary is None:
        return []
    supplementary = item.supplementary
    return [
        SupplementaryUnitType(
            suppplementary_unit_code=supplementary.unit, suppplementary_unit_quantity=quantity(supplementary.amount)
        )
    ]
