"""The usual invoice and packing-list column names of English, Russian, Turkish and Turkmen lists, beyond the
first vocabulary: each names its field and no other column's."""

import pytest
from tests.adapters.reading.best_field import best_field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Particulars", "description"), ("Amt", "value"), ("Tariff No.", "declared_code"), ("HTS", "declared_code"),
        ("No. of Pkgs", "packages"), ("Unit cost", "unit_price"), ("G.Wt.", "gross_mass"),
        ("Товары (работы, услуги)", "description"), ("Сумма без НДС", "value"), ("Количество упаковок", "packages"),
        ("Кол-во коробок", "packages"), ("Вес бр.", "gross_mass"),
        ("Malın Cinsi", "description"), ("Malın Adı", "description"), ("Mal/Hizmet", "description"),
        ("Miktar Birimi", "unit"), ("Br. Fiyat", "unit_price"), ("Mal Hizmet Tutarı", "value"),
        ("Toplam Fiyat", "value"), ("Brüt Kg", "gross_mass"), ("Menşe Ülkesi", "origin"),
        ("GTİP Kodu", "declared_code"), ("Kap Adedi", "packages"), ("Kap Cinsi", "package_kind"),
        ("Döviz", "currency"), ("Öndüriji ýurt", "origin"),
    ],
)  # fmt: skip
def test_the_usual_column_names_name_their_field(header: str, field: str) -> None:
    assert best_field(header) == field
