"""The lines of a CSV or workbook that teaches the memory, and how the rows left for review are named."""

import io
import zipfile

import pytest

from entrypoints.cli.taught_lines import UnreadableList, taught_lines
from entrypoints.report_workbook import report_workbook

REPORT_HEADER = "row,description,commodity_code,hs6,needs_review\n"


def test_rows_left_for_review_are_named_by_the_reports_own_row_column() -> None:
    report = REPORT_HEADER + "7,Drill,846721000,846721,yes\n8,Tea,090240000,090240,no\n9,Sink,732410000,732410,yes\n"
    taught = taught_lines(report.encode(), "lines.csv")
    assert taught.unconfirmed_named() == "rows 7, 9"
    assert [line.description for line in taught.lines] == ["Tea"]


def test_a_report_without_a_row_column_names_the_files_lines() -> None:
    report = "description,commodity_code,hs6,needs_review\nDrill,846721000,846721,yes\n"
    assert taught_lines(report.encode(), "lines.csv").unconfirmed_named() == "line 2"


def test_a_national_line_the_broker_changed_under_the_same_subheading_is_taught_as_typed_even_marked_for_review() -> (
    None
):
    report = (
        "row,description,commodity_code,hs6,needs_review,proposed_code\n"
        "3,Sunflower oil,151219100,151219,no,151219000\n"
        "5,Men's leather shoes,640399910,640399,yes,640399990\n"
        "6,Tea,090240000,090240,no,090240000\n"
    )
    taught = taught_lines(report.encode(), "lines.csv")
    assert [(line.description, line.code) for line in taught.lines] == [
        ("Sunflower oil", "151219100"),
        ("Men's leather shoes", "640399910"),
        ("Tea", "090240"),
    ]
    assert taught.unconfirmed == []


def test_a_report_written_before_the_proposed_code_column_tells_the_change_by_its_rationale_or_undivided_code() -> None:
    report = (
        "row,description,commodity_code,hs6,needs_review,rationale\n"
        "3,Sunflower oil,151219100,151219,no,tariff words: oil\n"
        "5,Men's leather shoes,640399910,640399,yes,national line 6403 99 990 chosen: residual line\n"
        "6,Boots,640399990,640399,yes,national line 6403 99 990 chosen: residual line\n"
    )
    taught = taught_lines(report.encode(), "lines.csv")
    assert [line.code for line in taught.lines] == ["151219100", "640399910"]
    assert taught.unconfirmed_named() == "row 6"


def test_the_reports_workbook_corrected_in_excel_teaches_as_its_csv_does() -> None:
    report = REPORT_HEADER + "7,Drill,846721000,846721,yes\n8,Tea,090240000,090240,no\n9,Sink,732490000,732410,yes\n"
    workbook = report_workbook(report.encode("utf-8-sig"))
    taught = taught_lines(workbook, "lines.xlsx")
    assert [(line.description, line.code) for line in taught.lines] == [("Tea", "090240"), ("Sink", "732490000")]
    assert taught.unconfirmed_named() == "row 7"


def test_a_file_that_is_a_broken_workbook_is_named_as_such() -> None:
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(UnreadableList, match=r"lines.xlsx: not a readable Excel workbook"):
        taught_lines(broken.getvalue(), "lines.xlsx")


def test_a_description_the_report_guarded_against_formulas_is_learnt_as_written() -> None:
    """A trial: learning the report's CSV stored "'=СУММ..." with the apostrophe the report put before it."""
    report = REPORT_HEADER + "4,'=СУММ кабель,854442000,854442,no\n5,'+7 Перчатки,611610000,611610,no\n"
    taught = taught_lines(report.encode("utf-8-sig"), "lines.csv")
    assert [line.description for line in taught.lines] == ["=СУММ кабель", "+7 Перчатки"]
