from domain.goods.problems import RowProblem, Severity
from entrypoints.cli.summary import warning_lines


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
