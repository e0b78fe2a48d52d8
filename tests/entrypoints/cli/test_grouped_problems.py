from domain.goods.problems import RowProblem, Severity
from entrypoints.cli.grouped_problems import grouped

CURRENCY = "the amount is in EUR, but the declaration header's invoice currency is USD"


def test_a_reason_repeated_on_many_rows_is_said_once_naming_them() -> None:
    problems = [RowProblem(row, "Tutar", f"{CURRENCY} (spreadsheet row {row + 4})") for row in (1, 2, 3)]
    problems.append(RowProblem(4, "Miktar", "the quantity is empty (spreadsheet row 8)"))

    assert grouped(problems) == [
        f"rows 1, 2 and 3, column 'Tutar': {CURRENCY} (spreadsheet rows 5, 6 and 7)",
        "row 4, column 'Miktar': the quantity is empty (spreadsheet row 8)",
    ]


def test_a_reason_on_two_rows_or_on_the_file_stays_as_it_is() -> None:
    problems = [RowProblem(row, "Amount", f"{CURRENCY} (line {row + 1} of the file)") for row in (1, 2)]
    problems += [RowProblem(None, None, "no goods lines", Severity.ERROR)] * 3

    assert grouped(problems) == [str(problem) for problem in problems]
