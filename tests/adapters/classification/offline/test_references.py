"""The supplier's references ("model 12", "арт. 12-34") are taken out of a line before it is classified."""

import pytest

from adapters.classification.offline.references import without_references


@pytest.mark.parametrize(
    ("line", "goods"),
    [
        ("Cotton T-shirts model 12", "Cotton T-shirts"),
        ("Холодильник Samsung модель RB-33 двухкамерный", "Холодильник Samsung двухкамерный"),
        ("Art. 4411 Plastic bucket 10 l", "Plastic bucket 10 l"),
        ("арт. 12-34 Чайник электрический", "Чайник электрический"),
        ("артикул ВВ-120 кабель медный", "кабель медный"),
        ("SKU 80231 dry dog food", "dry dog food"),
        ("Steel bolts M8, art no 55", "Steel bolts M8,"),
    ],
)
def test_a_reference_with_a_code_goes(line: str, goods: str) -> None:
    assert without_references(line) == goods


@pytest.mark.parametrize("line", ["scale model 1:24 car", "model car kit", "wall art 30x40", "model 12"])
def test_words_that_name_goods_or_all_there_is_stay(line: str) -> None:
    assert without_references(line) == line
