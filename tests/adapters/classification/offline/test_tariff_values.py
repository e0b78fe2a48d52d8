from adapters.classification.offline.attributes import all_tariff_values
from adapters.classification.offline.common_attributes import CONSTRUCTION, GENDER, MATERIAL
from adapters.classification.offline.tariff_values import TariffValues, tariff_value_table

TEXTS = {
    "620342": "Trousers, breeches and shorts; men's or boys', of cotton (not knitted or crocheted)",
    "610910": "T-shirts, singlets and other vests; of cotton, knitted or crocheted",
    "847130": "Automatic data processing machines; portable, weighing not more than 10kg",
}


def test_the_table_read_once_names_what_reading_each_text_names() -> None:
    values = TariffValues(list(TEXTS), tariff_value_table(list(TEXTS.values())))

    for code, text in TEXTS.items():
        assert values.named(code) == all_tariff_values(text)
    named = values.named("620342")
    assert named is not None
    assert named[MATERIAL] == {"cotton"} and named[GENDER] == {"men"} and named[CONSTRUCTION] == {"woven"}


def test_a_code_the_table_lacks_is_left_to_be_read() -> None:
    assert TariffValues(list(TEXTS), tariff_value_table(list(TEXTS.values()))).named("999999") is None
    assert TariffValues(list(TEXTS), tariff_value_table([])).named("620342") is None  # a table of another index
