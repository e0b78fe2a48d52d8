"""Lines in another currency than the header's fail the job when it is read, before anything is charged."""

import io

import pytest
from openpyxl import Workbook

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity
from domain.processing.job import JobStatus
from tests.application.test_process_job import World


async def test_amounts_in_euro_under_a_dollar_header_fail_the_job_naming_each_row_and_the_amount_column() -> None:
    listed = PolarsProductListReader().read(
        b"Description,Qty,Amount EUR,Net kg\nTea green,1,10,1\nLaptop 15 inch,1,900,2\n", "x.csv"
    )
    world = World(listed)
    job = world.store.jobs[await world.run()]
    assert job.status is JobStatus.FAILED
    errors = [(p.row, p.column, p.reason.split(";")[0]) for p in job.problems if p.severity is Severity.ERROR]
    assert errors == [
        (1, "Amount EUR", "the amount is in EUR, but the declaration header's invoice currency is USD"),
        (2, "Amount EUR", "the amount is in EUR, but the declaration header's invoice currency is USD"),
    ]
    assert world.classifier.asked == [] and world.credits.balance == 100


@pytest.mark.parametrize(
    ("listed", "column", "place"),
    [
        ("Description;Qty;Amount, EUR;Currency;Net kg\nTea;1;10;;1\n", "Amount, EUR", "from the header 'Amount, EUR'"),
        ("Invoice 12, currency: EUR\nDescription;Qty;Amount;Net kg\nTea;1;10;1\n", "Amount", "from the title rows"),
        ("Description;Qty;Amount;Currency;Net kg\nTea;1;10;EUR;1\n", "Currency", "from column 'Currency'"),
        ("Description;Qty;Amount;Net kg\nTea;1;€10;1\n", "Amount", "the commonest in the file's amount cells"),
    ],
)
async def test_a_line_in_another_currency_is_reported_where_its_currency_was_read(
    listed: str, column: str, place: str
) -> None:
    world = World(PolarsProductListReader().read(listed.encode(), "x.csv"))
    job = world.store.jobs[await world.run()]
    (error,) = [p for p in job.problems if p.severity is Severity.ERROR]
    assert (error.row, error.column) == (1, column)
    line = listed.count("\n")  # the one line is the file's last
    assert error.reason.endswith(f"set the invoice currency to EUR (EUR is {place}) (line {line} of the file)")


async def test_a_workbook_line_in_another_currency_names_its_spreadsheet_row() -> None:
    book = Workbook()
    book.active.append(["Invoice 12"])
    book.active.append(["Description", "Qty", "Amount, EUR", "Net kg"])
    book.active.append(["Tea", 1, 10, 1])
    saved = io.BytesIO()
    book.save(saved)
    world = World(PolarsProductListReader().read(saved.getvalue(), "x.xlsx"))
    job = world.store.jobs[await world.run()]
    (error,) = [p for p in job.problems if p.severity is Severity.ERROR]
    assert str(error) == (
        "row 1, column 'Amount, EUR': the amount is in EUR, but the declaration header's invoice currency is USD; "
        "convert the amounts to USD or set the invoice currency to EUR (EUR is from the header 'Amount, EUR') "
        "(spreadsheet row 3)"
    )
