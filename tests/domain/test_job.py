from dataclasses import replace
from datetime import UTC, datetime

import pytest

from domain.errors import IllegalTransition
from domain.processing.job import JobStatus, ProcessingJob
from tests.application.fakes import header

NOW = datetime(2026, 11, 25, tzinfo=UTC)


def job() -> ProcessingJob:
    return ProcessingJob("j1", "a1", "invoice.csv", "uploads/a1/j1/invoice.csv", "TM", NOW)


def test_a_job_walks_the_happy_path_to_completed() -> None:
    subject = job()
    for status in (JobStatus.PARSING, JobStatus.MATCHING, JobStatus.GENERATING, JobStatus.COMPLETED):
        subject.move_to(status, NOW)
    subject.declaration_keys = ["jobs/j1/declaration-1.xml"]
    assert subject.status is JobStatus.COMPLETED
    assert subject.progress == 100 and not subject.declaration_withheld


def test_a_completed_job_without_its_declaration_awaits_a_person_and_is_not_shown_done() -> None:
    """Its declaration withheld for a supplier's code in conflict with the engine's, the header complete."""
    subject = job()
    subject.header = header()
    for status in (JobStatus.PARSING, JobStatus.MATCHING, JobStatus.GENERATING, JobStatus.COMPLETED):
        subject.move_to(status, NOW)
    assert subject.declaration_withheld and not subject.needs_header_details and subject.progress == 95


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


def test_a_completed_job_whose_header_leaves_boxes_blank_needs_header_details_and_is_not_shown_done() -> None:
    subject = job()
    subject.header = replace(header(), customs_office="", missing=("customs_office",))
    for status in (JobStatus.PARSING, JobStatus.MATCHING, JobStatus.GENERATING):
        subject.move_to(status, NOW)
        assert not subject.needs_header_details
    subject.move_to(JobStatus.COMPLETED, NOW)
    assert subject.needs_header_details and subject.progress == 95
    subject.header, subject.declaration_keys = header(), ["jobs/j1/declaration-1.xml"]
    assert not subject.needs_header_details and subject.progress == 100


def test_a_declaration_built_before_a_correction_is_not_shown_done_until_built_again() -> None:
    subject = job()
    for status in (JobStatus.PARSING, JobStatus.MATCHING, JobStatus.GENERATING, JobStatus.COMPLETED):
        subject.move_to(status, NOW)
    subject.header, subject.declaration_keys = header(), ["jobs/j1/declaration-1.xml"]
    subject.declaration_outdated = True
    assert (subject.has_declaration, subject.progress) == (False, 95)
    subject.declaration_outdated = False
    assert (subject.has_declaration, subject.progress) == (True, 100)
