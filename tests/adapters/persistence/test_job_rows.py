"""A job read back from its row is the job that was written, also when the row was written by an earlier Gumruk."""

from dataclasses import replace
from types import SimpleNamespace

from tests.adapters.persistence.test_unit_of_work import a_job
from tests.application.fakes import header

from adapters.persistence.job_rows import job_from, job_row


def test_a_header_saved_with_its_blank_boxes_by_header_file_key_reads_them_as_boxes() -> None:
    job = a_job()
    job.header = replace(header(), missing=("exporter.name", "currency"))
    row = job_row(job)
    row["header"]["missing"] = ["exporter.name", "invoice.currency", "invoice.exchange_rate"]

    read = job_from(SimpleNamespace(**row))

    assert read.header is not None and read.header.missing == ("exporter.name", "currency", "exchange_rate")


def test_a_job_reads_back_as_written() -> None:
    job = a_job()
    job.header = replace(header(), missing=("customs_office",))

    assert job_from(SimpleNamespace(**job_row(job))) == job


def test_the_sheets_a_broker_named_read_back_and_a_job_stored_before_them_has_none() -> None:
    job = a_job()
    job.sheets = ["Лист2"]
    row = job_row(job)
    assert job_from(SimpleNamespace(**row)).sheets == ["Лист2"]
    assert job_from(SimpleNamespace(**(row | {"sheets": None}))).sheets == []
