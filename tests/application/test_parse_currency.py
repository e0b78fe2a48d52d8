"""Lines in another currency than the header's fail the job when it is read, before anything is charged."""

import io
from dataclasses import replace
from decimal import Decimal

import pytest
from openpyxl import Workbook

from adapters.reading import PolarsProductListReader
from application.processing.submit_product_list import Upload
from domain.goods.problems import Severity
from domain.processing.job import JobStatus
from tests.application.fakes import header
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


async def test_a_list_in_another_currency_than_the_saved_one_is_invoiced_in_its_own_and_box_23_asked_for() -> None:
    """The account's saved currency (the upload form left as it was) is an assumption: a EUR list is a EUR
    declaration, with a warning, and the exchange rate, which was the dollar's, is to be stated."""
    listed = PolarsProductListReader().read(b"Description,Qty,Amount EUR,Net kg\nTea green,1,10,1\nTea black,1,12,1\n",
                                            "x.csv")  # fmt: skip
    world = World(listed)
    saved = replace(header(), currency_assumed=True, exchange_rate=Decimal("3.5"))
    submitted = await world.submit(Upload("acc-1", "invoice.csv", b"raw", "TM", saved))
    await world.process(submitted.job.id)
    job = world.store.jobs[submitted.job.id]

    assert job.status is not JobStatus.FAILED and job.header is not None
    assert (job.header.currency, job.header.currency_assumed, job.header.missing) == ("EUR", False, ("exchange_rate",))
    (warning,) = [p for p in job.problems if p.reason.startswith("the amounts are in EUR")]
    assert warning.reason == (
        "the amounts are in EUR (from the header 'Amount EUR'), not in USD, the invoice currency saved for the "
        "account: the declaration is invoiced in EUR; state its exchange rate in the declaration header"
    )
    assert not [p for p in job.problems if p.severity is Severity.ERROR and p.row is not None]


async def test_a_list_of_two_currencies_keeps_the_saved_one_and_fails_on_the_other() -> None:
    listed = PolarsProductListReader().read(
        b"Description;Qty;Amount;Currency;Net kg\nTea;1;10;EUR;1\nCoffee;1;10;USD;1\n", "x.csv"
    )
    world = World(listed)
    submitted = await world.submit(
        Upload("acc-1", "invoice.csv", b"raw", "TM", replace(header(), currency_assumed=True))
    )
    await world.process(submitted.job.id)
    job = world.store.jobs[submitted.job.id]
    assert job.status is JobStatus.FAILED and job.header is not None and job.header.currency == "USD"
    assert [p.row for p in job.problems if p.severity is Severity.ERROR] == [1]
