"""`--sheet NAME` of `declare` and `classify`: only the named sheets of a workbook are read; a name the workbook
lacks is one clear error listing its sheets, exit 2. Without it, every sheet of goods is read (ADR 0034)."""

import csv
import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from entrypoints.cli.main import app
from tests.entrypoints.cli.test_declare import HEADER
from tests.entrypoints.cli.test_help import help_of

runner = CliRunner()
COLUMNS = ["Description", "Quantity", "Amount, USD", "Net weight, kg", "Gross weight, kg", "Origin"]


def _workbook(tmp_path: Path, broken: bool = True) -> Path:
    """Two sheets of goods, each with a line whose amount is no number (unless not `broken`): an error that stops
    before classifying."""
    book = Workbook()
    first = book.active
    first.title = "Invoice 1"
    for row in [COLUMNS, ["Refrigerator", 12, 3600, 840, 900, "Turkey"], ["Washer", 5, "n/a", 325, 350, "Turkey"]]:
        first.append(row)
    second = book.create_sheet("Invoice 2")
    for row in [COLUMNS, ["Sunflower oil", 100, 250, 92, 95, "Russia"], ["LED TV 55 inch", 4, "tbd", 60, 70, "China"]]:
        second.append(row)
    if not broken:
        first["C3"], second["C3"] = 1500, 1200
    path = tmp_path / "invoice.xlsx"
    saved = io.BytesIO()
    book.save(saved)
    path.write_bytes(saved.getvalue())
    return path


def _declare(path: Path, tmp_path: Path, *options: str) -> str:
    result = runner.invoke(app, ["declare", str(path), "--header", str(HEADER), "-o", str(tmp_path / "d.xml"),
                                 "--data-dir", str(tmp_path / "data"), *options])  # fmt: skip
    assert result.exit_code == 2, result.output
    return result.output


def test_declare_and_classify_document_the_option() -> None:
    for command in ("declare", "classify"):
        text = help_of(command)
        assert "--sheet NAME A workbook sheet to read, by its name on the tab" in text
        assert "repeat it for more sheets" in text


def test_declare_reads_every_sheet_of_goods_and_names_each_rows_sheet(tmp_path: Path) -> None:
    output = _declare(_workbook(tmp_path), tmp_path)
    assert "'n/a' is not a number (spreadsheet row 3 on sheet 'Invoice 1')" in output
    assert "'tbd' is not a number (spreadsheet row 3 on sheet 'Invoice 2')" in output


def test_declare_reads_only_the_sheet_named(tmp_path: Path) -> None:
    output = _declare(_workbook(tmp_path), tmp_path, "--sheet", "Invoice 2")
    assert "'tbd' is not a number (spreadsheet row 3 on sheet 'Invoice 2')" in output
    assert "Invoice 1" not in output


def test_an_unknown_sheet_is_one_error_listing_the_sheets_and_exit_2(tmp_path: Path) -> None:
    path = _workbook(tmp_path)
    declared = _declare(path, tmp_path, "--sheet", "Invoice 3")
    assert "invoice.xlsx has no sheet 'Invoice 3'; its sheets are 'Invoice 1' and 'Invoice 2'." in declared
    assert "Traceback" not in declared

    classified = runner.invoke(app, ["classify", str(path), "--sheet", "Invoice 3"])
    assert classified.exit_code == 2
    assert classified.stdout == ""
    assert classified.stderr == (
        "gumruk: invoice.xlsx has no sheet 'Invoice 3'; its sheets are 'Invoice 1' and 'Invoice 2'.\n"
    )


@pytest.mark.slow
def test_declare_declares_the_goods_of_both_sheets_and_the_report_places_each_line_on_its_sheet(tmp_path: Path) -> None:
    report = tmp_path / "lines.csv"
    result = runner.invoke(app, ["declare", str(_workbook(tmp_path, broken=False)), "--header", str(HEADER),
                                 "-o", str(tmp_path / "d.xml"), "--report", str(report),
                                 "--data-dir", str(tmp_path / "data")])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "4 lines read" in result.output
    rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8-sig"))))
    assert [(row["description"], row["place"]) for row in rows] == [
        ("Refrigerator", "spreadsheet row 2 on sheet 'Invoice 1'"),
        ("Washer", "spreadsheet row 3 on sheet 'Invoice 1'"),
        ("Sunflower oil", "spreadsheet row 2 on sheet 'Invoice 2'"),
        ("LED TV 55 inch", "spreadsheet row 3 on sheet 'Invoice 2'"),
    ]
