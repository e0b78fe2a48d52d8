"""`gumruk declare` end to end on the boxes a new-user trial found wrong: 41 (units that cannot be added), 12 (no
freight under EXW) and 6 (a total of packages the header states)."""

from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from entrypoints.cli.main import app

ROOT = Path(__file__).resolve().parents[3]
INVOICE = (
    "description,quantity,unit,unit price,amount,net weight,origin\n"
    "Ballpoint pens plastic blue,50,CTN,12.00,600.00,250,CN\n"
    "LED bulb 9W E27,2000,PCS,0.80,1600.00,120,CN\n"
    "LED bulb 12W E27,40,CTN,45.00,1800.00,150,CN\n"
    "Copper wire insulated,1500,M,1.20,1800.00,90,CN\n"
    "Copper wire insulated,2,ROLL,150.00,300.00,20,CN\n"
)
runner = CliRunner()


def declared(tmp_path: Path, invoice: str, header: str) -> tuple[str, etree._Element]:
    """The output of `gumruk declare` on the list and header texts, and the declaration it wrote."""
    (tmp_path / "invoice.csv").write_text(invoice)
    (tmp_path / "header.toml").write_text(header)
    out = tmp_path / "declaration.xml"
    result = runner.invoke(app, ["declare", str(tmp_path / "invoice.csv"), "--header", str(tmp_path / "header.toml"),
                                 "-o", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    return result.output, etree.parse(str(out)).getroot()


def header_with(*changes: tuple[str, str]) -> str:
    text = (ROOT / "examples" / "header-en.toml").read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text
        text = text.replace(old, new)
    return text


@pytest.mark.slow
def test_units_that_cannot_be_added_are_never_one_box_41_and_exw_without_freight_is_told(tmp_path: Path) -> None:
    exw = header_with(('incoterm = "CPT"\nplace = "Aşgabat"', 'incoterm = "EXW"\nplace = "Yiwu"'))
    output, root = declared(tmp_path, INVOICE, exw)
    boxes = [
        (item.findtext("Tarification/Supplementary_unit/Suppplementary_unit_code"),
         item.findtext("Tarification/Supplementary_unit/Suppplementary_unit_quantity"),
         item.findtext("Valuation_item/Weight_itm/Net_weight_itm"))
        for item in root.findall("Item")
    ]  # fmt: skip
    # five items, each its own box 41; with no national tariff imported, none states it (its line's unit is unknown)
    assert boxes == [(None, None, mass) for mass in ("250.000", "120.000", "150.000", "90.000", "20.000")]
    said = " ".join(output.split())
    assert "box 41 (supplementary quantity) is left empty for rows 2, 4 and 5: the national tariff lines" in said
    assert "row 1, column 'quantity': box 41: quantity of goods not stated; the line gives 50 cartons" in said
    assert "row 3, column 'quantity': box 41: quantity of goods not stated; the line gives 40 cartons" in said
    assert "under EXW Yiwu the price excludes the carriage to the border: state the freight (and insurance)" in said


@pytest.mark.slow
def test_a_total_of_packages_in_the_header_is_box_6_on_the_first_item_and_ends_the_warning(tmp_path: Path) -> None:
    invoice = "\n".join(INVOICE.splitlines()[i] for i in (0, 2, 4)) + "\n"
    output, _ = declared(tmp_path, invoice, header_with())
    assert "the number of packages is not stated" in output
    output, root = declared(tmp_path, invoice, header_with(('kind = "CT"', 'kind = "CT"\ntotal = 12')))
    assert "the number of packages is not stated" not in output
    assert root.findtext("Property/Nbers/Total_number_of_packages") == "12"
    assert [n.text for n in root.iterfind("Item/Packages/Number_of_packages")] == ["12", "0"]


@pytest.mark.slow
def test_a_total_of_packages_in_the_header_wins_over_the_lines_cartons_and_names_both_counts(tmp_path: Path) -> None:
    """The broker's trial: no packages column, 50 and 40 cartons, 42 packages counted at loading."""
    output, root = declared(tmp_path, INVOICE, header_with(('kind = "CT"', 'kind = "CT"\ntotal = 42')))
    assert root.findtext("Property/Nbers/Total_number_of_packages") == "42"
    assert [n.text for n in root.iterfind("Item/Packages/Number_of_packages")] == ["42", "0", "0", "0", "0"]
    said = " ".join(output.split())
    assert "box 6: the header states 42 packages but the lines count 90; the header's 42 declared" in said
    assert "the number of packages is not stated" not in said
