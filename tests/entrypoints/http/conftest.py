"""An app over the in-memory container with the fast keyword classifier; real reader, renderer and nomenclature."""

import asyncio
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import msgspec
import pytest
from dependency_injector import providers
from litestar.testing import TestClient
from tests.application.fakes import KeywordClassifier

from adapters.persistence.migrations import upgrade_database
from application.pipeline.steps import PipelineSteps
from entrypoints.container import Container
from entrypoints.http.app import create_app
from entrypoints.settings import load_settings

EXAMPLES = Path(__file__).parents[3] / "examples"
_FULL_STACK_SETTINGS = ("GUMRUK_REDIS_URL", "GUMRUK_S3_BUCKET", "GUMRUK_DATABASE_URL", "GUMRUK_SECRET_KEY")


@contextmanager
def embedded_app(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[TestClient[Any], Any]]:
    """The embedded app as `gumruk serve` wires it (SQLite, files, in-process worker; nothing of a full stack
    taken from the environment) and its container, with the keyword classifier."""
    for name in _FULL_STACK_SETTINGS:
        monkeypatch.delenv(name, raising=False)
    container = Container.for_service(data_dir)
    container.classifier.override(providers.Object(KeywordClassifier()))
    upgrade_database(container.settings().database_url)
    with TestClient(create_app(container), timeout=30) as client:
        yield client, container


class GatedSteps:
    """The pipeline steps, held until the test opens the gate (so it can watch a job from the start)."""

    def __init__(self, steps: PipelineSteps) -> None:
        self.steps, self.gate = steps, threading.Event()
        self.gate.set()

    async def _wait(self) -> None:
        while not self.gate.is_set():
            await asyncio.sleep(0.01)

    async def prepare(self, job_id: str) -> None:
        await self._wait()
        await self.steps.prepare(job_id)

    async def classify(self, job_id: str, chunk: int) -> None:
        await self.steps.classify(job_id, chunk)

    async def generate(self, job_id: str) -> None:
        await self.steps.generate(job_id)

    async def fail(self, job_id: str, reason: str) -> None:
        await self.steps.fail(job_id, reason)

    async def recover(self, jobs: Any) -> None:
        await self.steps.recover(jobs)


def in_memory_container(tmp_path: Path, **settings: Any) -> Any:
    container = Container()
    base = load_settings(tmp_path / "data")
    container.settings.override(providers.Object(msgspec.structs.replace(base, **settings)))
    container.classifier.override(providers.Object(KeywordClassifier()))
    container.notifier.override(container.local_hub)
    container.credits.override(container.ledger_credits)
    return container


@pytest.fixture
def container(tmp_path: Path) -> Any:
    container = in_memory_container(tmp_path, trial_credits=50, max_upload_bytes=200_000, chunk_lines=4)
    container.pipeline_steps.override(providers.Object(GatedSteps(container.pipeline_steps())))
    return container


@pytest.fixture
def client(container: Any) -> Iterator[TestClient[Any]]:
    with TestClient(create_app(container), timeout=20) as client:
        yield client


# A broker's own header fields (invented for the tests): what a complete declaration needs beyond the list.
HEADER_FIELDS = {
    "exporter_name": "Stroy Torg OOO", "consignee_name": "Ynam HJ", "consignee_code": "101234567890",
    "declarant_name": "Dellal HK", "declarant_code": "109876543210", "customs_office": "TM0100",
    "border_office": "TM0520", "trading_country": "CN", "export_country": "CN", "transport_mode": "3",
    "incoterm": "CPT", "currency": "USD", "exchange_rate": "3.5",
}  # fmt: skip


def sign_up(client: TestClient[Any], email: str = "broker@example.com") -> dict[str, str]:
    answer = client.post("/auth/register", json={"email": email, "password": "correct horse"})
    assert answer.status_code == 201, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def upload(
    client: TestClient[Any], headers: dict[str, str], name: str = "invoice-tk.csv", again: bool = True, **fields: str
) -> Any:
    """Uploads an example; `again` (as most tests want) starts a new job even when the file already is one."""
    data = (EXAMPLES / name).read_bytes()
    params = {"again": "true"} if again else {}
    return client.post("/processing/upload", files={"file": (name, data)}, data=fields, headers=headers, params=params)


def wait_for(
    client: TestClient[Any], headers: dict[str, str], job_id: str, status: str = "COMPLETED", seconds: float = 90
) -> Any:
    """The job once it reaches `status` (or FAILED); fails the test after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = client.get(f"/processing/jobs/{job_id}", headers=headers).json()
        if job["status"] in (status, "FAILED"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} did not reach {status} in {seconds} s: {job}")


def sign_in_admin(client: TestClient[Any], container: Any) -> dict[str, str]:
    """An administrator made as `gumruk admin create` makes one, signed in over the API."""
    with client.portal() as portal:
        portal.call(container.create_administrator(), "admin@example.com", "admin password")
    answer = client.post("/auth/login", json={"email": "admin@example.com", "password": "admin password"})
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}
