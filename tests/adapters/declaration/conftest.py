"""A small Turkmenistan import, its renderer, and a way to edit the rendered XML."""

from collections.abc import Callable
from decimal import Decimal

import pytest
from lxml import etree

from adapters.declaration import registry
from adapters.declaration.country import CountrySchema
from adapters.declaration.renderer import XsdataDeclarationRenderer
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


@pytest.fixture(scope="session")
def turkmenistan() -> CountrySchema:
    return registry.get("TM")


@pytest.fixture(scope="session")
def renderer(turkmenistan: CountrySchema) -> XsdataDeclarationRenderer:
    return XsdataDeclarationRenderer(turkmenistan)


@pytest.fixture
def small_declaration() -> Declaration:
    """Two items: a verified national code, and an undivided one (HS-6 + '000', not looked up)."""
    return Declaration(
        HEADER, [goods_item(1), goods_item(2, code="940360000", verified=False, price="349.99", texts=DESKS)]
    )


Edit = Callable[[bytes, str, str | None], bytes]


@pytest.fixture
def edited() -> Edit:
    """The XML with the element at `path` (below the root) set to `text`, or removed when `text` is None."""

    def edit(xml: bytes, path: str, text: str | None) -> bytes:
        root = etree.fromstring(xml)
        element = root.find(path)
        assert element is not None, path
        if text is None:
            element.getparent().remove(element)
        else:
            element.text = text
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8")

    return edit
