"""The pages' session cookie: signing in sets it, it opens pages and the API, and a request it authenticates
must come from this site and carry the CSRF token when it changes something (ADR 0011)."""

import re
from typing import Any

import pytest
from litestar.exceptions import WebSocketDisconnect
from litestar.testing import TestClient

from entrypoints.http.web.session import SESSION_COOKIE, safe_next
from tests.entrypoints.web.conftest import PASSWORD

Embedded = tuple[TestClient[Any], Any]


def register(client: TestClient[Any], email: str = "broker@example.com") -> str:
    """Registers through the page's form; the CSRF token the dashboard carries."""
    answer = client.post("/register", data={"email": email, "password": PASSWORD}, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/dashboard"
    cookie = answer.headers["set-cookie"]
    assert f"{SESSION_COOKIE}=" in cookie and "HttpOnly" in cookie and "samesite=lax" in cookie.lower()
    found = re.search(r'name="csrf-token" content="([0-9a-f]{64})"', client.get("/dashboard").text)
    assert found is not None
    return found.group(1)


def test_a_page_without_a_session_sends_the_visitor_to_sign_in_and_back(embedded: Embedded) -> None:
    client, _ = embedded
    answer = client.get("/jobs/abc?x=1", follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/sign-in?next=%2Fjobs%2Fabc%3Fx%3D1"
    client.post("/register", data={"email": "broker@example.com", "password": PASSWORD})
    client.cookies.clear()
    signed_in = client.post("/sign-in", data={"email": "broker@example.com", "password": PASSWORD,
                                              "next": "/jobs/abc"}, follow_redirects=False)  # fmt: skip
    assert signed_in.headers["location"] == "/jobs/abc"


def test_a_session_that_ended_while_a_page_was_open_is_said_on_the_sign_in_page(embedded: Embedded) -> None:
    """A trial signed out in another tab and lost a correction to a silent sign-in page."""
    client, _ = embedded
    register(client)
    client.cookies.set(SESSION_COOKIE, "signed-out-elsewhere")
    answer = client.get("/dashboard", follow_redirects=False)
    assert answer.headers["location"] == "/sign-in?ended=true&next=%2Fdashboard"
    page = client.get(answer.headers["location"], headers={"Accept-Language": "en"})
    assert "Your session has ended" in page.text and "was not saved" in page.text
    assert "Your session has ended" not in client.get("/sign-in?next=%2Fdashboard").text


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example", "/\\evil.example", ""])
def test_after_sign_in_only_a_path_of_this_site_is_followed(target: str) -> None:
    assert safe_next(target) == "/dashboard"


def test_a_wrong_password_shows_the_form_again_with_the_reason(embedded: Embedded) -> None:
    client, _ = embedded
    register(client)
    client.cookies.clear()
    answer = client.post("/sign-in", data={"email": "broker@example.com", "password": "wrong one"},
                         headers={"Accept-Language": "en-GB,en;q=0.8"})  # fmt: skip
    assert answer.status_code == 401
    assert "Wrong email or password." in answer.text
    assert SESSION_COOKIE not in answer.headers.get("set-cookie", "")


def test_the_cookie_opens_the_api_and_changes_need_the_csrf_token(embedded: Embedded) -> None:
    client, _ = embedded
    csrf = register(client)
    assert client.get("/credits").json()["balance"] == 100
    package = client.get("/credits/packages").json()[0]["id"]
    refused = client.post("/credits/purchase", json={"package_id": package})
    assert refused.status_code == 403 and "CSRF" in refused.json()["message"]
    forged = client.post("/credits/purchase", json={"package_id": package}, headers={"X-CSRF-Token": "0" * 64})
    assert forged.status_code == 403
    bought = client.post("/credits/purchase", json={"package_id": package}, headers={"X-CSRF-Token": csrf})
    assert bought.status_code == 201 and bought.json()["status"] == "pending"


def test_a_bearer_token_needs_no_csrf_token(embedded: Embedded) -> None:
    client, _ = embedded
    token = client.post("/auth/register", json={"email": "script@example.com", "password": PASSWORD}).json()
    client.cookies.clear()
    package = client.get("/credits/packages", headers={"Authorization": f"Bearer {token['access_token']}"})
    bought = client.post("/credits/purchase", json={"package_id": package.json()[0]["id"]},
                         headers={"Authorization": f"Bearer {token['access_token']}"})  # fmt: skip
    assert bought.status_code == 201


def test_another_site_cannot_use_the_session(embedded: Embedded) -> None:
    client, _ = embedded
    csrf = register(client)
    evil = {"Origin": "https://evil.example", "X-CSRF-Token": csrf}
    assert client.get("/credits", headers=evil).status_code == 403
    assert client.post("/sign-in", data={"email": "a@b.c", "password": "x"}, headers=evil).status_code == 403
    with pytest.raises(WebSocketDisconnect), client.websocket_connect("/ws/jobs/x", headers=evil) as socket:
        socket.receive_json()
    assert client.get("/credits", headers={"Origin": "http://testserver.local"}).status_code == 200


def test_signing_out_drops_the_cookie(embedded: Embedded) -> None:
    client, _ = embedded
    csrf = register(client)
    answer = client.post("/sign-out", headers={"X-CSRF-Token": csrf})
    assert answer.json() == {"location": "/sign-in"}
    assert f'{SESSION_COOKIE}=""' in answer.headers["set-cookie"] or "Max-Age=0" in answer.headers["set-cookie"]
    assert client.get("/dashboard", follow_redirects=False).status_code == 303


def test_a_copy_of_the_cookie_taken_before_signing_out_no_longer_works(embedded: Embedded) -> None:
    client, _ = embedded
    csrf = register(client)
    copied = client.cookies[SESSION_COOKIE]
    assert client.post("/sign-out", headers={"X-CSRF-Token": csrf}).status_code == 200

    client.cookies.set(SESSION_COOKIE, copied)
    assert client.get("/dashboard", follow_redirects=False).headers["location"].startswith("/sign-in")
    assert client.get("/me").status_code == 401


def test_the_sign_in_form_is_throttled_with_a_translated_message(embedded: Embedded) -> None:
    client, _ = embedded
    register(client)
    client.cookies.clear()
    wrong = {"email": "broker@example.com", "password": "wrong one"}
    assert [client.post("/sign-in", data=wrong).status_code for _ in range(5)] == [401] * 5

    refused = client.post("/sign-in", data={"email": "broker@example.com", "password": PASSWORD},
                          headers={"Accept-Language": "tk"}, follow_redirects=False)  # fmt: skip
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0
    assert "Şowsuz giriş synanyşyklary gaty köp. 15 minut garaşyp, täzeden synanyşyň." in refused.text
    assert SESSION_COOKIE not in refused.headers.get("set-cookie", "")
