"""What users type reaches the pages as text: the templates escape it, and the policy forbids inline script."""

from typing import Any

from litestar.testing import TestClient

from tests.entrypoints.web.conftest import PASSWORD

Embedded = tuple[TestClient[Any], Any]
MARKUP = "<script>alert(1)</script>"


def test_a_file_name_with_markup_is_text_on_the_job_page(embedded: Embedded) -> None:
    client, _ = embedded
    client.post("/register", data={"email": "broker@example.com", "password": PASSWORD})
    csrf = client.get("/dashboard").text.split('name="csrf-token" content="')[1][:64]
    name = '<img src=x onerror="alert(1)">.csv'
    data = b"Description,Quantity,Unit,Amount USD,Net weight kg,Country of origin\ntea,1,pcs,10,1,China\n"
    job = client.post("/processing/upload", files={"file": (name, data)}, headers={"X-CSRF-Token": csrf}).json()
    page = client.get(f"/jobs/{job['job_id']}")
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;.csv" in page.text
    assert "<img src=x" not in page.text
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_markup_in_emails_is_text_on_the_admin_pages(embedded: Embedded) -> None:
    client, container = embedded
    client.post("/register", data={"email": "<b>bold</b>@evil.example", "password": PASSWORD})
    client.post("/sign-in", data={"email": MARKUP, "password": "wrong"})
    with client.portal() as portal:
        portal.call(container.create_administrator(), "admin@example.com", PASSWORD)
    client.post("/sign-in", data={"email": "admin@example.com", "password": PASSWORD})
    accounts = client.get("/admin").text
    assert "&lt;b&gt;bold&lt;/b&gt;@evil.example" in accounts and "<b>bold</b>" not in accounts
    log = client.get("/admin/activity?action=sign-in-failed").text
    assert "email=&lt;script&gt;alert(1)&lt;/script&gt;" in log and MARKUP not in log


def test_the_admin_pages_answer_403_to_a_broker_and_404_for_another_accounts_job(embedded: Embedded) -> None:
    client, _ = embedded
    client.post("/register", data={"email": "one@example.com", "password": PASSWORD})
    csrf = client.get("/dashboard").text.split('name="csrf-token" content="')[1][:64]
    data = b"Description,Quantity,Unit,Amount USD,Net weight kg,Country of origin\ntea,1,pcs,10,1,China\n"
    job = client.post("/processing/upload", files={"file": ("a.csv", data)}, headers={"X-CSRF-Token": csrf}).json()
    for path in ("/admin", "/admin/tariff", "/admin/activity", "/admin/analytics"):
        answer = client.get(path)
        assert answer.status_code == 403 and answer.headers["content-type"].startswith("text/html"), path
    client.cookies.clear()
    client.post("/register", data={"email": "two@example.com", "password": PASSWORD})
    assert client.get(f"/jobs/{job['job_id']}").status_code == 404


def test_saved_header_fields_come_back_as_the_forms_values_escaped(embedded: Embedded) -> None:
    client, _ = embedded
    client.post("/register", data={"email": "broker@example.com", "password": PASSWORD})
    csrf = client.get("/dashboard").text.split('name="csrf-token" content="')[1][:64]
    saved = client.put("/me/profile", json={"fields": {"consignee_name": '"Ak Ýol" <b>HJ</b>'}},
                       headers={"X-CSRF-Token": csrf})  # fmt: skip
    assert saved.status_code == 200, saved.text
    page = client.get("/dashboard").text
    assert 'name="consignee_name" value="&#34;Ak Ýol&#34; &lt;b&gt;HJ&lt;/b&gt;"' in page
    assert 'name="incoterm" value="" placeholder=""' in page  # nothing invented: no default terms
    assert 'name="declaration_type" value="" placeholder="IM"' in page
