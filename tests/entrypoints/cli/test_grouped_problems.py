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


def test_rows_of_a_list_of_several_sheets_are_named_on_their_sheets() -> None:
    """Rows 40 to 42 of the whole list are rows 1 to 3 of 'Лист2' (ADR 0034): the messages name those."""
    problems = [
        RowProblem(row, "Amount", f"{CURRENCY} (spreadsheet row {row + 2} on sheet 'Лист2')").on_sheet("Лист2", 39)
        for row in (1, 2, 3)
    ]
    alone = RowProblem(2, None, "the quantity is empty (spreadsheet row 4 on sheet 'Лист2')").on_sheet("Лист2", 39)

    assert [problem.row for problem in problems] == [40, 41, 42]  # the lines of the whole list, as they are keyed
    assert grouped([*problems, alone]) == [
        f"rows 1, 2 and 3 on sheet 'Лист2', column 'Amount': {CURRENCY} (spreadsheet rows 3, 4 and 5 on sheet 'Лист2')",
        "row 2 on sheet 'Лист2': the quantity is empty (spreadsheet row 4 on sheet 'Лист2')",
    ]
