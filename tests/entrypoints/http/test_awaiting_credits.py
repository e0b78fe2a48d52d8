"""A job that had to wait for credits (two uploads the balance covered one at a time) says in its JSON and on
its page how many credits it needs, the balance and what to buy; credits arriving resume it."""

import time
from pathlib import Path
from typing import Any

from dependency_injector import providers
from litestar.testing import TestClient
from tests.entrypoints.http.conftest import GatedSteps, in_memory_container, sign_in_admin, sign_up, upload, wait_for

from entrypoints.http.app import create_app

NEEDED = 8  # distinct descriptions of examples/invoice-tk.csv
PASSWORD = "correct horse"


def settled(client: TestClient[Any], headers: dict[str, str], jobs: list[str]) -> tuple[str, str]:
    """The job that completed and the one that waits for credits, once both have got there."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        status = {job: client.get(f"/processing/jobs/{job}", headers=headers).json()["status"] for job in jobs}
        if sorted(status.values()) == ["AWAITING_CREDITS", "COMPLETED"]:
            done = next(job for job in jobs if status[job] == "COMPLETED")
            return done, next(job for job in jobs if job != done)
        time.sleep(0.05)
    raise AssertionError(f"the jobs did not settle in 90 s: {status}")


def test_a_waiting_job_shows_what_it_needs_and_resumes_when_credits_are_granted(tmp_path: Path) -> None:
    container = in_memory_container(tmp_path, trial_credits=NEEDED + 2)
    gated = GatedSteps(container.pipeline_steps())
    container.pipeline_steps.override(providers.Object(gated))
    with TestClient(create_app(container), timeout=20) as client:
        headers = sign_up(client)
        gated.gate.clear()  # both uploads come in before either job reserves: each alone is covered
        jobs = [upload(client, headers).json()["job_id"] for _ in range(2)]
        gated.gate.set()
        first, second = settled(client, headers, jobs)  # the worker's two runners reserve in either order
        assert wait_for(client, headers, first)["status"] == "COMPLETED"
        waiting = wait_for(client, headers, second, "AWAITING_CREDITS")
        assert waiting["status"] == "AWAITING_CREDITS"
        wait = waiting["waiting_for_credits"]
        assert (wait["needed"], wait["balance"]) == (NEEDED, 2)
        assert wait["message"].startswith(f"{NEEDED} credit(s) needed to classify the {NEEDED} distinct line(s)")
        assert [option["id"] for option in wait["purchase_options"]] == ["starter", "broker", "agency"]
        listed = client.get("/processing/jobs", headers=headers).json()["items"]
        assert {job["id"]: job["waiting_for_credits"] is not None for job in listed} == {first: False, second: True}

        client.post("/sign-in", data={"email": "broker@example.com", "password": PASSWORD})
        page = client.get(f"/jobs/{second}", headers={"Accept-Language": "en"})
        assert f"This file needs {NEEDED} credits (one per distinct line); your balance is 2." in page.text
        client.cookies.clear()

        account_id = client.get("/me", headers=headers).json()["account"]["id"]
        granted = client.post(f"/admin/accounts/{account_id}/credits", json={"credits": 20},
                              headers=sign_in_admin(client, container))  # fmt: skip
        assert granted.json()["resumed_jobs"] == [second]
        done = wait_for(client, headers, second)
        assert done["status"] == "COMPLETED" and done["waiting_for_credits"] is None
        assert client.get("/credits", headers=headers).json()["balance"] == NEEDED + 2 + 20 - 2 * NEEDED
