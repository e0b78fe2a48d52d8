"""The per-line report CSV keeps the columns consumers read by position: the line's place in the file is last."""

import csv
import io
from dataclasses import replace

from application.ports.jobs import JobLine
from application.processing.line_report import report_csv, report_rows
from domain.classification.candidate import Candidate, Classification, Source
from tests.application.fakes import line

COLUMNS_READ_BY_POSITION = [
    "row", "description", "commodity_code", "hs6", "confidence", "needs_review", "source", "alternatives",
    "rationale", "declaration", "item", "problems",
]  # fmt: skip


def test_the_place_in_the_file_and_the_proposed_code_come_after_the_columns_read_by_position() -> None:
    placed = JobLine(replace(line(1, "Tea green"), place="spreadsheet row 6"))
    unplaced = JobLine(line(2, "Laptop"))  # stored before the reader's places were kept
    report = report_csv(report_rows([placed, unplaced], [], {})).decode("utf-8-sig")
    header, *rows = csv.reader(io.StringIO(report))
    assert header == [*COLUMNS_READ_BY_POSITION, "place", "proposed_code", "supplier_code", "engine_code", "conflict"]
    assert [(row[0], row[1], row[12]) for row in rows] == [("1", "Tea green", "spreadsheet row 6"), ("2", "Laptop", "")]


def test_alternatives_show_the_figure_the_review_page_shows_not_the_engine_share() -> None:
    """Shares 0.5 and 0.3 at 70 % confidence: the page shows the alternative at 18 %, the first code at 70 %."""
    candidates = [Candidate("090210", 0.5, ""), Candidate("090230", 0.3, "")]
    engine = JobLine(line(1, "Tea green"), Classification(candidates, Source.ENGINE, confidence=0.7))
    corrected = JobLine(line(2, "Tea black"), Classification(candidates, Source.REVIEW, confidence=1.0))
    rows = report_rows([engine, corrected], [], {})
    assert [(row["confidence"], row["alternatives"]) for row in rows] == [("0.70", "090230:0.18"), ("1.00", "090230")]
