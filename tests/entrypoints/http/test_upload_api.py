import concurrent.futures
from decimal import Decimal
from pathlib import Path
from typing import Any

import msgspec
from dependency_injector import providers
from litestar.testing import TestClient
from tests.entrypoints.http.conftest import EXAMPLES, in_memory_container, sign_up, upload

from entrypoints.http.app import create_app


def test_an_upload_answers_201_with_the_job_stored_and_a_websocket_url(client: TestClient[Any], container: Any) -> None:
    headers = sign_up(client)
    answer = upload(client, headers)
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["status"] == "PENDING"
    assert body["websocket_url"] == f"ws://testserver.local/ws/jobs/{body['job_id']}"
    job = client.get(f"/processing/jobs/{body['job_id']}", headers=headers).json()
    assert job["filename"] == "invoice-tk.csv"
    stored = container.job_store().jobs[body["job_id"]].storage_key
    assert container.storage().get(stored) == (Path(__file__).parents[3] / "examples/invoice-tk.csv").read_bytes()


def test_402_when_the_balance_cannot_pay_the_first_line(tmp_path: Path) -> None:
    container = in_memory_container(tmp_path, trial_credits=0)
    with TestClient(create_app(container)) as client:
        headers = sign_up(client)
        answer = upload(client, headers)
        assert answer.status_code == 402
        body = answer.json()
        assert body["code"] == "credits_short" and (body["balance"], body["required"]) == (0, 1)
        assert body["detail"] and [p["id"] for p in body["purchase_options"]] == ["starter", "broker", "agency"]
        assert client.get("/processing/jobs", headers=headers).json()["total"] == 0


def test_413_over_the_size_limit(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    big = b"description,quantity\n" + b"steel bolts M8,100\n" * 12_000  # ~230 kB over the test's 200 kB limit
    answer = client.post("/processing/upload", files={"file": ("big.csv", big)}, headers=headers)
    assert answer.status_code == 413 and answer.json()["code"] == "file_too_large"
    assert client.get("/processing/jobs", headers=headers).json()["total"] == 0


def test_415_for_a_file_that_is_not_csv_or_xlsx_whatever_its_name(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    answer = client.post("/processing/upload", files={"file": ("invoice.csv", b"%PDF-1.7\n...")}, headers=headers)
    assert answer.status_code == 415
    assert answer.json()["code"] == "unsupported_file" and "PDF" in answer.json()["message"]


def test_422_for_an_empty_file(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    answer = client.post("/processing/upload", files={"file": ("invoice.csv", b"")}, headers=headers)
    assert (answer.status_code, answer.json()["code"]) == (422, "unreadable_file")


def test_422_names_every_wrong_header_field(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    answer = upload(client, headers, incoterm="FOBB", currency="DOLLARS OF OZ", consignee_code="12 34", insurance="-3")
    assert answer.status_code == 422 and answer.json()["code"] == "invalid_header"
    named = sorted(problem.split(":")[0] for problem in answer.json()["problems"])
    assert named == ["consignee_code", "currency", "incoterm", "insurance"]
    assert sorted(answer.json()["fields"]) == named  # the form's fields, for the page to mark


def test_a_header_field_no_xml_can_carry_or_an_impossible_rate_is_refused_before_any_work(
    client: TestClient[Any],
) -> None:
    """A hostile trial's jobs failed after classifying ('All strings must be XML compatible', InvalidOperation)."""
    headers = sign_up(client)
    answer = upload(client, headers, consignee_name="Evil\x0bCo", exchange_rate="1e309")
    assert answer.status_code == 422 and answer.json()["code"] == "invalid_header"
    assert sorted(problem.split(":")[0] for problem in answer.json()["problems"]) == ["consignee_name", "exchange_rate"]
    job_id = upload(client, headers, currency="USD").json()["job_id"]
    changed = client.put(f"/processing/jobs/{job_id}/header", json={"fields": {"consignee_name": "Evil\x00Co"}},
                         headers=headers)  # fmt: skip
    assert changed.status_code == 422, changed.text


def test_header_fields_are_read_as_a_broker_types_them(client: TestClient[Any], container: Any) -> None:
    """A trial's form refused 'cpt', '3,5', 'Россия', 'Türkiýe' and 'автомобильный'."""
    headers = sign_up(client)
    typed = {"incoterm": "cpt", "exchange_rate": "3,5", "trading_country": "Россия", "export_country": "Türkiýe",
             "transport_mode": "автомобильный", "currency": "usd", "external_freight": "1 250,00"}  # fmt: skip
    answer = upload(client, headers, **typed)
    assert answer.status_code == 201, answer.text
    header = container.job_store().jobs[answer.json()["job_id"]].header
    assert (header.delivery_terms.incoterm, header.exchange_rate, header.trading_country, header.export_country) == (
        "CPT",
        Decimal("3.5"),
        "RU",
        "TR",
    )
    assert (header.transport.border_mode, header.currency, header.external_freight) == ("3", "USD", Decimal("1250.00"))
    saved = client.put("/me/profile", json={"fields": {"incoterm": "fob", "trading_country": "Китай"}}, headers=headers)
    assert saved.json()["profile"] == {"incoterm": "FOB", "trading_country": "CN"}


def test_header_fields_come_from_the_form_then_the_profile_and_nothing_is_invented(
    client: TestClient[Any], container: Any
) -> None:
    headers = sign_up(client)
    client.put("/me/profile", json={"fields": {"consignee_name": "Ynam HJ", "currency": "EUR"}}, headers=headers)
    job_id = upload(client, headers, currency="USD", incoterm="FOB", external_freight="1250.00").json()["job_id"]
    header = container.job_store().jobs[job_id].header
    assert (header.consignee.name, header.currency, header.delivery_terms.incoterm) == ("Ynam HJ", "USD", "FOB")
    assert (header.external_freight, header.insurance) == (Decimal("1250.00"), 0)
    assert (header.declarant.code, header.exporter.name, header.customs_office) == ("", "", "")
    assert {"declarant.code", "exporter.name", "customs_office"} <= set(header.missing)
    job = client.get(f"/processing/jobs/{job_id}", headers=headers).json()
    assert {"declarant_code", "exporter_name", "customs_office", "border_office"} <= set(job["header_missing"])


def test_a_field_the_form_sends_empty_was_cleared_and_does_not_take_the_saved_value(
    client: TestClient[Any], container: Any
) -> None:
    """A trial cleared Incoterm on the prefilled form and got the saved CPT in the XML without a word."""
    headers = sign_up(client)
    saved = {"consignee_name": "Ynam HJ", "incoterm": "CPT", "customs_office": "TM0600"}
    client.put("/me/profile", json={"fields": saved}, headers=headers)
    job_id = upload(client, headers, currency="USD", incoterm="", customs_office=" ").json()["job_id"]
    header = container.job_store().jobs[job_id].header
    assert (header.consignee.name, header.delivery_terms.incoterm, header.customs_office) == ("Ynam HJ", "", "")
    assert {"delivery_terms.incoterm", "customs_office"} <= set(header.missing)


def test_a_jobs_missing_header_fields_are_filled_in_and_wrong_ones_refused(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    job_id = upload(client, headers, currency="USD").json()["job_id"]
    wrong = client.put(f"/processing/jobs/{job_id}/header", json={"fields": {"incoterm": "FOBB"}}, headers=headers)
    assert wrong.status_code == 422 and wrong.json()["problems"][0].startswith("incoterm:")
    fields = {"exporter_name": "Stroy Torg OOO", "consignee_name": "Ynam HJ", "consignee_code": "101234567890",
              "declarant_name": "Dellal HK",
              "declarant_code": "101234567890", "customs_office": "TM0100", "border_office": "TM0520",
              "trading_country": "RU", "export_country": "RU", "transport_mode": "2", "incoterm": "CPT",
              "exchange_rate": "3.5"}  # fmt: skip
    answer = client.put(f"/processing/jobs/{job_id}/header", json={"fields": fields}, headers=headers)
    assert answer.status_code == 200 and answer.json()["header_missing"] == []


def test_the_profile_and_form_fields_are_documented(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    fields = client.get("/processing/header-fields", headers=headers).json()
    assert fields["incoterm"] == {"header_file_key": "delivery_terms.incoterm", "default": ""}
    assert fields["declaration_type"] == {"header_file_key": "declaration.type", "default": "IM"}


def test_the_upload_form_offers_exactly_the_header_fields() -> None:
    from application.pipeline.header_fields import FIELD_KEYS
    from entrypoints.http.schemas.upload_form import UploadForm

    not_header = ("file", "country", "columns", "sheets", "again")
    assert [f for f in UploadForm.__dataclass_fields__ if f not in not_header] == list(FIELD_KEYS)


def test_uploading_needs_a_signed_in_account(tmp_path: Path) -> None:
    container = in_memory_container(tmp_path)
    container.settings.override(providers.Object(msgspec.structs.replace(container.settings(), trial_credits=5)))
    with TestClient(create_app(container)) as client:
        answer = client.post("/processing/upload", files={"file": ("a.csv", b"description\ntea\n")})
        assert answer.status_code == 401


def test_422_for_a_country_without_a_declaration_schema(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    answer = upload(client, headers, country="XX")
    assert (answer.status_code, answer.json()["code"]) == (422, "unknown_country")
    assert "XX" in answer.json()["message"] and "TM" in answer.json()["message"]


def test_402_when_the_balance_cannot_pay_for_the_lines_of_the_file(tmp_path: Path) -> None:
    """The QA case: 1 credit and an 8-line list is refused at once with what it needs, not left waiting."""
    container = in_memory_container(tmp_path, trial_credits=1)
    with TestClient(create_app(container)) as client:
        headers = sign_up(client)
        answer = upload(client, headers)
        assert answer.status_code == 402
        body = answer.json()
        assert (body["code"], body["balance"], body["required"]) == ("credits_short", 1, 8)
        assert (
            body["message"]
            == "8 credit(s) needed to classify the 8 distinct line(s) of invoice-tk.csv; the balance is 1"
        )
        assert [p["id"] for p in body["purchase_options"]] == ["starter", "broker", "agency"]
        assert client.get("/processing/jobs", headers=headers).json()["total"] == 0
        assert container.storage().files == {}
        russian = upload(client, headers | {"Accept-Language": "ru"}).json()
        assert russian["message"] == (
            "нужно кредитов, чтобы классифицировать 8 различных строк файла invoice-tk.csv: 8; на балансе 1"
        )
        assert russian["detail"] == body["message"]  # in English, as a program reads it


def test_columns_the_reader_should_not_guess_are_named_on_upload_and_kept_with_the_job(
    client: TestClient[Any], container: Any
) -> None:
    headers = sign_up(client)
    listed = "Sıra;Kalem;Miktar;Tutar (USD);Net Ağırlık (Kg);Üretim yeri\n1;Pamuklu tişört;200;900,00;100;Türkiye\n"
    files = {"file": ("fatura.csv", listed.encode())}
    named = {"columns": "Kalem\norigin=Üretim yeri\n"}
    answer = client.post("/processing/upload", files=files, data=named, headers=headers)
    assert answer.status_code == 201, answer.text
    job = container.job_store().jobs[answer.json()["job_id"]]
    assert job.named_columns == {"description": "Kalem", "origin": "Üretim yeri"}
    wrong = client.post("/processing/upload", files=files, data={"columns": "hs=GTİP"}, headers=headers)
    assert wrong.status_code == 422 and wrong.json()["code"] == "invalid_columns"


def test_the_sheets_to_read_are_named_on_upload_and_kept_with_the_job(client: TestClient[Any], container: Any) -> None:
    headers = sign_up(client)
    files = {"file": ("invoice-tk.csv", (EXAMPLES / "invoice-tk.csv").read_bytes())}
    answer = client.post("/processing/upload", files=files, data={"sheets": "Invoice 2; Invoice 3\n"}, headers=headers)
    assert answer.status_code == 201, answer.text
    assert container.job_store().jobs[answer.json()["job_id"]].sheets == ["Invoice 2", "Invoice 3"]


def test_the_same_file_again_answers_200_with_its_job_and_again_true_starts_a_new_one(
    client: TestClient[Any], container: Any
) -> None:
    headers = sign_up(client)
    first = upload(client, headers, again=False).json()["job_id"]
    answer = upload(client, headers, again=False)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["job_id"], body["earlier_job"]) == (first, True)
    assert body["message"].startswith(f"this file is already job {first}")
    job = client.get(f"/processing/jobs/{first}", headers=headers).json()
    assert body["uploaded_at"] == job["created_at"]  # the page names the job by when it was uploaded, not its id
    assert not body["header_differs"]
    terms = upload(client, headers, again=False, incoterm="FOB", delivery_place="Ningbo").json()
    assert (terms["job_id"], terms["header_differs"], terms["header_applied"]) == (first, False, True)
    assert terms["message"].endswith("the header sent states boxes that job left blank: they were filled in on it")
    assert container.job_store().jobs[first].header.delivery_terms.incoterm == "FOB"  # the box it lacked
    other_terms = upload(client, headers, again=False, incoterm="EXW").json()
    assert (other_terms["job_id"], other_terms["header_differs"], other_terms["header_applied"]) == (first, True, False)
    assert other_terms["message"].endswith(
        f"the header sent is not that job's and was not applied: change it with PUT /processing/jobs/{first}/header"
    )
    assert container.job_store().jobs[first].header.delivery_terms.incoterm == "FOB"  # a stated box is not changed
    assert client.get("/processing/jobs", headers=headers).json()["total"] == 1
    for again in ({"params": {"again": "true"}}, {"data": {"again": "on"}}):
        data = (Path(__file__).parents[3] / "examples/invoice-tk.csv").read_bytes()
        files = {"file": ("invoice-tk.csv", data)}
        started = client.post("/processing/upload", files=files, headers=headers, **again)  # type: ignore[arg-type]
        assert started.status_code == 201 and not started.json()["earlier_job"] and started.json()["job_id"] != first
    assert client.get("/processing/jobs", headers=headers).json()["total"] == 3


def test_a_double_click_two_uploads_at_once_make_exactly_one_job(client: TestClient[Any], container: Any) -> None:
    headers = sign_up(client)
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(lambda _: upload(client, headers, again=False), range(2)))
    assert sorted(answer.status_code for answer in answers) == [200, 201]
    assert len({answer.json()["job_id"] for answer in answers}) == 1
    assert client.get("/processing/jobs", headers=headers).json()["total"] == 1
    (job,) = container.job_store().jobs.values()
    assert [key for key in container.storage().files if key.startswith("uploads/")] == [job.storage_key]
