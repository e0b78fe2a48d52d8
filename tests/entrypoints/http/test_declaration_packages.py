"""Box 6 stated on a job whose list gives no packages: the header field is listed, kept and declared."""

from typing import Any

from litestar.testing import TestClient
from tests.entrypoints.http.conftest import sign_up
from tests.entrypoints.http.test_jobs_api import completed_job

NOT_STATED = "the number of packages is not stated"


def test_the_total_of_packages_stated_on_a_job_goes_into_its_declaration_and_ends_the_warning(
    client: TestClient[Any],
) -> None:
    headers = sign_up(client)
    listed = client.get("/processing/header-fields", headers=headers).json()
    assert listed["total_packages"] == {"header_file_key": "packages.total", "default": ""}
    job_id = completed_job(client, headers)
    job = client.get(f"/processing/jobs/{job_id}", headers=headers).json()
    assert any(NOT_STATED in p["reason"] for p in job["problems"])
    stated = {"fields": {"total_packages": "7"}}
    assert client.put(f"/processing/jobs/{job_id}/header", json=stated, headers=headers).status_code == 200
    client.post(f"/processing/jobs/{job_id}/declaration", headers=headers)
    job = client.get(f"/processing/jobs/{job_id}", headers=headers).json()
    assert not any(NOT_STATED in p["reason"] for p in job["problems"])
    xml = client.get(f"/processing/jobs/{job_id}/declaration", headers=headers).text
    assert "<Total_number_of_packages>7</Total_number_of_packages>" in xml
