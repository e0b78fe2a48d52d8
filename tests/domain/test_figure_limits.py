"""The declaration's figure limits are those of the schema the product validates against."""

from decimal import Decimal
from pathlib import Path

from lxml import etree

from domain.declaration.figure_limits import AMOUNT, MASS, MOST_PACKAGES, QUANTITY, FigureLimit

SCHEMA = Path(__file__).resolve().parents[2] / "src/adapters/declaration/countries/tm/declaration.xsd"
XS = {"xs": "http://www.w3.org/2001/XMLSchema"}


def _facets(type_name: str) -> tuple[str, str]:
    tree = etree.parse(str(SCHEMA))
    (restriction,) = tree.xpath(f"//xs:simpleType[@name='{type_name}']/xs:restriction", namespaces=XS)
    total = restriction.find("xs:totalDigits", XS).get("value")
    fraction = restriction.find("xs:fractionDigits", XS).get("value")
    return total, fraction


def _as_facets(limit: FigureLimit) -> tuple[str, str]:
    return str(limit.total_digits), str(limit.fraction_digits)


def test_the_limits_are_the_schema_facets() -> None:
    assert _as_facets(AMOUNT) == _facets("AmountType")
    assert _as_facets(MASS) == _facets("MassType")
    assert _as_facets(QUANTITY) == _facets("QuantityType")
    (package_type,) = etree.parse(str(SCHEMA)).xpath(
        "//xs:simpleType[@name='PackageCountType']/xs:restriction", namespaces=XS
    )
    assert package_type.get("base") == "xs:int" and MOST_PACKAGES == 2**31 - 1


def test_a_figure_fits_until_it_rounds_past_the_largest() -> None:
    assert AMOUNT.largest == Decimal("9999999999999999.99")
    assert AMOUNT.holds(Decimal("9999999999999999.994"))
    assert not AMOUNT.holds(Decimal("9999999999999999.995"))
    assert not MASS.holds(Decimal("-1000000000000"))
