"""A worker process killed with SIGKILL in the middle of a chunk: a second worker finishes the job, and the
lines and the ledger come out exactly as if nothing had happened."""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import TestClient

from entrypoints.http.app import create_app
from tests.entrypoints.http.conftest import HEADER_FIELDS, sign_up, wait_for
from tests.entrypoints.worker.full_stack import full_stack_environment, service_container

pytestmark = [pytest.mark.services, pytest.mark.slow]
ROOT = Path(__file__).parents[3]
DISTINCT_LINES = 12
INVOICE = (
    "Description,Quantity,Unit,Amount USD,Net weight kg,Country of origin\n"
    + "".join(f"{'Tea' if n % 2 else 'Laptop'} model {n},1,pcs,{10 + n}.00,1.5,China\n" for n in range(DISTINCT_LINES))
    + "Tea model 1,1,pcs,11.00,1.5,China\n"
)  # a repeat of row 2: free


def start_worker(trace: Path, log: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "tests.entrypoints.worker.worker_process", str(trace),
               "--threads", "1", "--heartbeat-timeout", "3"]  # fmt: skip
    with log.open("ab") as out:
        return subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=os.environ.copy())


def inside_a_chunk(trace: Path) -> bool:
    """True when the worker entered a classify call it has not left, after finishing at least one."""
    notes = trace.read_text().split() if trace.exists() else []
    return notes.count("exit") >= 1 and notes[-1] == "enter"


@pytest.fixture
def api(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_postgres_url: str, redis_url: str, moto_endpoint: str
) -> Iterator[tuple[TestClient[Any], Any]]:
    full_stack_environment(monkeypatch, fresh_postgres_url, redis_url, moto_endpoint, GUMRUK_CHUNK_LINES="2",
                           GUMRUK_DATA_DIR=str(tmp_path / "data"))  # fmt: skip
    container = service_container(tmp_path / "api")
    with TestClient(create_app(container), timeout=30) as client:
        yield client, container


def test_a_second_worker_finishes_the_job_of_a_killed_one(api: tuple[TestClient[Any], Any], tmp_path: Path) -> None:
    client, _ = api
    headers = sign_up(client)
    job_id = client.post("/processing/upload", files={"file": ("invoice.csv", INVOICE.encode())},
                         data=HEADER_FIELDS, headers=headers).json()["job_id"]  # fmt: skip
    trace, log = tmp_path / "classifier.trace", tmp_path / "workers.log"
    first = start_worker(trace, log)
    second = None
    try:
        deadline = time.monotonic() + 120
        while not inside_a_chunk(trace):
            assert first.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.05)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
        done_when_killed = client.get(f"/processing/jobs/{job_id}", headers=headers).json()
        assert done_when_killed["status"] == "MATCHING"
        assert done_when_killed["lines_done"] < done_when_killed["lines_total"]
        second = start_worker(trace, log)
        job = wait_for(client, headers, job_id, "COMPLETED")
    finally:
        for process in (first, second):
            if process is not None and process.poll() is None:
                process.terminate()
                process.wait(timeout=30)
    assert job["status"] == "COMPLETED", (job, log.read_text()[-3000:])
    lines = client.get(f"/processing/jobs/{job_id}/lines?limit=1000", headers=headers).json()
    assert [line["row"] for line in lines] == list(range(1, DISTINCT_LINES + 2))
    assert all(line["chosen_code"] for line in lines)
    credits = client.get("/credits", headers=headers).json()
    assert credits["balance"] == 50 - DISTINCT_LINES
    kinds = sorted(entry["kind"] for entry in credits["entries"])
    assert kinds == ["capture", "grant", "reserve"]
    assert client.get(f"/processing/jobs/{job_id}/declaration", headers=headers).status_code == 200


def test_a_worker_busy_longer_than_the_heartbeat_timeout_keeps_its_step(
    api: tuple[TestClient[Any], Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two chunks of 6 s each against a 3 s heartbeat timeout: the busy worker holds both (one running, one
    prefetched), a second worker watches, and nobody takes them over (the idle delay-queue consumer of the busy
    worker keeps reporting its heartbeat)."""
    monkeypatch.setenv("GUMRUK_TEST_CLASSIFY_SECONDS", "6")
    client, _ = api
    headers = sign_up(client)
    two_chunks = "Description,Quantity,Unit,Amount USD,Net weight kg,Country of origin\n" + "".join(
        f"{kind},1,pcs,5.00,1,China\n" for kind in ("Tea", "Laptop", "Tea black", "Laptop bag")
    )
    job_id = client.post("/processing/upload", files={"file": ("two.csv", two_chunks.encode())},
                         data=HEADER_FIELDS, headers=headers).json()["job_id"]  # fmt: skip
    trace, log = tmp_path / "classifier.trace", tmp_path / "workers.log"
    workers = [start_worker(trace, log)]
    try:
        deadline = time.monotonic() + 120
        while not trace.exists():
            assert time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.05)
        workers.append(start_worker(trace, log))
        job = wait_for(client, headers, job_id, "COMPLETED")
    finally:
        for process in workers:
            process.terminate()
            process.wait(timeout=30)
    assert job["status"] == "COMPLETED"
    assert trace.read_text().split() == ["enter", "exit", "enter", "exit"]
