"""Figures no declaration box holds are refused as the list is read, naming the row and column, before any line is
classified (a hostile trial: they failed the declaration after the work, and the job went uncharged)."""

from pathlib import Path

from tests.entrypoints.cli.test_declare import declare_list

HEADER_ROW = "Description,Quantity,Unit,Amount USD,Net weight kg,Gross weight kg,Country of origin\n"


def test_an_amount_past_the_declarations_boxes_at_the_headers_rate_is_refused_on_its_row(tmp_path: Path) -> None:
    text = HEADER_ROW + "Tea black 250 g,10,kg,50,10,11,India\n" \
                        "Overflow widget,1,pcs,9999999999999999.99,1,1.1,Turkey\n"  # fmt: skip
    result = declare_list(tmp_path, "big.csv", text, "-o", str(tmp_path / "d.xml"))
    assert result.exit_code == 2, result.output
    assert "row 2, column 'Amount USD'" in result.output
    assert "is larger than a declaration can hold (below 10,000,000,000,000,000.00)" in result.output
    assert "classified" not in result.output.split("row 2")[0]
    assert not (tmp_path / "d.xml").exists()


def test_a_mass_past_the_boxes_is_refused_and_so_is_a_list_whose_masses_add_up_past_them(tmp_path: Path) -> None:
    one = HEADER_ROW + "Iron ore,1,t,100,1e12,1e12,Brazil\n"
    result = declare_list(tmp_path, "ore.csv", one, "-o", str(tmp_path / "d.xml"))
    assert result.exit_code == 2 and "column 'Net weight kg'" in result.output, result.output
    many = HEADER_ROW + "".join(f"Iron ore lot {n},1,t,100,600000000000,600000000000,Brazil\n" for n in range(2))
    result = declare_list(tmp_path, "ores.csv", many, "-o", str(tmp_path / "d.xml"))
    assert result.exit_code == 2, result.output
    assert "the lines' net mass adds up to 1,200,000,000,000.00, more than a declaration can hold" in result.output
