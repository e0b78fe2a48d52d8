"""What `gumruk declare` makes of QA's invoices: charge rows, no net mass, invisible text, rounded numbers."""

from pathlib import Path

import pytest
from lxml import etree

from tests.entrypoints.cli.test_declare import declare_list

CIF_INVOICE = (
    "Item,Description,Qty,Unit,Unit Price (USD),Amount (USD),Net Weight (kg),Gross Weight (kg),Origin\n"
    '1,Laptop computer 15.6 inch,80,pcs,420.00,"33,600.00",184,240,China\n'
    '2,Cotton T-shirts for men,500,pcs,4.00,"2,000.00",100,110,China\n'
    ',,,,Subtotal,"35,600.00",284,350,\n,,,,Freight,"3,200.00",,,\n,,,,Insurance,450.00,,,\n'
    ',,,,Total CIF,"39,250.00",,,\n'
)


@pytest.mark.slow
def test_freight_and_insurance_rows_are_named_and_never_declared_as_items(tmp_path: Path) -> None:
    out = tmp_path / "declaration.xml"
    result = declare_list(tmp_path, "cif.csv", CIF_INVOICE, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert etree.parse(str(out)).findtext("Property/Nbers/Total_number_of_items") == "2"
    assert "2 lines read" in result.output
    assert ("'Freight' 3,200.00 USD (line 5 of the file) and 'Insurance' 450.00 USD (line 6 of the file) are charges, "
            "not goods: not declared as items; add them to the header's costs (external_freight, insurance)"
            ) in result.output  # fmt: skip
    assert "differs from the sum" not in result.output


@pytest.mark.slow
def test_an_item_without_a_net_mass_is_one_error_naming_the_column_as_written(tmp_path: Path) -> None:
    listed = ("Description,Qty,Unit,Amount USD,Net weight kg,Gross weight kg,Origin\n"
              "Cotton T-shirts for men,200,pcs,900.00,100,120,China\n"
              "Microwave oven 20 l,150,pcs,7800.00,,,China\n")  # fmt: skip
    result = declare_list(tmp_path, "weights.csv", listed, "-o", str(tmp_path / "d.xml"))
    assert result.exit_code == 2
    assert ("row 2, column 'Net weight kg': empty — goods item 2 (line 3 of the file) needs a net mass and none of "
            "its lines gives one") in result.output  # fmt: skip
    assert "gross mass" not in result.output and "'0.000'" not in result.output


@pytest.mark.slow
def test_a_direction_override_in_a_description_never_reaches_the_declaration(tmp_path: Path) -> None:
    listed = ("Description,Qty,Unit,Amount USD,Net weight kg,Gross weight kg,Origin\n"
              "Cotton T-shirts\u202e for men\u200b,200,pcs,900.00,100,120,China\n")  # fmt: skip
    out = tmp_path / "d.xml"
    result = declare_list(tmp_path, "bidi.csv", listed, "-o", str(out))
    assert result.exit_code == 0, result.output
    written = out.read_text(encoding="utf-8")
    assert "Cotton T-shirts for men" in written and "\u202e" not in written and "\u200b" not in written
    assert "invisible control characters were removed from the text" in result.output


@pytest.mark.slow
def test_an_amount_excel_rounded_is_declared_in_full_digits_with_a_warning(tmp_path: Path) -> None:
    listed = ("Description,Qty,Unit,Amount USD,Net weight kg,Gross weight kg,Origin\n"
              "Cotton T-shirts for men,200,pcs,9.5E+05,100,120,China\n")  # fmt: skip
    out = tmp_path / "d.xml"
    result = declare_list(tmp_path, "rounded.csv", listed, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "written as 9.5E+05, Excel's rounded form; read as 950000, but check the full figure" in result.output
    assert "950000.00" in out.read_text(encoding="utf-8") and "E+" not in out.read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_row_a_stray_delimiter_shifted_is_an_error_naming_it_not_a_wrong_declaration(tmp_path: Path) -> None:
    listed = ("Description;Qty;Unit;Amount USD;Net weight kg;Gross weight kg;Origin\n"
              "Cotton T-shirts for men;200;pcs;900.00;100;120;China\n"
              "Microwave oven; 20 l;150;pcs;7800.00;300;330;\n")  # fmt: skip
    result = declare_list(tmp_path, "shifted.csv", listed, "-o", str(tmp_path / "d.xml"))
    assert result.exit_code == 2
    assert "row 2: 8 cells where the header has 7: a stray ';' in a cell moves the cells after it" in result.output
