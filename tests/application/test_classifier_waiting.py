"""A job whose lines wait for the classifier's index says so, instead of sitting at 10 % without a word."""

from application.processing.submit_product_list import Upload
from tests.application.fakes import header
from tests.application.test_process_job import World, listing

WAITING = "the classifier is building its index (first start, a few minutes)"


class StillLoading:
    def __init__(self) -> None:
        self.note: str | None = WAITING

    def waiting_for(self) -> str | None:
        return self.note


async def test_the_wait_for_the_index_is_published_before_the_lines_are_classified() -> None:
    world = World(listing())
    readiness = StillLoading()
    world.process.classify._readiness = readiness
    job = (await world.submit(Upload("acc-1", "invoice.csv", b"raw", "TM", header()))).job
    await world.process(job.id)
    said = [event.message for event in world.events.events]
    classified = next(at for at, message in enumerate(said) if message.endswith("lines classified"))
    assert WAITING in said and said.index(WAITING) < classified
    readiness.note = None
    world.events.events.clear()
    second = (await world.submit(Upload("acc-1", "other.csv", b"other", "TM", header()))).job
    await world.process(second.id)
    assert WAITING not in [event.message for event in world.events.events]
