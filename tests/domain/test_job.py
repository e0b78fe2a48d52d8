from datetime import UTC, datetime

import pytest

from domain.errors import IllegalTransition
from domain.processing.job import JobStatus, ProcessingJob

NOW = datetime(2026, 11, 25, tzinfo=UTC)


def job() -> ProcessingJob:
    return ProcessingJob("j1", "a1", "invoice.csv", "uploads/a1/j1/invoice.csv", "TM", NOW)


def test_a_job_walks_the_happy_path_to_completed() -> None:
    subject = job()
    for status in (JobStatus.PARSING, JobStatus.MATCHING, JobStatus.GENERATING, JobStatus.COMPLETED):
        subject.move_to(status, NOW)
    assert subject.status is JobStatus.COMPLETED
    assert subject.progress == 100


@pytest.mark.parametrize(
    ("path", "illegal"),
    [
        ([], JobStatus.MATCHING),
        ([JobStatus.PARSING], JobStatus.COMPLETED),
        ([JobStatus.PARSING, JobStatus.MATCHING], JobStatus.PARSING),
    ],
)
def test_illegal_transitions_raise(path: list[JobStatus], illegal: JobStatus) -> None:
    subject = job()
    for status in path:
        subject.move_to(status, NOW)
    with pytest.raises(IllegalTransition, match=f"-> {illegal}"):
        subject.move_to(illegal, NOW)


def test_a_failed_job_keeps_its_reason_and_cannot_move_again() -> None:
    subject = job()
    subject.fail("no description column", NOW)
    assert subject.failure_reason == "no description column"
    with pytest.raises(IllegalTransition):
        subject.move_to(JobStatus.PARSING, NOW)
    with pytest.raises(IllegalTransition):
        subject.fail("again", NOW)


def test_a_completed_job_may_be_generated_again_after_review() -> None:
    subject = job()
    for status in (JobStatus.PARSING, JobStatus.MATCHING, JobStatus.GENERATING, JobStatus.COMPLETED):
        subject.move_to(status, NOW)
    subject.move_to(JobStatus.GENERATING, NOW)
    assert subject.status is JobStatus.GENERATING


def test_progress_follows_the_lines_classified() -> None:
    subject = job()
    subject.move_to(JobStatus.PARSING, NOW)
    subject.move_to(JobStatus.MATCHING, NOW)
    subject.lines_total, subject.lines_done = 200, 100
    assert subject.progress == 50
