import pytest

from adapters.tariff.units import supplementary_unit


@pytest.mark.parametrize(
    ("written", "code"),
    [("H87", "H87"), ("kgm", "KGM"), ("шт", "H87"), ("sany", "H87"), ("л", "LTR"), ("пар", "PR"), ("jübüt", "PR"),
     ("м2", "MTK"), ("1000 шт", "T3"), ("карат", "CTM"), ("блистер", None), ("XYZ", None), ("лист", "ST"),
     ("St", "H87")],
)  # fmt: skip
def test_units_as_tariffs_write_them(written: str, code: str | None) -> None:
    assert supplementary_unit(written) == code
