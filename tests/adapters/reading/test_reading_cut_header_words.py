"""Header words cut short with a period are read as the words they begin ('Страна происх.' is the origin), while
headers of other columns with a period ('No.', 'Art.-Nr.', 'Meas. (CBM)') still name no field."""

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.header_matching import field_scores

reader = PolarsProductListReader()


def _best(header: str) -> str | None:
    scores = field_scores(header)
    return max(scores, key=lambda field: scores[field]) if scores else None


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Страна происх.", "origin"), ("Стр. происх.", "origin"), ("Страна происх. товара", "origin"),
        ("Menş.", "origin"), ("Kraj pochodz.", "origin"), ("Země pův.", "origin"), ("Колич.", "quantity"),
        ("Ед. изм.", "unit"), ("Наим. товара", "description"), ("Desc.", "description"), ("Стоим.", "value"),
        ("Ext. Price", "value"), ("Кол-во упак.", "packages"), ("Вес нет.", "net_mass"), ("Ursprungsl.", "origin"),
        ("Einzelpr.", "unit_price"), ("Qté.", "quantity"),
    ],
)  # fmt: skip
def test_a_header_with_cut_words_names_the_field_of_the_words_they_begin(header: str, field: str) -> None:
    assert _best(header) == field


@pytest.mark.parametrize(
    "header", ["No.", "Art.", "Art.-Nr.", "Pos.", "Ref.", "Item No.", "Inv. No.", "Cat. No.", "Meas. (CBM)", "Val."]
)
def test_other_headers_with_a_period_name_no_field(header: str) -> None:
    """'Art.' keeps too little of 'Artikelbezeichnung' to be it; 'Meas.' heads volumes; 'Val.' may be the value
    or the currency ('valuta'), so it is neither."""
    assert field_scores(header) == {}


def test_a_cut_word_scores_below_the_same_header_written_out() -> None:
    """Of two origin columns the spelled-out one is read."""
    assert field_scores("Страна происх.")["origin"] < field_scores("Страна происхождения")["origin"]


def test_an_origin_column_headed_with_cut_words_gives_each_line_its_origin() -> None:
    listed = (
        "Инвойс № 1 валюта USD\n"
        "№,Наименование,Ед.изм.,Кол-во,Цена USD,Стоимость USD,Нетто кг,Страна происх.\n"
        "1,Насос центробежный Grundfos CR 10-3,шт,4,1640.00,6560.00,208,Дания\n"
        "2,Трансформатор силовой ТМГ-400 кВА,шт,2,7350.00,14700.00,2600,Беларусь\n"
    )
    listing = reader.read(listed.encode(), "invoice.csv")
    assert listing.columns["origin"] == "Страна происх."
    assert [line.origin for line in listing.lines] == ["DK", "BY"]
