from pathlib import Path
from typing import Any

from litestar.testing import TestClient
from tests.entrypoints.http.conftest import in_memory_container, sign_up

from entrypoints.http.app import create_app


def test_register_answers_a_token_that_opens_me(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    me = client.get("/me", headers=headers).json()
    assert me["account"]["email"] == "broker@example.com" and me["account"]["role"] == "user"
    assert me["balance"] == 50


def test_login_with_the_right_password_gives_a_working_token(client: TestClient[Any]) -> None:
    sign_up(client)
    answer = client.post("/auth/login", json={"email": "Broker@Example.com", "password": "correct horse"})
    assert answer.status_code == 200
    token = answer.json()["access_token"]
    assert client.get("/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_a_wrong_password_is_401_with_a_stable_code(client: TestClient[Any]) -> None:
    sign_up(client)
    answer = client.post("/auth/login", json={"email": "broker@example.com", "password": "wrong horse"})
    assert answer.status_code == 401
    said = answer.json()
    assert said == {
        "code": "invalid_credentials",
        "message": "wrong email or password",
        "problems": None,
        "fields": None,
    }


def test_sign_up_errors_are_json_with_codes(client: TestClient[Any]) -> None:
    sign_up(client)
    taken = client.post("/auth/register", json={"email": "broker@example.com", "password": "another one"})
    weak = client.post("/auth/register", json={"email": "new@example.com", "password": "short"})
    malformed = client.post("/auth/register", json={"email": "new@example.com"})
    assert (taken.status_code, taken.json()["code"]) == (409, "email_taken")
    assert (weak.status_code, weak.json()["code"]) == (422, "weak_password")
    assert (malformed.status_code, malformed.json()["code"]) == (400, "validation_error")


def test_without_a_token_everything_private_is_401(client: TestClient[Any]) -> None:
    for path in ("/me", "/credits", "/processing/jobs", "/processing/jobs/x/lines"):
        answer = client.get(path)
        assert answer.status_code == 401 and answer.json()["code"] == "not_authenticated", path
    assert client.get("/me", headers={"Authorization": "Bearer forged"}).status_code == 401


def test_an_api_key_works_as_a_bearer_token_and_is_shown_once(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    created = client.post("/api-keys", json={"label": "nightly import"}, headers=headers)
    assert created.status_code == 201
    key = created.json()["key"]
    assert key.startswith("gk_")
    me = client.get("/me", headers={"Authorization": f"Bearer {key}"}).json()
    assert me["account"]["email"] == "broker@example.com"


def test_an_api_key_is_listed_without_its_secret_and_revoked_by_its_owner_alone(client: TestClient[Any]) -> None:
    owner, intruder = sign_up(client), sign_up(client, "intruder@example.com")
    created = client.post("/api-keys", json={"label": "nightly import"}, headers=owner).json()
    listed = client.get("/api-keys", headers=owner).json()
    assert [(key["id"], key["label"]) for key in listed] == [(created["id"], "nightly import")]
    assert created["key"] not in str(listed) and client.get("/api-keys", headers=intruder).json() == []
    refused = client.delete(f"/api-keys/{created['id']}", headers=intruder)
    assert (refused.status_code, refused.json()["code"]) == (404, "not_found")
    bearer = {"Authorization": f"Bearer {created['key']}"}
    assert client.get("/me", headers=bearer).status_code == 200
    assert client.delete(f"/api-keys/{created['id']}", headers=owner).status_code == 204
    assert client.get("/me", headers=bearer).status_code == 401
    assert client.get("/api-keys", headers=owner).json() == []
    assert client.post("/api-keys", json={"label": "x" * 101}, headers=owner).status_code == 400


def test_the_profile_sets_default_header_fields_and_refuses_wrong_ones(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    saved = client.put("/me/profile", json={"fields": {"consignee_name": "Ynam HJ", "consignee_code": "101234567890"}},
                       headers=headers)  # fmt: skip
    assert saved.status_code == 200 and saved.json()["profile"]["consignee_name"] == "Ynam HJ"
    wrong = client.put("/me/profile", json={"fields": {"incoterm": "XYZ", "colour": "red"}}, headers=headers)
    assert wrong.status_code == 422 and wrong.json()["code"] == "invalid_header"
    assert wrong.json()["problems"] == ["colour: unknown field"]
    wrong = client.put("/me/profile", json={"fields": {"incoterm": "XYZ"}}, headers=headers)
    assert wrong.json()["problems"][0].startswith("incoterm: 'XYZ' is not an Incoterms 2020 code")
    russian = {**headers, "Accept-Language": "ru"}
    wrong = client.put("/me/profile", json={"fields": {"incoterm": "XYZ", "colour": "red"}}, headers=russian)
    assert wrong.json()["problems"] == ["colour: неизвестное поле"]
    wrong = client.put("/me/profile", json={"fields": {"incoterm": "XYZ"}}, headers=russian)
    assert wrong.json()["problems"] == [
        "Инкотермс: «XYZ» не подходит; требуется: код Инкотермс 2020: EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, "
        "CFR, CIF"
    ]


def test_the_openapi_document_lists_the_api(client: TestClient[Any]) -> None:
    paths = client.get("/schema/openapi.json").json()["paths"]
    for path in ("/auth/register", "/auth/login", "/me", "/api-keys", "/credits", "/credits/packages",
                 "/credits/purchase", "/admin/purchases/{purchase_id}/approve", "/admin/accounts/{account_id}/credits",
                 "/processing/upload", "/processing/jobs", "/processing/jobs/{job_id}",
                 "/processing/jobs/{job_id}/lines", "/processing/jobs/{job_id}/lines/{row}",
                 "/processing/jobs/{job_id}/declaration", "/processing/jobs/{job_id}/report.csv"):  # fmt: skip
        assert path in paths, path


def test_after_five_wrong_passwords_sign_in_is_429_with_retry_after_even_with_the_right_one(
    client: TestClient[Any],
) -> None:
    sign_up(client)
    wrong = {"email": "broker@example.com", "password": "wrong horse"}
    assert [client.post("/auth/login", json=wrong).status_code for _ in range(5)] == [401] * 5

    refused = client.post("/auth/login", json={"email": "broker@example.com", "password": "correct horse"})
    assert refused.status_code == 429 and 0 < int(refused.headers["retry-after"]) <= 15 * 60
    assert refused.json()["code"] == "too_many_sign_ins"
    assert refused.json()["message"] == "too many failed sign-ins; wait 15 min and try again"
    russian = client.post("/auth/login", json=wrong, headers={"Accept-Language": "ru"}).json()["message"]
    assert russian == "слишком много неудачных попыток входа; подождите 15 мин. и попробуйте снова"


def test_logout_ends_the_bearer_token_session_at_once(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    assert client.post("/auth/logout", headers=headers).status_code == 204
    assert client.get("/me", headers=headers).status_code == 401


def test_asking_about_registered_emails_counts_against_the_address(tmp_path: Path) -> None:
    """409 tells a sign-up form the e-mail is taken; an address asking too often is throttled (ADR 0038)."""
    with TestClient(create_app(in_memory_container(tmp_path, sign_in_address_failures=2))) as client:
        sign_up(client)
        taken = {"email": "broker@example.com", "password": "correct horse"}
        assert [client.post("/auth/register", json=taken).status_code for _ in range(3)] == [409, 409, 429]


def test_a_new_password_ends_the_other_sessions_and_answers_the_new_token(client: TestClient[Any]) -> None:
    here = sign_up(client, "changer@example.com")
    other = client.post("/auth/login", json={"email": "changer@example.com", "password": "correct horse"}).json()
    wrong = client.put("/me/password", json={"current_password": "not it", "new_password": "battery staple"},
                       headers=here)  # fmt: skip
    assert (wrong.status_code, wrong.json()["code"]) == (422, "wrong_password")
    short = client.put("/me/password", json={"current_password": "correct horse", "new_password": "short"},
                       headers=here)  # fmt: skip
    assert (short.status_code, short.json()["code"]) == (422, "weak_password")
    changed = client.put("/me/password", json={"current_password": "correct horse", "new_password": "battery staple"},
                         headers=here)  # fmt: skip
    assert changed.status_code == 200 and "set-cookie" not in changed.headers  # a script's bearer: no cookie
    renewed = {"Authorization": f"Bearer {changed.json()['access_token']}"}
    assert client.get("/me", headers=renewed).status_code == 200
    for old in (here, {"Authorization": f"Bearer {other['access_token']}"}):
        assert client.get("/me", headers=old).status_code == 401
