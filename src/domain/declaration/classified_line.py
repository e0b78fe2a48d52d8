"""An invoice line with the tariff line chosen for it: the input of goods-item building."""

from dataclasses import dataclass

from domain.classification.commodity_code import CommodityCode
from domain.goods.product_line import ProductLine


@dataclass(frozen=True, slots=True)
class ClassifiedLine:
    line: ProductLine
    commodity_code: CommodityCode
    tariff_description: str
