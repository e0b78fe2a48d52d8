"""200 uploads from one account holding credits for 100 lines, then workers racing on them over PostgreSQL:
the balance never goes below zero and every charge belongs to a completed job."""

import concurrent.futures
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import TestClient

from entrypoints.http.app import create_app
from entrypoints.worker.run import start_worker
from tests.entrypoints.http.conftest import sign_up
from tests.entrypoints.worker.full_stack import full_stack_environment, service_container

pytestmark = [pytest.mark.services, pytest.mark.slow]
UPLOADS, CREDITS = 200, 100
HEADER = "Description,Quantity,Unit,Amount USD,Net weight kg,Country of origin\n"


@pytest.fixture
def api(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_postgres_url: str, redis_url: str, moto_endpoint: str
) -> Iterator[tuple[TestClient[Any], Any]]:
    full_stack_environment(monkeypatch, fresh_postgres_url, redis_url, moto_endpoint,
                           GUMRUK_TRIAL_CREDITS=str(CREDITS))  # fmt: skip
    container = service_container(tmp_path / "api")
    with TestClient(create_app(container), timeout=60) as client:
        yield client, container


def test_credits_for_100_lines_complete_100_jobs_and_no_more(api: tuple[TestClient[Any], Any], tmp_path: Path) -> None:
    client, _ = api
    headers = sign_up(client)

    def upload(n: int) -> str:
        line = f"{HEADER}Laptop model {n},1,pcs,900,2,China\n".encode()
        answer = client.post("/processing/upload", files={"file": (f"invoice-{n}.csv", line)}, headers=headers)
        assert answer.status_code == 201, answer.text
        return str(answer.json()["job_id"])

    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        job_ids = list(pool.map(upload, range(UPLOADS)))
    worker = start_worker(service_container(tmp_path / "worker"), threads=8)  # one worker per process
    try:
        statuses = _settle(client, headers, job_ids)
    finally:
        worker.stop()
    assert statuses == Counter({"COMPLETED": CREDITS, "AWAITING_CREDITS": UPLOADS - CREDITS})
    credits = client.get("/credits?limit=1000", headers=headers).json()
    assert credits["balance"] == 0
    kinds = Counter(entry["kind"] for entry in credits["entries"])
    assert kinds["reserve"] == kinds["capture"] == CREDITS and kinds["release"] == 0
    charged = {entry["job_id"] for entry in credits["entries"] if entry["kind"] == "capture"}
    completed = {job["id"] for job in _all_jobs(client, headers) if job["status"] == "COMPLETED"}
    assert charged == completed


def _settle(client: TestClient[Any], headers: dict[str, str], job_ids: list[str]) -> Counter[str]:
    """Waits until no job is still moving, then counts the statuses."""
    deadline = time.monotonic() + 300
    while True:
        statuses = Counter(job["status"] for job in _all_jobs(client, headers))
        if statuses["COMPLETED"] + statuses["AWAITING_CREDITS"] + statuses["FAILED"] == len(job_ids):
            return statuses
        assert time.monotonic() < deadline, statuses
        time.sleep(0.5)


def _all_jobs(client: TestClient[Any], headers: dict[str, str]) -> list[Any]:
    jobs: list[Any] = []
    while True:
        page = client.get(f"/processing/jobs?offset={len(jobs)}&limit=200", headers=headers).json()
        jobs += page["items"]
        if len(jobs) >= page["total"]:
            return jobs
