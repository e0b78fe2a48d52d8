"""A job's currency changed without a rate: the rate of the currency before is not carried over but asked for."""

from typing import Any

import pytest
from litestar.testing import TestClient
from tests.entrypoints.http.conftest import HEADER_FIELDS, sign_up, wait_for
from tests.entrypoints.http.test_jobs_api import INVOICE, completed_job


def test_another_currency_leaves_box_23_to_fill_in_and_no_declaration_at_the_old_rate(
    client: TestClient[Any],
) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)  # USD at 3.5
    base = f"/processing/jobs/{job_id}"
    changed = client.put(f"{base}/header", json={"fields": {"currency": "EUR"}}, headers=headers)
    assert changed.status_code == 200, changed.text
    job = client.get(base, headers=headers).json()
    assert job["header_missing"] == ["exchange_rate"] and job["needs_header_details"] is True
    assert job["declaration_urls"] == [] and client.get(f"{base}/declaration", headers=headers).status_code == 409
    rated = {"fields": {"currency": "USD", "exchange_rate": "3.6"}}  # back to the lines' currency, with its rate
    assert client.put(f"{base}/header", json=rated, headers=headers).json()["header_missing"] == []
    xml = client.get(f"{base}/declaration", headers=headers).text
    assert "<Currency_code>USD</Currency_code>" in xml and "<Currency_rate>3.600000</Currency_rate>" in xml


EURO_INVOICE = INVOICE.replace(b"Unit price USD,Amount USD", b"Unit price EUR,Amount EUR")


@pytest.mark.parametrize(("sent", "status"), [("USD", "COMPLETED"), ("usd", "COMPLETED"), ("TRY", "FAILED")])
def test_a_list_in_another_currency_than_the_saved_one_is_invoiced_in_its_own(
    client: TestClient[Any], sent: str, status: str
) -> None:
    """The form shows the saved currency (USD): left so, a EUR list makes a EUR declaration, its rate asked for; a
    currency the broker typed for this upload (TRY) is not overruled: the lines in EUR are refused."""
    headers = sign_up(client)
    assert client.put("/me/profile", json={"fields": HEADER_FIELDS}, headers=headers).status_code == 200
    files = {"file": ("euro.csv", EURO_INVOICE)}
    answer = client.post("/processing/upload", files=files, data=HEADER_FIELDS | {"currency": sent}, headers=headers)
    job = wait_for(client, headers, answer.json()["job_id"])
    assert job["status"] == status, job
    if status == "COMPLETED":
        assert job["header_missing"] == ["exchange_rate"] and job["needs_header_details"] is True
        assert any(p["reason"].startswith("the amounts are in EUR") for p in job["problems"])


def test_the_same_list_again_with_the_saved_dollar_fields_leaves_its_euro_rate_to_fill_in(
    client: TestClient[Any],
) -> None:
    """The job turned to its list's euros asks for box 23: the saved dollar rate sent again is not the euro's."""
    headers = sign_up(client)
    client.put("/me/profile", json={"fields": HEADER_FIELDS}, headers=headers)
    files = {"file": ("euro.csv", EURO_INVOICE)}
    first = client.post("/processing/upload", files=files, data=HEADER_FIELDS, headers=headers).json()["job_id"]
    wait_for(client, headers, first)
    again = client.post("/processing/upload", files=files, data=HEADER_FIELDS, headers=headers).json()
    assert (again["job_id"], again["header_applied"]) == (first, False)
    job = client.get(f"/processing/jobs/{first}", headers=headers).json()
    assert job["header_missing"] == ["exchange_rate"]
