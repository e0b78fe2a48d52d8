"""End to end on the full stack with a real Dramatiq worker on the Redis broker."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from litestar.testing import TestClient

from domain.goods.problems import Severity
from entrypoints.http.app import create_app
from entrypoints.worker.run import start_worker
from tests.entrypoints.http.conftest import EXAMPLES, HEADER_FIELDS, sign_up
from tests.entrypoints.worker.full_stack import full_stack_environment, service_container

pytestmark = pytest.mark.services


@pytest.fixture
def stack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_postgres_url: str, redis_url: str, moto_endpoint: str
) -> Iterator[tuple[TestClient[Any], Any]]:
    full_stack_environment(monkeypatch, fresh_postgres_url, redis_url, moto_endpoint, GUMRUK_CHUNK_LINES="3")
    api = service_container(tmp_path / "api")
    with TestClient(create_app(api), timeout=30) as client:
        yield client, api


def test_upload_watch_the_worker_over_redis_and_download_from_s3(
    stack: tuple[TestClient[Any], Any], tmp_path: Path
) -> None:
    client, api = stack
    headers = sign_up(client)
    token = headers["Authorization"].removeprefix("Bearer ")
    data = (EXAMPLES / "invoice-ru.csv").read_bytes()
    upload = {"file": ("invoice-ru.csv", data)}
    job_id = client.post("/processing/upload", files=upload, data=HEADER_FIELDS, headers=headers).json()["job_id"]
    worker = None
    try:
        with client.websocket_connect(f"/ws/jobs/{job_id}?token={token}") as socket:
            assert socket.receive_json(timeout=10)["status"] == "PENDING"
            worker = start_worker(service_container(tmp_path / "worker"), threads=2)
            events = [socket.receive_json(timeout=60)]
            while events[-1]["status"] not in ("COMPLETED", "FAILED"):
                events.append(socket.receive_json(timeout=60))
    finally:
        if worker is not None:
            worker.stop()
    assert events[-1]["status"] == "COMPLETED", events[-1]
    assert sum(1 for e in events if e["status"] == "MATCHING") >= 4  # reserved, then one event per chunk of 3 lines
    xml = client.get(events[-1]["download_url"], headers=headers)
    problems = api.countries().renderer("TM").validate(xml.content)
    assert [str(p) for p in problems if p.severity is Severity.ERROR] == []
    s3 = boto3.client("s3", endpoint_url=api.settings().s3_endpoint_url, region_name="us-east-1")
    stored = s3.get_object(Bucket="gumruk-test", Key=f"jobs/{job_id}/declaration-1.xml")["Body"].read()
    assert stored == xml.content
    assert client.get("/credits", headers=headers).json()["balance"] == 50 - 10
