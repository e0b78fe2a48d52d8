"""A small Turkmenistan import to render: header, goods items, declarations of any size."""

from decimal import Decimal

from domain.classification.commodity_code import CommodityCode
from domain.declaration.declaration import Declaration
from domain.declaration.goods_item import GoodsItem
from domain.declaration.header import DeclarationHeader, DeliveryTerms, Trader, Transport
from domain.measures import Mass, Money, Quantity

HEADER = DeclarationHeader(
    flow="I",
    customs_office="TM0100",
    declaration_type="IM",
    general_procedure="4",
    exporter=Trader("Anadolu Makina A.Ş.", address="Kayseri, Türkiye"),
    consignee=Trader("«Ak Ýol Söwda» HJ", "102345678901", "Görogly köçesi 45, Aşgabat"),
    declarant=Trader("«Gümrük Dellal» HK", "101987654321"),
    trading_country="TR",
    export_country="TR",
    destination_country="TM",
    first_destination_country="TM",
    transport=Transport(border_mode="3", identity="34 ABC 123", nationality="TR", inland_mode="3"),
    delivery_terms=DeliveryTerms("DAP", "Aşgabat"),
    border_office="TM0520",
    currency="USD",
    exchange_rate=Decimal("3.5"),
    place_of_declaration="Aşgabat",
)


LAPTOPS = ("Portable automatic data processing machines, weighing not more than 10 kg", "Laptop 14 inch")
DESKS = ("Other wooden furniture", "Office desk, oak veneer")


def goods_item(
    number: int,
    code: str = "847130000",
    verified: bool = True,
    price: str = "1200.00",
    texts: tuple[str, str] = LAPTOPS,
) -> GoodsItem:
    return GoodsItem(
        number=number,
        commodity_code=CommodityCode(code, verified),
        origin="CN",
        procedure="4000",
        national_procedure="000",
        tariff_description=texts[0],
        commercial_descriptions=[texts[1], texts[1].replace("14", "15")],
        gross_mass=Mass(Decimal("12.5")),
        net_mass=Mass(Decimal("10.25")),
        price=Money(Decimal(price), "USD"),
        packages=4,
        package_kind="CT",
        supplementary=Quantity(Decimal(4), "H87"),
    )


def declaration_of(count: int) -> Declaration:
    return Declaration(HEADER, [goods_item(number) for number in range(1, count + 1)])
