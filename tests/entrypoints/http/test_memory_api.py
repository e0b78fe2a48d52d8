"""The account's memory over the API: its own entries listed the latest first, searched, and forgotten."""

from typing import Any

from litestar.testing import TestClient
from tests.entrypoints.http.conftest import sign_up
from tests.entrypoints.http.test_jobs_api import completed_job


def test_a_correction_is_listed_searched_and_forgotten_and_the_next_list_is_classified_afresh(
    client: TestClient[Any],
) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    for row, code in ((1, "0902.10"), (2, "847130")):
        assert client.patch(f"/processing/jobs/{job_id}/lines/{row}", json={"code": code}, headers=headers).is_success
    listed = client.get("/me/memory", headers=headers).json()
    assert listed["total"] == 2
    assert [(e["description"], e["hs6"]) for e in listed["entries"]] == [("Laptop 15 inch", "847130"),
                                                                        ("Tea green 100 g", "090210")]  # fmt: skip
    assert listed["entries"][0]["confirmed_by"] == "broker@example.com"
    tea = client.get("/me/memory", params={"search": "TEA"}, headers=headers).json()["entries"]
    assert [e["hs6"] for e in tea] == ["090210"]
    assert [
        e["hs6"] for e in client.get("/me/memory", params={"search": "8471"}, headers=headers).json()["entries"]
    ] == ["847130"]
    assert client.delete(f"/me/memory/{tea[0]['id']}", headers=headers).status_code == 204
    assert [e["hs6"] for e in client.get("/me/memory", headers=headers).json()["entries"]] == ["847130"]
    again = client.get(f"/processing/jobs/{completed_job(client, headers)}/lines", headers=headers).json()
    assert [line["source"] for line in again[:2]] == ["engine", "memory"]


def test_another_accounts_entry_is_neither_listed_nor_forgotten(client: TestClient[Any]) -> None:
    owner = sign_up(client, "owner@example.com")
    job_id = completed_job(client, owner)
    assert client.patch(f"/processing/jobs/{job_id}/lines/2", json={"code": "847130"}, headers=owner).is_success
    entry = client.get("/me/memory", headers=owner).json()["entries"][0]["id"]
    intruder = sign_up(client, "intruder@example.com")
    assert client.get("/me/memory", headers=intruder).json() == {"total": 0, "entries": []}
    refused = client.delete(f"/me/memory/{entry}", headers=intruder)
    assert (refused.status_code, refused.json()["code"]) == (404, "not_found")
    assert client.get("/me/memory", headers=owner).json()["total"] == 1
    assert client.delete(f"/me/memory/{2**63}", headers=owner).status_code == 400
