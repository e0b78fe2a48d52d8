"""The usual invoice and packing-list column names of English, Russian, Turkish and Turkmen lists, beyond the
first vocabulary: each names its field and no other column's."""

import pytest

from adapters.reading.header_matching import field_scores


def _best(header: str) -> str | None:
    scores = field_scores(header)
    return max(scores, key=lambda field: scores[field]) if scores else None


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
    assert _best(header) == field
