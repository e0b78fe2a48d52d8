"""The lines of a CSV that teaches the memory, and how the rows left for review are named."""

from entrypoints.cli.taught_lines import taught_lines

REPORT_HEADER = "row,description,commodity_code,hs6,needs_review\n"


def test_rows_left_for_review_are_named_by_the_reports_own_row_column() -> None:
    report = REPORT_HEADER + "7,Drill,846721000,846721,yes\n8,Tea,090240000,090240,no\n9,Sink,732410000,732410,yes\n"
    taught = taught_lines(report.encode(), "lines.csv")
    assert taught.unconfirmed_named() == "rows 7, 9"
    assert [line.description for line in taught.lines] == ["Tea"]


def test_a_report_without_a_row_column_names_the_files_lines() -> None:
    report = "description,commodity_code,hs6,needs_review\nDrill,846721000,846721,yes\n"
    assert taught_lines(report.encode(), "lines.csv").unconfirmed_named() == "line 2"
