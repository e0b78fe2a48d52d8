"""`--column FIELD=HEADER` names the columns the reader should not guess, for `declare` and `classify` alike."""

from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from application.pipeline.named_columns import InvalidColumns, named_columns
from entrypoints.cli.main import app
from tests.entrypoints.cli.test_declare import declare_list
from tests.entrypoints.cli.test_help import help_of

# no header the vocabulary knows for the goods, and an origin column it would not read
LISTED = (
    "Sıra;Kalem;Miktar;Birim;Tutar (USD);Net Ağırlık (Kg);Brüt Ağırlık (Kg);Üretim yeri\n"
    "1;Pamuklu erkek tişört;200;adet;900,00;100;120;Türkiye\n"
    "2;Deri erkek ayakkabı;50;çift;1250,00;60;75;Italya\n"
)
runner = CliRunner()


def test_a_value_names_a_field_and_a_header_alone_names_the_description() -> None:
    assert named_columns(["Malın Cinsi"]) == {"description": "Malın Cinsi"}
    assert named_columns(["origin = Üretim yeri", "value=Tutar (USD)"]) == {
        "origin": "Üretim yeri",
        "value": "Tutar (USD)",
    }
    assert named_columns([]) == {}


@pytest.mark.parametrize(
    ("values", "said"),
    [
        (["amount=Tutar"], "'amount' is no field; use one of description, quantity"),
        (["origin="], "give the header as the list writes it after 'origin='"),
        (["Kalem", "description=Ürün"], "the description column is named twice ('Kalem' and 'Ürün')"),
    ],
)
def test_a_field_that_is_none_an_empty_header_or_a_field_named_twice_is_refused(values: list[str], said: str) -> None:
    with pytest.raises(InvalidColumns, match=said.replace("(", r"\(").replace(")", r"\)")):
        named_columns(values)


def test_declare_and_classify_document_the_option() -> None:
    for command in ("declare", "classify"):
        text = help_of(command)
        assert "--column FIELD=HEADER A column the reader should not guess" in text
        assert "description, quantity, unit, unit_price, value, currency, origin" in text


def test_declare_with_a_named_column_that_is_not_there_says_so_before_classifying(tmp_path: Path) -> None:
    result = declare_list(tmp_path, "fatura.csv", LISTED, "-o", str(tmp_path / "d.xml"), "--column", "origin=Ülke")
    assert result.exit_code == 2
    assert "fatura.csv has no column 'Ülke'; the headers found are: 'Sıra', 'Kalem', 'Miktar'" in result.output


def test_an_unknown_field_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = declare_list(tmp_path, "fatura.csv", LISTED, "-o", str(tmp_path / "d.xml"), "--column", "hs=GTİP")
    assert result.exit_code == 2
    assert result.output.startswith("gumruk: column 'hs=GTİP': 'hs' is no field")


@pytest.mark.parametrize("column", ["Ürün", "description=Ürün"])
def test_classify_takes_a_header_alone_as_before_or_a_field_and_header(tmp_path: Path, column: str) -> None:
    path = tmp_path / "fatura.csv"
    path.write_text(LISTED)
    result = runner.invoke(app, ["classify", str(path), "--column", column])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "fatura.csv has no column 'Ürün'" in result.stderr


@pytest.mark.slow
def test_declare_reads_the_columns_it_is_given(tmp_path: Path) -> None:
    out = tmp_path / "d.xml"
    result = declare_list(tmp_path, "fatura.csv", LISTED, "-o", str(out),
                          "--column", "Kalem", "--column", "origin=Üretim yeri")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "2 lines read" in result.output
    origins = {node.text for node in etree.parse(str(out)).iter("Country_of_origin_code")}
    assert origins == {"TR", "IT"}
