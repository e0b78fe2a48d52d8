"""End to end on the embedded stack, as `gumruk serve` wires it: SQLite, files on disk, the in-process
worker and in-memory pub/sub; the real reader, renderer and nomenclature, the keyword classifier."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import TestClient
from tests.entrypoints.http.conftest import EXAMPLES, HEADER_FIELDS, embedded_app, sign_in_admin, sign_up, wait_for

from domain.goods.problems import Severity


@pytest.fixture
def embedded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[TestClient[Any], Any]]:
    monkeypatch.setenv("GUMRUK_TRIAL_CREDITS", "12")
    with embedded_app(tmp_path / "data", monkeypatch) as served:
        yield served


def test_register_upload_watch_and_download_a_valid_declaration(embedded: tuple[TestClient[Any], Any]) -> None:
    client, container = embedded
    headers = sign_up(client)
    token = headers["Authorization"].removeprefix("Bearer ")
    data = (EXAMPLES / "invoice-en.xlsx").read_bytes()
    upload = {"file": ("invoice-en.xlsx", data)}
    accepted = client.post("/processing/upload", files=upload, data=HEADER_FIELDS, headers=headers)
    assert accepted.status_code == 201, accepted.text
    job_id = accepted.json()["job_id"]
    with client.websocket_connect(f"/ws/jobs/{job_id}?token={token}") as socket:
        events = [socket.receive_json(timeout=30)]
        while events[-1]["status"] not in ("COMPLETED", "FAILED"):
            events.append(socket.receive_json(timeout=30))
    assert events[-1]["status"] == "COMPLETED", events[-1]
    assert events[-1]["download_url"] == f"/processing/jobs/{job_id}/declaration"
    xml = client.get(events[-1]["download_url"], headers=headers)
    assert xml.status_code == 200
    problems = container.countries().renderer("TM").validate(xml.content)
    assert [str(p) for p in problems if p.severity is Severity.ERROR] == []
    assert (Path(container.settings().data_dir) / "files" / "jobs" / job_id / "declaration-1.xml").is_file()
    job = client.get(f"/processing/jobs/{job_id}", headers=headers).json()
    assert client.get("/credits", headers=headers).json()["balance"] == 12 - job["lines_distinct"]
    lines = client.get(f"/processing/jobs/{job_id}/lines?limit=2", headers=headers).json()
    assert [line["place"] for line in lines] == ["spreadsheet row 9", "spreadsheet row 10"]  # below the title rows


def test_an_upload_the_balance_cannot_pay_for_is_402_and_goes_through_after_a_grant(
    embedded: tuple[TestClient[Any], Any],
) -> None:
    """The QA case: a balance short of the file's lines answers 402 at once (not a job silently waiting)."""
    client, container = embedded
    headers = sign_up(client)
    data = (EXAMPLES / "invoice-ru.csv").read_bytes()  # 10 distinct lines, 12 credits: the first job fits
    first = client.post("/processing/upload", files={"file": ("a.csv", data)}, headers=headers).json()["job_id"]
    assert wait_for(client, headers, first)["status"] == "COMPLETED"
    again = {"again": "true"}  # the same bytes: started again on purpose, else the first job answers for them
    refused = client.post("/processing/upload", files={"file": ("b.csv", data)}, headers=headers, params=again)
    assert refused.status_code == 402, refused.text
    body = refused.json()
    assert (body["code"], body["balance"], body["required"]) == ("credits_short", 2, 10)
    assert body["message"] == "10 credit(s) needed to classify the 10 distinct line(s) of b.csv; the balance is 2"
    assert [option["id"] for option in body["purchase_options"]] == ["starter", "broker", "agency"]
    assert client.get("/processing/jobs", headers=headers).json()["total"] == 1
    account_id = client.get("/me", headers=headers).json()["account"]["id"]
    client.post(f"/admin/accounts/{account_id}/credits", json={"credits": 20},
                headers=sign_in_admin(client, container))  # fmt: skip
    second = client.post("/processing/upload", files={"file": ("b.csv", data)}, headers=headers, params=again)
    assert second.status_code == 201, second.text
    assert wait_for(client, headers, second.json()["job_id"])["status"] == "COMPLETED"
    ledger = client.get("/credits", headers=headers).json()
    assert ledger["balance"] == 12 + 20 - 10 - 10
    kinds = sorted(entry["kind"] for entry in ledger["entries"])
    assert kinds == ["capture", "capture", "grant", "grant", "reserve", "reserve"]
