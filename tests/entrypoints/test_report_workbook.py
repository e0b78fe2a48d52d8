"""The per-line report as an Excel workbook: the CSV's cells, typed, and never a formula."""

import io

from openpyxl import load_workbook

from application.processing.line_report import COLUMNS, report_csv
from entrypoints.report_workbook import report_workbook


def line(row: int, description: str, code: str, **cells: str) -> dict[str, object]:
    given = {"row": row, "description": description, "commodity_code": code, "hs6": code[:6], "confidence": "0.89"}
    return dict.fromkeys(COLUMNS, "") | given | {"needs_review": "no"} | cells


def opened(rows: list[dict[str, object]]) -> list[list[object]]:
    sheet = load_workbook(io.BytesIO(report_workbook(report_csv(rows)))).active
    assert sheet is not None
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_the_workbook_has_the_reports_columns_and_rows_with_codes_as_text_and_figures_as_numbers() -> None:
    cells = opened([line(1, "Чай чёрный 250 г", "090230000", item="1", declaration="1")])
    assert cells[0] == COLUMNS
    first = dict(zip(COLUMNS, cells[1], strict=True))
    assert (first["row"], first["confidence"], first["item"], first["declaration"]) == (1, 0.89, 1, 1)
    assert (first["commodity_code"], first["hs6"], first["description"]) == ("090230000", "090230", "Чай чёрный 250 г")


def test_a_text_that_starts_like_a_formula_is_a_plain_text_cell_without_the_csvs_apostrophe() -> None:
    payload = '=HYPERLINK("http://example.com","click")'
    book = load_workbook(io.BytesIO(report_workbook(report_csv([line(1, payload, "847130000"), line(2, "-5 %", "")]))))
    sheet = book.active
    assert sheet is not None
    assert [(sheet.cell(row, 2).value, sheet.cell(row, 2).data_type) for row in (2, 3)] == [
        (payload, "s"),
        ("-5 %", "s"),
    ]


def test_lines_to_review_and_conflicts_are_shaded_and_the_header_stays_in_view() -> None:
    rows = [line(1, "Tea", "090230000"), line(2, "Drill", "846721000", needs_review="yes"),
            line(3, "Pipe", "730630000", needs_review="yes", conflict="yes")]  # fmt: skip
    sheet = load_workbook(io.BytesIO(report_workbook(report_csv(rows)))).active
    assert sheet is not None
    assert [sheet.cell(row, 1).fill.fgColor.rgb[-6:] for row in (3, 4)] == ["FFF4CC", "F8D7DA"]
    assert sheet.cell(2, 1).fill.fill_type is None
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:Q4"


def test_a_report_of_no_lines_is_its_header_alone() -> None:
    assert opened([]) == [COLUMNS]
