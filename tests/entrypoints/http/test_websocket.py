from typing import Any

import pytest
from litestar.exceptions import WebSocketDisconnect
from litestar.testing import TestClient
from tests.entrypoints.http.conftest import HEADER_FIELDS, sign_up, upload, wait_for


def token(headers: dict[str, str]) -> str:
    return headers["Authorization"].removeprefix("Bearer ")


def test_the_socket_sends_the_state_first_then_progress_then_the_download(
    client: TestClient[Any], container: Any
) -> None:
    headers = sign_up(client)
    steps = container.pipeline_steps()
    steps.gate.clear()
    job_id = upload(client, headers, "invoice-ru.csv", **HEADER_FIELDS).json()["job_id"]
    with client.websocket_connect(f"/ws/jobs/{job_id}?token={token(headers)}") as socket:
        first = socket.receive_json(timeout=10)
        assert first["status"] == "PENDING" and first["progress"] == 0 and first["lines_total"] == 0
        steps.gate.set()
        events = [socket.receive_json(timeout=10)]
        while events[-1]["status"] not in ("COMPLETED", "FAILED"):
            events.append(socket.receive_json(timeout=10))
    statuses = [event["status"] for event in events]
    assert statuses[0] == "PARSING" and statuses[-1] == "COMPLETED"
    assert "MATCHING" in statuses and "GENERATING" in statuses
    progress = [event["progress"] for event in events]
    assert progress == sorted(progress) and progress[-1] == 100
    assert set(events[-1]) >= {"status", "progress", "lines_done", "lines_total", "message", "download_url"}
    assert events[-1]["download_url"] == f"/processing/jobs/{job_id}/declaration"
    assert events[-1]["lines_done"] == events[-1]["lines_total"] == 10


def test_reconnecting_gets_the_current_state_first(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    job_id = upload(client, headers, **HEADER_FIELDS).json()["job_id"]
    wait_for(client, headers, job_id)
    with client.websocket_connect(f"/ws/jobs/{job_id}", headers=headers) as socket:
        state = socket.receive_json(timeout=10)
    assert state["status"] == "COMPLETED" and state["progress"] == 100
    assert state["download_url"] == f"/processing/jobs/{job_id}/declaration"


def test_a_socket_without_a_valid_token_is_refused(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    job_id = upload(client, headers).json()["job_id"]
    for query in ("", "?token=forged"):
        with pytest.raises(WebSocketDisconnect), client.websocket_connect(f"/ws/jobs/{job_id}{query}") as socket:
            socket.receive_json(timeout=5)


def test_another_accounts_job_closes_the_socket_as_not_found(client: TestClient[Any]) -> None:
    job_id = upload(client, sign_up(client, "owner@example.com")).json()["job_id"]
    intruder = sign_up(client, "intruder@example.com")
    with client.websocket_connect(f"/ws/jobs/{job_id}?token={token(intruder)}") as socket:
        assert socket.receive_json(timeout=5)["code"] == "job_not_found"
        with pytest.raises(WebSocketDisconnect) as closed:
            socket.receive_json(timeout=5)
    assert closed.value.code == 4404


def test_a_declaration_left_incomplete_by_blank_header_boxes_offers_no_download(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    job_id = upload(client, headers).json()["job_id"]
    job = wait_for(client, headers, job_id)
    assert job["status"] == "COMPLETED" and job["header_missing"]
    with client.websocket_connect(f"/ws/jobs/{job_id}", headers=headers) as socket:
        state = socket.receive_json(timeout=10)
    assert state["status"] == "COMPLETED" and state["download_url"] is None
