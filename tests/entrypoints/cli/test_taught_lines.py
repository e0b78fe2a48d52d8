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
