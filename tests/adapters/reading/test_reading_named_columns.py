"""Columns a broker names by their headers (`--column FIELD=HEADER`) are read as those fields, whatever the
vocabulary makes of them; a header row lacking one of them is not the header."""

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.vocabulary import header_synonyms
from application.ports.reader import UnusableFile
from domain.goods.product_list import COLUMN_FIELDS

reader = PolarsProductListReader()
LISTED = "Malzeme;Adet;Tutar (USD);Net kg;Ülke;Menşei\nSantrifüj pompa;4;6560,00;208;Almanya;Türkiye\n"


def test_a_named_column_is_read_as_its_field_over_the_one_the_vocabulary_names() -> None:
    listing = reader.read(LISTED.encode(), "fatura.csv", named_columns={"origin": "ülke"})
    assert listing.columns["origin"] == "Ülke"
    assert listing.lines[0].origin == "DE"
    assert listing.columns["description"] == "Malzeme"


def test_several_columns_can_be_named() -> None:
    text = "Pos;Artikel;Stück;Wert\n1;Pumpe;4;6560,00\n"
    named = {"description": "Artikel", "quantity": "Stück", "value": "Wert"}
    listing = reader.read(text.encode(), "x.csv", named_columns=named)
    assert listing.columns == {"description": "Artikel", "quantity": "Stück", "value": "Wert"}
    assert listing.lines[0].description == "Pumpe" and listing.lines[0].quantity is not None


def test_the_header_row_is_the_one_holding_the_named_columns() -> None:
    text = "Description;Qty\n\nName;Count\nPump;4\n"
    listing = reader.read(text.encode(), "x.csv", named_columns={"description": "Name", "quantity": "Count"})
    assert [line.description for line in listing.lines] == ["Pump"]


def test_named_columns_that_are_not_there_are_named_in_the_error() -> None:
    with pytest.raises(UnusableFile, match="has no column 'Land'; the headers found are: 'Malzeme', 'Adet'"):
        reader.read(LISTED.encode(), "fatura.csv", named_columns={"origin": "Land"})


def test_named_columns_apart_in_different_rows_are_no_header() -> None:
    text = "Name;Qty\nPump;4\nCount;\n"
    with pytest.raises(UnusableFile, match="has no header row holding all of 'Name', 'Count'"):
        reader.read(text.encode(), "x.csv", named_columns={"description": "Name", "quantity": "Count"})


def test_the_column_fields_are_the_fields_of_the_header_vocabulary() -> None:
    assert set(COLUMN_FIELDS) == set(header_synonyms())
