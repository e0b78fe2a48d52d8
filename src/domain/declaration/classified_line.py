"""An invoice line with the tariff line chosen for it: the input of goods-item building."""

from dataclasses import dataclass

from domain.classification.commodity_code import CommodityCode
from domain.goods.product_line import ProductLine

NO_SUPPLEMENTARY_UNIT = ""  # the tariff line is known and prescribes no supplementary unit


@dataclass(frozen=True, slots=True)
class ClassifiedLine:
    line: ProductLine
    commodity_code: CommodityCode
    tariff_description: str
    supplementary_unit: str | None = None  # Rec 20 unit the tariff line prescribes; None: no tariff line known
