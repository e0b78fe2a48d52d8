"""The JobRepository contract of one unfailed job per account and file, on the twin, SQLite and PostgreSQL; and
the upload whose job it refuses leaves no file in the bucket."""

import asyncio
import uuid
from dataclasses import replace
from datetime import timedelta

import boto3
import pytest
from tests.adapters.persistence.test_unit_of_work import CREATED, a_job
from tests.services import Backend

from adapters.storage.s3 import S3FileStorage
from application.ports.jobs import SameFileInProgress
from application.processing.submit_product_list import SubmitProductList, Upload
from domain.processing.job import JobStatus, ProcessingJob

HASH = "ab" * 32


def of_file(job_id: str, minutes: int = 0, **changes: object) -> ProcessingJob:
    created = CREATED + timedelta(minutes=minutes)
    job = replace(a_job(job_id), content_hash=HASH, declaration_keys=[], created_at=created)
    return replace(job, **changes)  # type: ignore[arg-type]


async def add(backend: Backend, job: ProcessingJob) -> None:
    async with backend.uow() as uow:
        await uow.jobs.add(job)
        await uow.commit()


async def same_file(backend: Backend, account_id: str = "acc-1") -> str | None:
    async with backend.uow() as uow:
        found = await uow.jobs.of_same_file(account_id, HASH)
    return found.id if found else None


async def test_a_second_unfailed_job_of_the_same_file_is_refused_and_nothing_is_stored(backend: Backend) -> None:
    await add(backend, of_file("job-1"))
    with pytest.raises(SameFileInProgress):
        await add(backend, of_file("job-2", 1))
    async with backend.uow() as uow:
        assert await uow.jobs.get("job-2") is None
    assert await same_file(backend) == "job-1"
    assert await same_file(backend, "acc-2") is None


async def test_a_failed_job_answers_for_its_file_no_more(backend: Backend) -> None:
    await add(backend, of_file("job-1", status=JobStatus.FAILED))
    assert await same_file(backend) is None
    await add(backend, of_file("job-2", 1))
    assert await same_file(backend) == "job-2"


async def test_a_job_started_again_on_purpose_stands_beside_the_first_and_is_the_latest(backend: Backend) -> None:
    await add(backend, of_file("job-1"))
    await add(backend, of_file("job-2", 1, started_again=True))
    assert await same_file(backend) == "job-2"
    async with backend.uow() as uow:
        assert (await uow.jobs.get("job-2")) == of_file("job-2", 1, started_again=True)


async def test_jobs_without_a_hash_never_clash(backend: Backend) -> None:
    await add(backend, replace(of_file("job-1"), content_hash=None))
    await add(backend, replace(of_file("job-2"), content_hash=None))
    assert await same_file(backend) is None


async def test_two_racing_units_of_work_store_one_job(backend: Backend) -> None:
    async def racing(job: ProcessingJob) -> str:
        try:
            async with backend.uow() as uow:
                await uow.jobs.add(job)
                await asyncio.sleep(0.05)
                await uow.commit()
        except SameFileInProgress:
            return "refused"
        return "stored"

    outcomes = await asyncio.gather(racing(of_file("job-1")), racing(of_file("job-2", 1)))
    assert sorted(outcomes) == ["refused", "stored"]


async def test_the_upload_whose_job_is_refused_leaves_no_file_in_the_bucket(
    backend: Backend, moto_endpoint: str
) -> None:
    client, bucket = boto3.client("s3", endpoint_url=moto_endpoint), f"gumruk-{uuid.uuid4().hex[:10]}"
    storage = S3FileStorage(bucket, client=client)
    storage.ensure_bucket()
    submit = SubmitProductList(backend.uow, storage, backend.clock)
    upload = Upload("acc-1", "invoice.csv", b"description;value\nTea;1\n", "TM")

    first = await submit(upload)
    second = await submit(upload)  # the submit step asks for no earlier job: the store refuses this one's

    assert (second.job.id, second.earlier) == (first.job.id, True)
    stored = [entry["Key"] for entry in client.list_objects_v2(Bucket=bucket).get("Contents", [])]
    assert stored == [first.job.storage_key]
