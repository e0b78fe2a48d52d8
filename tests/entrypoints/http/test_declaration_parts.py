"""A declaration's parts (a list past 999 goods items is declared in several): `?part=n`, and `?form=n`, its old
name, still taken for one release with a Deprecation header."""

from datetime import UTC, datetime
from typing import Any

from litestar.testing import TestClient
from tests.entrypoints.http.conftest import sign_up
from tests.entrypoints.http.test_jobs_api import completed_job

from domain.processing.job import JobStatus, ProcessingJob
from entrypoints.http.schemas.jobs import JobOut


def test_a_part_is_asked_for_as_part_and_still_as_form(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    base = f"/processing/jobs/{completed_job(client, headers)}/declaration"
    by_part = client.get(f"{base}?part=1", headers=headers)
    by_form = client.get(f"{base}?form=1", headers=headers)
    assert by_part.status_code == by_form.status_code == 200 and by_part.content == by_form.content
    assert "deprecation" not in by_part.headers and by_form.headers["deprecation"].startswith("@")
    for query in ("part=2", "form=2"):
        missing = client.get(f"{base}?{query}", headers=headers)
        assert (missing.status_code, missing.json()["code"]) == (409, "declaration_not_ready")
        assert missing.json()["message"].endswith("has 1 part(s), not a part 2")
    both = client.get(f"{base}?part=1&form=2", headers=headers)
    assert both.status_code == 400 and "give part only" in both.text
    assert client.get(f"{base}?part=1&form=1", headers=headers).status_code == 200


def test_a_job_of_several_parts_links_each_by_part() -> None:
    job = ProcessingJob("j1", "a1", "invoice.csv", "uploads/j1", "TM", datetime(2026, 11, 28, tzinfo=UTC))
    job.status, job.declaration_keys = JobStatus.COMPLETED, ["jobs/j1/declaration-1.xml", "jobs/j1/declaration-2.xml"]
    assert JobOut.of(job).declaration_urls == [
        "/processing/jobs/j1/declaration?part=1", "/processing/jobs/j1/declaration?part=2"
    ]  # fmt: skip


def test_the_openapi_document_names_part_and_marks_form_deprecated(client: TestClient[Any]) -> None:
    download = client.get("/schema/openapi.json").json()["paths"]["/processing/jobs/{job_id}/declaration"]["get"]
    schemas = {p["name"]: p["schema"] for p in download["parameters"] if p["in"] == "query"}
    assert set(schemas) == {"part", "form"} and schemas["form"].get("deprecated") is True
