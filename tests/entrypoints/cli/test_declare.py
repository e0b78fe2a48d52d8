import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import Result
from lxml import etree
from openpyxl import load_workbook
from typer.testing import CliRunner

from entrypoints.cli.main import app

ROOT = Path(__file__).resolve().parents[3]
HEADER = ROOT / "examples" / "header-ru.toml"
GOLDEN = ROOT / "tests" / "adapters" / "declaration" / "golden" / "tm_two_items.xml"
RUSSIAN_INVOICE = (
    "Наименование товара;Кол-во;Ед. изм.;Вес нетто, кг;Вес брутто, кг;Страна происхождения;Сумма, USD\n"
    "Холодильник бытовой двухкамерный;10;шт;650,5;700;Узбекистан;3 450,00\n"
    "Холодильник бытовой двухкамерный;4;шт;260,2;280;Узбекистан;1 380,00\n"
    "Мука пшеничная высший сорт;200;мешок;10000;10100;Казахстан;5 600,00\n"
    "ИТОГО;;;;;;10 430,00\n"
)
runner = CliRunner()


def declare_list(tmp_path: Path, name: str, text: str, *options: str) -> Result:
    """Writes a product list and runs `gumruk declare` on it with the example header."""
    path = tmp_path / name
    path.write_text(text)
    return runner.invoke(app, ["declare", str(path), "--header", str(HEADER), *options])


@pytest.fixture
def russian_invoice(tmp_path: Path) -> Path:
    path = tmp_path / "invoice-ru.csv"
    path.write_bytes(RUSSIAN_INVOICE.encode("cp1251"))
    return path


@pytest.mark.slow
def test_declare_writes_a_declaration_that_plain_lxml_validates_and_a_report(
    russian_invoice: Path, tmp_path: Path
) -> None:
    out, report = tmp_path / "declaration.xml", tmp_path / "lines.csv"
    result = runner.invoke(app, ["declare", str(russian_invoice), "--header", str(HEADER), "-o", str(out),
                                 "--report", str(report)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "3 lines read, 3 classified" in result.output
    assert "national subdivision not verified: 3 line(s)" in result.output
    schema = runner.invoke(app, ["schema", "TM"])
    xsd = etree.XMLSchema(etree.fromstring(schema.stdout_bytes))
    document = etree.parse(str(out))
    assert xsd.validate(document), xsd.error_log
    assert document.findtext("Property/Nbers/Total_number_of_items") == "2"
    rows = report.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("row,description,commodity_code")
    assert rows[0].endswith(",problems,place,proposed_code,supplier_code,engine_code,conflict")
    assert len(rows) == 4
    assert ",line 2 of the file," in rows[1]
    assert ",1,1," in rows[1]
    assert ",1,1," in rows[2]


@pytest.mark.slow
def test_declare_writes_the_report_as_a_workbook_when_its_name_ends_in_xlsx(
    russian_invoice: Path, tmp_path: Path
) -> None:
    out, report = tmp_path / "declaration.xml", tmp_path / "lines.XLSX"
    result = runner.invoke(app, ["declare", str(russian_invoice), "--header", str(HEADER), "-o", str(out),
                                 "--report", str(report)])  # fmt: skip
    assert result.exit_code == 0, result.output
    sheet = load_workbook(report).active
    assert sheet is not None
    assert [cell.value for cell in sheet[1]][:3] == ["row", "description", "commodity_code"]
    assert [cell.value for cell in sheet["A"]] == ["row", 1, 2, 3]


@pytest.mark.slow
def test_declare_refuses_a_list_with_row_errors_and_names_each(tmp_path: Path) -> None:
    broken = RUSSIAN_INVOICE.replace("650,5;700", "750;700").replace("3 450,00", "много")
    path = tmp_path / "broken.csv"
    path.write_bytes(broken.encode("cp1251"))
    out = tmp_path / "declaration.xml"
    result = runner.invoke(app, ["declare", str(path), "--header", str(HEADER), "-o", str(out)])
    assert result.exit_code == 2
    assert not out.exists()
    assert "row 1" in result.output
    assert "Сумма, USD" in result.output


def test_a_missing_file_is_one_clear_line_and_exit_2(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "entrypoints.cli", "declare", str(tmp_path / "nope.csv"), "--header", str(HEADER),
         "-o", str(tmp_path / "x.xml")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip() == f"gumruk: {tmp_path / 'nope.csv'}: no such file"
    assert "Traceback" not in result.stderr


def test_a_pdf_is_unusable_input_without_a_traceback(tmp_path: Path) -> None:
    pdf = tmp_path / "invoice.csv"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    result = runner.invoke(app, ["declare", str(pdf), "--header", str(HEADER), "-o", str(tmp_path / "x.xml")])
    assert result.exit_code == 2
    assert "invoice.csv" in result.output
    assert "invoice.csv: invoice.csv" not in result.output  # the reader's message names the file already
    assert "Traceback" not in result.output


def test_a_broken_header_file_names_the_key(russian_invoice: Path, tmp_path: Path) -> None:
    header = tmp_path / "header.toml"
    header.write_text(HEADER.read_text(encoding="utf-8").replace('"CPT"', '"DAT"'), encoding="utf-8")
    result = runner.invoke(app, ["declare", str(russian_invoice), "--header", str(header), "-o", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert "header.toml: the header file cannot be used:\n  delivery_terms.incoterm: " in result.output


def test_a_header_file_that_is_no_toml_is_named(russian_invoice: Path, tmp_path: Path) -> None:
    header = tmp_path / "shipment.toml"
    header.write_text("invalid = [toml\n", encoding="utf-8")
    result = runner.invoke(app, ["declare", str(russian_invoice), "--header", str(header), "-o", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert "shipment.toml: the header file cannot be used:\n  the header file is not valid TOML" in result.output


def test_ai_sync_without_a_key_says_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    result = runner.invoke(app, ["ai", "sync"])
    assert result.exit_code == 2
    assert "OPENAI_API_KEY is not set" in result.output


@pytest.mark.slow
def test_a_list_without_a_currency_is_declared_in_the_header_currency(tmp_path: Path) -> None:
    out = tmp_path / "declaration.xml"
    listed = ("Description,Qty,Net weight kg,Gross weight kg,Origin,Amount\n"
              "Cotton T-shirts,10,5,6,China,100\nLeather shoes,2,1,1.5,China,20\n")  # fmt: skip
    result = declare_list(tmp_path, "no-currency.csv", listed, "-o", str(out))
    assert result.exit_code == 0, result.output
    document = etree.parse(str(out))
    assert {node.text for node in document.iter("Currency_code")} == {"USD"}
    assert "the product list states no currency: its amounts are taken as USD" in result.output
    assert result.output.count("states no currency") == 1


@pytest.mark.slow
def test_the_summary_shows_the_files_own_warnings(tmp_path: Path) -> None:
    listed = ("Description;Qty;Net weight kg;Gross weight kg;Origin;Amount, USD\n"
              "Cotton T-shirts;10;5;6;China;1,200\nLeather shoes;2;1;2;China;20\n")  # fmt: skip
    result = declare_list(tmp_path, "ambiguous.csv", listed, "-o", str(tmp_path / "d.xml"))
    assert result.exit_code == 0, result.output
    assert "warning: column 'Amount, USD': '1,200' could be read two ways" in result.output
    assert "warning: column 'Qty': there is no unit column" in result.output


@pytest.mark.slow
def test_a_supplier_code_the_engine_is_sure_is_wrong_writes_no_declaration_and_is_named_first(tmp_path: Path) -> None:
    """A refrigerator declared as footwear: the engine is sure of chapter 84, so the line waits for a person."""
    listed = ("Description,HS Code,Qty,Net weight kg,Gross weight kg,Origin,Amount USD\n"
              "Refrigerator household two-door,640399,12,876,948,BY,4920\n"
              "Men's leather shoes,640399,300,330,372,CN,7350\n")  # fmt: skip
    result = declare_list(tmp_path, "codes.csv", listed, "-o", str(tmp_path / "d.xml"))
    assert result.exit_code == 2, result.output
    assert not (tmp_path / "d.xml").exists()
    assert "codes.csv: no declaration written: 1 line(s) need a code chosen first" in result.output
    assert "CONFLICT row 1, column 'declared_code': the supplier's code 6403.99 '" in result.output
    assert "conflicts with the engine's 8418." in result.output and "another chapter" in result.output


def test_a_list_without_an_amount_column_writes_no_declaration_at_a_value_of_0(tmp_path: Path) -> None:
    listed = "Description,Qty,Net weight kg,Gross weight kg,Origin\nCotton T-shirts,10,5,6,China\n"
    out = tmp_path / "declaration.xml"
    result = declare_list(tmp_path, "packing-list.csv", listed, "-o", str(out))
    assert result.exit_code == 2
    assert not out.exists()
    assert "no amount column was found: write its header as 'Amount, USD'" in result.output


def test_a_list_without_a_net_mass_column_is_refused_before_any_line_is_classified(tmp_path: Path) -> None:
    listed = "Description,Qty,Amount USD,Origin\nCotton T-shirts,10,100,China\n"
    out = tmp_path / "declaration.xml"
    result = declare_list(tmp_path, "no-weights.csv", listed, "-o", str(out))
    assert result.exit_code == 2
    assert not out.exists()
    assert "the product list has 1 problem(s) to fix" in result.output
    assert "no net mass (weight) column was found: add a column 'Net weight, kg'" in result.output


def test_amounts_in_another_currency_than_the_header_are_refused_on_the_amount_column_as_written(
    tmp_path: Path,
) -> None:
    """They used to come back from the declaration's rules as 'column currency', a column the file does not have."""
    out, report = tmp_path / "d.xml", tmp_path / "lines.csv"
    result = declare_list(tmp_path, "euro.csv", "Description,Qty,Net weight kg,Gross weight kg,Origin,Amount EUR\n"
                          "Cotton T-shirts,10,5,6,China,100\nLeather shoes,2,1,1.5,China,20\n",
                          "-o", str(out), "--report", str(report))  # fmt: skip
    assert result.exit_code == 2
    assert not out.exists() and not report.exists()
    assert ("row 1, column 'Amount EUR': the amount is in EUR, but the declaration header's invoice currency is "
            "USD; convert the amounts to USD or set the invoice currency to EUR (EUR is from the header "
            "'Amount EUR')") in result.output  # fmt: skip
    assert "row 2, column 'Amount EUR': the amount is in EUR" in result.output
    assert "column 'currency'" not in result.output and "Valuation_item" not in result.output


def test_validate_names_the_item_and_its_field(tmp_path: Path) -> None:
    path = tmp_path / "declaration.xml"
    path.write_bytes(GOLDEN.read_bytes().replace(b"<Net_weight_itm>10.250", b"<Net_weight_itm>99.000"))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert "  Item 1 net mass 99.000 kg is more than its gross mass 12.500 kg\n" in result.output


@pytest.mark.slow
def test_a_product_taught_to_the_memory_is_answered_from_it_before_the_engine(
    russian_invoice: Path, tmp_path: Path
) -> None:
    data, taught, report = tmp_path / "data", tmp_path / "taught.csv", tmp_path / "lines.csv"
    taught.write_text('description,code\n"МУКА пшеничная, высший сорт",1101.00\n', encoding="utf-8")
    learnt = runner.invoke(app, ["memory", "learn", str(taught), "--data-dir", str(data)])
    assert learnt.exit_code == 0, learnt.output

    out = str(tmp_path / "d.xml")
    declared = runner.invoke(app, ["declare", str(russian_invoice), "--header", str(HEADER), "-o", out,
                                   "--report", str(report), "--data-dir", str(data)])  # fmt: skip
    assert declared.exit_code == 0, declared.output
    flour = next(row for row in report.read_text(encoding="utf-8-sig").splitlines() if "Мука" in row)
    assert ",110100,1.00,no,memory," in flour and "from memory: confirmed by command line" in flour

    ranked = runner.invoke(app, ["classify", str(russian_invoice), "--data-dir", str(data)])
    assert ranked.exit_code == 0, ranked.output
    ranks = [row[:5] for row in csv.reader(io.StringIO(ranked.stdout))]
    assert ["3", "1", "110100", "1.0000", "memory"] in ranks
    assert not any(row[0] == "1" and row[4] == "memory" for row in ranks)
