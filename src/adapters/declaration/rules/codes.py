"""Codes from their lists (ISO 3166, ISO 4217), the flow agreeing with the declaration type, and the
declaring country's own side of the trade: its destination or export country and its taxpayer's code."""

import re

from adapters.declaration.code_lists import COUNTRIES, CURRENCIES, FLOW_OF_TYPE
from adapters.declaration.country import CountrySchema
from adapters.declaration.item_fields import item_field
from adapters.declaration.rules.tree import Element, items_of, problem, text
from domain.goods.problems import RowProblem

HEADER_COUNTRIES = (
    "General_information/Country/Country_first_destination",
    "General_information/Country/Trading_country",
    "General_information/Country/Export/Export_country_code",
    "General_information/Country/Destination/Destination_country_code",
    "Transport/Means_of_transport/Border_information/Nationality",
)
ORIGIN = "Goods_description/Country_of_origin_code"
CURRENCY = "Valuation/Gs_Invoice/Currency_code"
ITEM_CURRENCY = "Valuation_item/Item_Invoice/Currency_code"
_COUNTRY_SHAPE = re.compile(r"[A-Z]{2}")
_CURRENCY_SHAPE = re.compile(r"[A-Z]{3}")


def code_problems(root: Element, country: CountrySchema) -> list[RowProblem]:
    problems = [
        _listed(root, path, None, _COUNTRY_SHAPE, COUNTRIES, "an ISO 3166 country") for path in HEADER_COUNTRIES
    ]
    problems.append(_listed(root, CURRENCY, None, _CURRENCY_SHAPE, CURRENCIES, "an ISO 4217 currency"))
    for position, item in enumerate(items_of(root), start=1):
        problems.append(_listed(item, ORIGIN, position, _COUNTRY_SHAPE, COUNTRIES, "an ISO 3166 country"))
        problems.append(_listed(item, ITEM_CURRENCY, position, _CURRENCY_SHAPE, CURRENCIES, "an ISO 4217 currency"))
    return [p for p in problems if p is not None] + _flow_problems(root, country)


def _listed(
    node: Element, path: str, position: int | None, shape: re.Pattern[str], codes: frozenset[str], what: str
) -> RowProblem | None:
    """Only well-shaped codes are looked up: a malformed one is already reported by the XSD."""
    value = text(node, path)
    if value is None or not shape.fullmatch(value) or value in codes:
        return None
    name = f"Item {position} {item_field(path)}" if position is not None else path.rsplit("/", 1)[-1]
    return problem(f"{name} '{value}' is not {what} code", path, position)


def _flow_problems(root: Element, country: CountrySchema) -> list[RowProblem]:
    flow = text(root, "Property/Sad_flow")
    declaration_type = text(root, "Identification/Type/Type_of_declaration")
    problems = []
    if declaration_type in FLOW_OF_TYPE and flow and FLOW_OF_TYPE[declaration_type] != flow:
        problems.append(
            problem(f"Sad_flow {flow} does not match declaration type {declaration_type}", "Property/Sad_flow")
        )
    if flow == "I":
        problems += _own_side(root, country, "General_information/Country/Destination/Destination_country_code")
        problems += _taxpayer(root, country, "Traders/Consignee/Consignee_code", "consignee")
    elif flow == "E":
        problems += _own_side(root, country, "General_information/Country/Export/Export_country_code")
        problems += _taxpayer(root, country, "Traders/Exporter/Exporter_code", "exporter")
    return problems


def _own_side(root: Element, country: CountrySchema, path: str) -> list[RowProblem]:
    value = text(root, path)
    if value is None or value == country.iso:
        return []
    return [problem(f"a declaration in {country.name} must have {country.iso} here, not '{value}'", path)]


def _taxpayer(root: Element, country: CountrySchema, path: str, trader: str) -> list[RowProblem]:
    value = text(root, path)
    if value is None:
        return [problem(f"the {trader}'s taxpayer code in {country.name} is required", path)]
    if not country.taxpayer_code.fullmatch(value):
        return [
            problem(
                f"the {trader}'s code '{value}' is not a {country.name} taxpayer code ({country.taxpayer_code_shape})",
                path,
            )
        ]
    return []
