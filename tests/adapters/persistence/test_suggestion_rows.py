"""A corrected line's suggestion is stored with its classification; lines stored before it read back without one."""

from adapters.persistence.job_rows import LINE_COLUMNS, line_from, line_row
from application.ports.jobs import JobLine
from domain.classification.candidate import Candidate, Classification, Source, Suggestion
from domain.goods.product_line import ProductLine


def stored(classification: Classification, drop: str | None = None) -> Classification | None:
    row = line_row("job-1", JobLine(ProductLine(row=1, description="green tea"), classification))
    if drop:
        del row["classification"][drop]
    return line_from(tuple(row[column.name] for column in LINE_COLUMNS)).classification


def test_the_suggestion_a_broker_overruled_reads_back_as_it_was() -> None:
    suggestion = Suggestion("090230", None, 0.89, Source.ENGINE)
    corrected = Classification([Candidate("090240", 1.0, "chosen in review")], Source.REVIEW, 1.0, False,
                               suggested=suggestion)  # fmt: skip
    assert stored(corrected) == corrected


def test_a_line_stored_before_suggestions_reads_back_with_none() -> None:
    corrected = Classification([Candidate("090240", 1.0, "chosen in review")], Source.REVIEW, 1.0, False)
    assert stored(corrected, drop="suggested") == corrected
