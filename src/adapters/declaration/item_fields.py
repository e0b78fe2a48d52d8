"""The elements of an ASYCUDA goods item in the words a broker uses for them, for problems found in an item."""

ITEM_FIELDS = {
    "number": "item number",
    "Packages": "packages",
    "Number_of_packages": "number of packages",
    "Kind_of_packages_code": "package kind",
    "HScode": "commodity code",
    "Commodity_code": "commodity code",
    "Precision_1": "commodity code",
    "verified": "commodity code",
    "Preference_code": "preference",
    "Extended_customs_procedure": "customs procedure",
    "National_customs_procedure": "national customs procedure",
    "Supplementary_unit": "supplementary unit",
    "Suppplementary_unit_code": "supplementary unit",
    "Suppplementary_unit_quantity": "supplementary quantity",
    "Item_price": "price",
    "Country_of_origin_code": "origin",
    "Description_of_goods": "tariff description",
    "Commercial_Description": "description",
    "Gross_weight_itm": "gross mass",
    "Net_weight_itm": "net mass",
    "Statistical_value": "statistical value",
    "Amount_foreign_currency": "amount",
    "Amount_national_currency": "amount in national currency",
    "Currency_code": "currency",
    "Currency_rate": "exchange rate",
}


def item_field(path: str) -> str | None:
    """'Valuation_item/Weight_itm/Net_weight_itm' -> 'net mass'; None for an element a broker has no name for."""
    return ITEM_FIELDS.get(path.rsplit("/", 1)[-1].lstrip("@"))
