"""The declaration as built, read back from its XML for the broker to check: header boxes and goods items."""

from typing import Any

from litestar.testing import TestClient
from tests.entrypoints.http.conftest import sign_up
from tests.entrypoints.http.test_jobs_api import completed_job


def test_the_boxes_and_goods_items_are_read_back_from_the_xml(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    answer = client.get(f"/processing/jobs/{job_id}/declaration/as-built", headers=headers)
    assert answer.status_code == 200, answer.text
    built = answer.json()
    assert (built["part"], built["parts"]) == (1, 1)
    boxes = built["boxes"]
    assert {name: boxes[name] for name in ("customs_office", "consignee_name", "incoterm", "currency")} == {
        "customs_office": "TM0100", "consignee_name": "Ynam HJ", "incoterm": "CPT", "currency": "USD"
    }  # fmt: skip
    assert (boxes["total_items"], boxes["invoice_amount"], boxes["exchange_rate"]) == ("3", "1108.00", "3.500000")
    tea = built["items"][0]
    assert (tea["number"], tea["description"], tea["origin"]) == (1, "Tea green 100 g; TEA GREEN 100 g", "CN")
    assert tea["commodity_code"].startswith("090220") and len(tea["commodity_code"]) == 9
    assert (tea["net_mass"], tea["gross_mass"], tea["amount"], tea["statistical_value"]) == (
        "15.000",
        "16.500",
        "75.00",
        "262.50",
    )  # two tea lines, one goods item


def test_an_outdated_declaration_is_not_shown_as_built_and_another_accounts_job_is_404(
    client: TestClient[Any],
) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    assert client.patch(f"/processing/jobs/{job_id}/lines/2", json={"code": "8471.41"}, headers=headers).is_success
    outdated = client.get(f"/processing/jobs/{job_id}/declaration/as-built", headers=headers)
    assert (outdated.status_code, outdated.json()["code"]) == (409, "declaration_outdated")
    missing = client.get(f"/processing/jobs/{job_id}/declaration/as-built?part=2", headers=headers)
    assert missing.status_code == 409
    intruder = sign_up(client, "intruder@example.com")
    assert client.get(f"/processing/jobs/{job_id}/declaration/as-built", headers=intruder).status_code == 404
