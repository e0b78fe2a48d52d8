"""`gumruk serve`, `gumruk worker`, `gumruk admin create` and `gumruk admin password`."""

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner
from websockets.sync.client import connect

from domain.accounts.account import Role
from domain.goods.problems import Severity
from entrypoints.cli.main import app
from entrypoints.container import Container
from tests.entrypoints.http.conftest import HEADER_FIELDS

ROOT = Path(__file__).parents[3]
SERVICE_VARIABLES = ("GUMRUK_REDIS_URL", "GUMRUK_S3_BUCKET", "GUMRUK_DATABASE_URL", "GUMRUK_SECRET_KEY")


@pytest.fixture
def embedded_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SERVICE_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def test_admin_create_makes_an_administrator_then_promotes(tmp_path: Path, embedded_env: None) -> None:
    runner = CliRunner()
    data = str(tmp_path / "data")
    created = runner.invoke(app, ["admin", "create", "--email", "Admin@Example.com", "--password", "admin password",
                                  "--data-dir", data])  # fmt: skip
    assert created.exit_code == 0, created.output
    assert created.output.startswith("created administrator admin@example.com")
    again = runner.invoke(app, ["admin", "create", "--email", "admin@example.com", "--password", "new password",
                                "--data-dir", data])  # fmt: skip
    assert again.exit_code == 0 and again.output.startswith("promoted administrator")
    account = asyncio.run(_account(Container.for_service(tmp_path / "data"), "admin@example.com"))
    assert account is not None and account.role is Role.ADMIN
    weak = runner.invoke(
        app, ["admin", "create", "--email", "a@example.com", "--password", "short", "--data-dir", data]
    )
    assert weak.exit_code == 2 and "at least 8 characters" in weak.output


def test_admin_create_asks_for_the_password_twice_until_both_agree(tmp_path: Path, embedded_env: None) -> None:
    typed = "first password\nsecond password\ncorrect horse\ncorrect horse\n"
    result = CliRunner().invoke(
        app, ["admin", "create", "--email", "admin@example.com", "--data-dir", str(tmp_path)], input=typed
    )
    assert result.exit_code == 0, result.output
    assert result.output.count("Repeat for confirmation") == 2
    assert "The two entered values do not match" in result.output
    assert "created administrator admin@example.com" in result.output
    assert "correct horse" not in result.output


def test_admin_password_sets_a_forgotten_password_asked_twice_and_names_an_unknown_account(
    tmp_path: Path, embedded_env: None
) -> None:
    runner, data = CliRunner(), str(tmp_path / "data")
    created = runner.invoke(app, ["admin", "create", "--email", "admin@example.com", "--password", "old password",
                                  "--data-dir", data])  # fmt: skip
    assert created.exit_code == 0, created.output
    typed = "new password\nnew password\n"
    reset = runner.invoke(app, ["admin", "password", "--email", "Admin@example.com", "--data-dir", data], input=typed)
    assert reset.exit_code == 0, reset.output
    assert reset.output.splitlines()[-1] == (
        "new password set for admin@example.com; every session signed in with the old one has ended"
    )
    signed_in = asyncio.run(_sign_in(Container.for_service(tmp_path / "data"), "admin@example.com", "new password"))
    assert signed_in.email == "admin@example.com"
    unknown = runner.invoke(
        app, ["admin", "password", "--email", "nobody@example.com", "--password", "new password", "--data-dir", data]
    )
    assert unknown.exit_code == 2 and "no account nobody@example.com" in unknown.output


async def _sign_in(container: Any, email: str, password: str) -> Any:
    try:
        return (await container.sign_in()(email, password))[0]
    finally:
        await container.database_engine().dispose()


async def _account(container: Any, email: str) -> Any:
    try:
        return await container.accounts().by_email(email)
    finally:
        await container.database_engine().dispose()


def test_a_separate_worker_needs_redis(tmp_path: Path, embedded_env: None) -> None:
    result = CliRunner().invoke(app, ["worker", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2 and "GUMRUK_REDIS_URL" in result.output


def test_the_full_stack_api_refuses_the_default_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUMRUK_REDIS_URL", "redis://127.0.0.1:6379/15")
    monkeypatch.delenv("GUMRUK_SECRET_KEY", raising=False)
    monkeypatch.delenv("GUMRUK_DATABASE_URL", raising=False)
    result = CliRunner().invoke(app, ["serve", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2 and "GUMRUK_SECRET_KEY" in result.output


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """`gumruk serve` in its own process, embedded, with the real offline classifier (index from the test cache)."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in SERVICE_VARIABLES}
    log = (tmp_path / "serve.log").open("wb")
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("gumruk")), "serve", "--port", str(port),
         "--data-dir", str(tmp_path / "data")],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60  # it listens at once, loading the classifier index in the background
    try:
        while True:
            assert process.poll() is None, (tmp_path / "serve.log").read_text()[-3000:]
            try:
                urllib.request.urlopen(f"{base}/health", timeout=2)
                break
            except OSError:
                assert time.monotonic() < deadline, "gumruk serve did not start"
                time.sleep(0.5)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


@pytest.mark.slow
def test_serve_takes_an_example_from_upload_to_a_valid_declaration(server: str) -> None:
    with httpx.Client(base_url=server, timeout=60) as http:
        token = http.post("/auth/register", json={"email": "broker@example.com", "password": "correct horse"})
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        assert http.get("/schema/openapi.json").json()["info"]["title"] == "Gumruk"
        data = (ROOT / "examples" / "invoice-tk.csv").read_bytes()
        upload = {"file": ("invoice-tk.csv", data)}
        accepted = http.post("/processing/upload", files=upload, data=HEADER_FIELDS, headers=headers)
        assert accepted.status_code == 201, accepted.text
        url = accepted.json()["websocket_url"]
        with connect(f"{url}?token={headers['Authorization'][7:]}", open_timeout=30) as socket_:
            # the server listens while it loads the classifier index: the first job waits for it
            events = [json.loads(socket_.recv(timeout=900))]
            while events[-1]["status"] not in ("COMPLETED", "FAILED"):
                events.append(json.loads(socket_.recv(timeout=900)))
        assert events[-1]["status"] == "COMPLETED", events[-1]
        xml = http.get(events[-1]["download_url"], headers=headers)
        assert xml.status_code == 200 and xml.headers["content-type"].startswith("application/xml")
        lines = http.get(f"/processing/jobs/{accepted.json()['job_id']}/lines", headers=headers).json()
        assert all(line["chosen_code"] for line in lines)
        assert {line["source"] for line in lines} <= {"engine", "declared", "memory", "agent"}
    renderer = Container().countries().renderer("TM")
    assert [str(p) for p in renderer.validate(xml.content) if p.severity is Severity.ERROR] == []
