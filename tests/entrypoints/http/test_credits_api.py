from typing import Any

from litestar.testing import TestClient
from tests.entrypoints.http.conftest import sign_in_admin, sign_up


def test_credits_show_the_balance_the_ledger_and_what_is_free(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    credits = client.get("/credits", headers=headers).json()
    assert credits["balance"] == 50
    assert [(e["kind"], e["amount"]) for e in credits["entries"]] == [("grant", 50)]
    assert "free" in credits["pricing"]


def test_packages_are_listed_and_a_purchase_waits_for_an_admin(client: TestClient[Any], container: Any) -> None:
    headers = sign_up(client)
    packages = client.get("/credits/packages", headers=headers).json()
    assert [p["id"] for p in packages] == ["starter", "broker", "agency"]
    purchase = client.post("/credits/purchase", json={"package_id": "starter"}, headers=headers)
    assert purchase.status_code == 201 and purchase.json()["status"] == "pending"
    admin = sign_in_admin(client, container)
    assert [p["id"] for p in client.get("/admin/purchases", headers=admin).json()] == [purchase.json()["id"]]
    approved = client.post(f"/admin/purchases/{purchase.json()['id']}/approve", headers=admin)
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    assert client.get("/credits", headers=headers).json()["balance"] == 50 + packages[0]["credits"]


def test_an_admin_grants_credits_to_an_account(client: TestClient[Any], container: Any) -> None:
    headers = sign_up(client)
    account_id = client.get("/me", headers=headers).json()["account"]["id"]
    admin = sign_in_admin(client, container)
    granted = client.post(f"/admin/accounts/{account_id}/credits", json={"credits": 25, "note": "goodwill"},
                          headers=admin)  # fmt: skip
    assert granted.status_code == 201
    assert granted.json() == {"account_id": account_id, "credits": 25, "balance": 75, "resumed_jobs": []}
    bad = client.post(f"/admin/accounts/{account_id}/credits", json={"credits": 0}, headers=admin)
    assert (bad.status_code, bad.json()["code"]) == (422, "invalid_grant")
    missing = client.post("/admin/accounts/nobody/credits", json={"credits": 5}, headers=admin)
    assert missing.status_code == 404


def test_admin_endpoints_are_403_for_users(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    account_id = client.get("/me", headers=headers).json()["account"]["id"]
    for method, path, body in (
        ("post", "/admin/purchases/any/approve", None),
        ("post", f"/admin/accounts/{account_id}/credits", {"credits": 1000}),
        ("get", "/admin/purchases", None),
        ("get", "/admin/accounts", None),
    ):
        answer = client.request(method, path, json=body, headers=headers)
        assert (answer.status_code, answer.json()["code"]) == (403, "forbidden"), path
    assert client.get("/credits", headers=headers).json()["balance"] == 50


def test_an_unknown_package_or_purchase_is_404(client: TestClient[Any], container: Any) -> None:
    headers = sign_up(client)
    unknown = client.post("/credits/purchase", json={"package_id": "platinum"}, headers=headers)
    assert (unknown.status_code, unknown.json()["code"]) == (404, "unknown_package")
    admin = sign_in_admin(client, container)
    assert client.post("/admin/purchases/nothing/approve", headers=admin).json()["code"] == "purchase_not_found"
