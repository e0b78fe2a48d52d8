"""Header words cut short with a period are read as the words they begin ('Страна происх.' is the origin), while
headers of other columns with a period ('No.', 'Art.-Nr.', 'Meas. (CBM)') still name no field."""

import pytest
from tests.adapters.reading.best_field import best_field

from adapters.reading import PolarsProductListReader
from adapters.reading.header_matching import field_scores

reader = PolarsProductListReader()


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Страна происх.", "origin"), ("Стр. происх.", "origin"), ("Страна происх. товара", "origin"),
        ("Menş.", "origin"), ("Kraj pochodz.", "origin"), ("Země pův.", "origin"), ("Колич.", "quantity"),
        ("Ед. изм.", "unit"), ("Наим. товара", "description"), ("Вес нет.", "net_mass"), ("Ursprungsl.", "origin"),
        ("Einzelpr.", "unit_price"), ("Qté.", "quantity"),
    ],
)  # fmt: skip
def test_a_header_with_cut_words_names_the_field_of_the_words_they_begin(header: str, field: str) -> None:
    assert best_field(header) == field


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


@pytest.mark.parametrize(
    "header",
    ["Col.", "Col. No.", "Com.", "Desc.", "Кол-во в упак.", "Кол. в упак.", "Кол-во в кор.", "Tot. ctns."],
)  # fmt: skip
def test_cut_words_of_several_words_or_naming_the_packages_or_amount_name_no_field(header: str) -> None:
    """'Col.' begins 'colete', 'colis' and 'colli' and may be a colour; 'в упак.' is the pieces a pack holds; a
    written-out word never gives the packages or amount ('Tot. ctns.' is no amount): a wrong one goes unseen. The
    usual cut amount and package headers ('Стоим.', 'Ext. Price', 'Кол-во упак.') are in the vocabulary as written."""
    assert field_scores(header) == {}


def test_a_colour_number_column_is_no_packages_column() -> None:
    listed = "Description;Col. No.;Qty;Unit price;Amount USD\nCotton shirt;101;10;5.00;50.00\nShirt;205;4;5.00;20.00\n"
    listing = reader.read(listed.encode(), "invoice.csv")
    assert "packages" not in listing.columns
    assert [line.packages for line in listing.lines] == [None, None]


def test_a_pieces_per_pack_column_is_neither_the_quantity_nor_the_packages() -> None:
    listed = "Наименование;Кол-во;Кол-во в упак.;Цена;Сумма\nСалфетки бумажные;100;12;2,00;200,00\n"
    listing = reader.read(listed.encode(), "invoice.csv")
    assert listing.columns["quantity"] == "Кол-во"
    assert "packages" not in listing.columns
    assert [line.quantity.amount for line in listing.lines] == [100]


@pytest.mark.parametrize("header", ["Pcs/ctn", "PCS / CTN", "Qty (pcs/ctn)", "шт/кор", "Pcs per ctn"])
def test_pieces_over_a_package_name_no_field(header: str) -> None:
    """A Chinese packing list's 'Pcs/ctn' is how many pieces a carton holds: neither the quantity nor the cartons."""
    assert field_scores(header) == {}


def test_cut_words_are_written_out_in_the_languages_of_the_header_row() -> None:
    """'Disc.' is no Portuguese 'Discriminação' nor 'Div.' an Italian 'Divisa' beside English headers; 'Desc.' is the
    English 'Description' there."""
    listed = "No.;Desc.;Disc.;Com.;Div.;Qty;Unit price;Amount USD\n1;Cotton shirt;5%;Ref A;Menswear;10;5.00;50.00\n"
    listing = reader.read(listed.encode(), "invoice.csv")
    assert listing.columns == {"description": "Desc.", "quantity": "Qty", "unit_price": "Unit price",
                               "value": "Amount USD"}  # fmt: skip
    assert listing.lines[0].description == "Cotton shirt"
