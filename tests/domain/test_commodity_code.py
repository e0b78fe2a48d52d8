import pytest

from domain.classification.commodity_code import CommodityCode, digits_of
from domain.errors import InvalidCommodityCode


def test_the_undivided_form_pads_hs6_with_zeros_and_is_not_verified() -> None:
    code = CommodityCode.undivided("847130", 9)
    assert code.national == "847130000"
    assert not code.verified


def test_a_national_code_splits_the_asycuda_way() -> None:
    code = CommodityCode("220110110")
    assert code.split(8) == ("22011011", "0")
    assert (code.chapter, code.heading, code.hs6) == ("22", "2201", "220110")


@pytest.mark.parametrize("bad", ["", "8471", "84713x", "8471.30"])
def test_malformed_codes_are_rejected(bad: str) -> None:
    with pytest.raises(InvalidCommodityCode):
        CommodityCode(bad)


def test_digits_of_drops_the_separators_brokers_write() -> None:
    assert digits_of("8471.30-00 0") == "847130000"
