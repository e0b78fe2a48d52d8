"""Lines in another currency than the header's fail the job when it is read, before anything is charged."""

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
