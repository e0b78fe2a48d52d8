from domain.classification.candidate import Classification, Source
from domain.goods.problems import RowProblem, Severity
from entrypoints.cli.summary import by_source, warning_lines


def warning(row: int | None, reason: str) -> RowProblem:
    return RowProblem(row, "Amount", reason, Severity.WARNING)


def test_the_files_own_warnings_come_first_and_the_rest_are_counted() -> None:
    problems = [warning(n, f"row note {n}") for n in range(1, 5)] + [warning(None, "'1,200' could be read two ways")]
    problems.append(RowProblem(None, None, "national subdivision not verified on 3 goods items", Severity.WARNING))
    assert warning_lines(problems, shown=3, left_out="national subdivision not verified") == [
        "warning: column 'Amount': '1,200' could be read two ways",
        "warning: row 1, column 'Amount': row note 1",
        "warning: row 2, column 'Amount': row note 2",
        "... and 2 more warning(s)",
    ]


def test_the_count_by_source_says_what_each_source_is() -> None:
    """'(6 declared, 6 engine)' did not say that 'declared' is the supplier's own code from the list."""
    results = [Classification([], source, 0.9, needs_review=False) for source in (Source.ENGINE, Source.DECLARED)]
    results += [Classification([], Source.DECLARED, 0.5, needs_review=True)]
    assert by_source(results) == "2 with the supplier's own code from the list, 1 by the offline engine"
