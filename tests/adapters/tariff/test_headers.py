import pytest

from adapters.tariff.headers import tariff_field


@pytest.mark.parametrize(
    ("header", "field", "language"),
    [
        ("Code", "code", None),
        ("код ТН ВЭД", "code", None),
        ("Kody", "code", None),
        ("Kody / Код", "code", None),
        ("Description", "description", None),
        ("Наименование (рус.)", "description", "ru"),
        ("Harydyň ady (türkmençe)", "description", "tk"),
        ("Наименование на английском языке", "description", "en"),
        ("Ölçeg birligi", "unit", None),
        ("Доп. ед. изм.", "unit", None),
        ("Код единицы измерения", "unit", None),
        ("Valid from", "valid_from", None),
        ("Действует с / valid from", "valid_from", None),
        ("Действует по", "valid_to", None),
        ("valid until", "valid_to", None),
        ("Notes", None, None),
    ],
)
def test_which_field_a_header_names(header: str, field: str | None, language: str | None) -> None:
    assert tariff_field(header) == (field, language)
