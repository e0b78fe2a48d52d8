"""After a correction the job says its declaration is outdated and serves neither XML nor report until rebuilt."""

from typing import Any

from litestar.testing import TestClient
from tests.entrypoints.http.conftest import sign_up
from tests.entrypoints.http.test_jobs_api import completed_job


def test_a_corrected_line_withholds_the_downloads_until_the_declaration_is_built_again(
    client: TestClient[Any],
) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    base = f"/processing/jobs/{job_id}"
    balance = client.get("/credits", headers=headers).json()["balance"]
    assert client.patch(f"{base}/lines/1", json={"code": "0902.10"}, headers=headers).status_code == 200
    job = client.get(base, headers=headers).json()
    assert (job["status"], job["declaration_outdated"]) == ("COMPLETED", True)
    assert (job["declaration_urls"], job["report_url"]) == ([], None)
    for download in (f"{base}/declaration", f"{base}/report.csv", f"{base}/report.xlsx"):
        refused = client.get(download, headers=headers)
        assert (refused.status_code, refused.json()["code"]) == (409, "declaration_outdated")
        assert "changed after the declaration was built: build it again" in refused.json()["message"]
    rebuilt = client.post(f"{base}/declaration", headers=headers).json()["job"]
    assert rebuilt["declaration_outdated"] is False and rebuilt["declaration_urls"] == [f"{base}/declaration"]
    assert b"09021000" in client.get(f"{base}/declaration", headers=headers).content
    assert client.get(f"{base}/report.csv", headers=headers).status_code == 200
    assert client.get("/credits", headers=headers).json()["balance"] == balance
