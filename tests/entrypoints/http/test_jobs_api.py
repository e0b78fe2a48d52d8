import csv
import io
from typing import Any

from litestar.testing import TestClient
from openpyxl import load_workbook
from tests.entrypoints.http.conftest import HEADER_FIELDS, sign_up, wait_for

from domain.goods.problems import Severity
from entrypoints.http.controllers.declaration import WORKBOOK

INVOICE = b"""No,Description,Quantity,Unit,Unit price USD,Amount USD,Net weight kg,Gross weight kg,Country of origin
1,Tea green 100 g,10,kg,5.00,50.00,10,11,China
2,Laptop 15 inch,2,pcs,500.00,1000.00,4,5,China
3,TEA  GREEN 100 g,5,kg,5.00,25.00,5,5.5,China
4,"=HYPERLINK(""http://example.com"")",1,pcs,1.00,1.00,1,1,China
5,Tea black 250 g,8,kg,4.00,32.00,8,8.4,India
"""


def completed_job(client: TestClient[Any], headers: dict[str, str]) -> str:
    files = {"file": ("invoice.csv", INVOICE)}
    again = {"again": "true"}  # a new job each call, though the bytes are the same
    answer = client.post("/processing/upload", files=files, data=HEADER_FIELDS, headers=headers, params=again)
    assert answer.status_code == 201, answer.text
    job = wait_for(client, headers, answer.json()["job_id"])
    assert job["status"] == "COMPLETED", job
    return str(job["id"])


def test_a_completed_job_shows_progress_counts_and_its_downloads(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    job = client.get(f"/processing/jobs/{job_id}", headers=headers).json()
    assert (job["progress"], job["lines_total"], job["lines_done"], job["lines_distinct"]) == (100, 5, 5, 4)
    assert job["declaration_urls"] == [f"/processing/jobs/{job_id}/declaration"]
    assert job["report_url"] == f"/processing/jobs/{job_id}/report.csv"
    assert job["report_workbook_url"] == f"/processing/jobs/{job_id}/report.xlsx"
    assert client.get("/credits", headers=headers).json()["balance"] == 50 - 4


def test_lines_carry_candidates_source_and_the_free_of_charge_flag(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    lines = client.get(f"/processing/jobs/{job_id}/lines", headers=headers).json()
    assert [line["row"] for line in lines] == [1, 2, 3, 4, 5]
    assert [line["place"] for line in lines] == [f"line {row} of the file" for row in range(2, 7)]
    first, repeat = lines[0], lines[2]
    assert first["chosen_code"] == "090220" and first["source"] == "engine" and first["rationale"] == "keyword"
    assert first["candidates"][0]["hs6"] == "090220" and not first["free_of_charge"]
    assert repeat["free_of_charge"] and repeat["free_reason"] == "repeats row 1" and repeat["duplicate_of"] == 1
    page = client.get(f"/processing/jobs/{job_id}/lines?from_row=4&limit=1", headers=headers).json()
    assert [line["row"] for line in page] == [4]


def test_the_declaration_downloads_as_xml_that_validates(client: TestClient[Any], container: Any) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    answer = client.get(f"/processing/jobs/{job_id}/declaration", headers=headers)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/xml")
    assert answer.headers["content-disposition"] == 'attachment; filename="invoice-declaration-1.xml"'
    problems = container.countries().renderer("TM").validate(answer.content)
    assert [str(p) for p in problems if p.severity is Severity.ERROR] == []
    missing = client.get(f"/processing/jobs/{job_id}/declaration?part=2", headers=headers)
    assert (missing.status_code, missing.json()["code"]) == (409, "declaration_not_ready")


def test_the_report_is_spreadsheet_safe(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    answer = client.get(f"/processing/jobs/{job_id}/report.csv", headers=headers)
    assert answer.status_code == 200 and answer.headers["content-type"] == "text/csv; charset=utf-8"
    assert answer.headers["content-disposition"] == 'attachment; filename="invoice-report.csv"'
    rows = list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert rows[3]["description"] == '\'=HYPERLINK("http://example.com")'


def test_the_report_as_a_workbook_holds_the_csvs_rows_and_no_formula(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    answer = client.get(f"/processing/jobs/{job_id}/report.xlsx", headers=headers)
    assert answer.status_code == 200 and answer.headers["content-type"] == WORKBOOK
    assert answer.headers["content-disposition"] == 'attachment; filename="invoice-report.xlsx"'
    sheet = load_workbook(io.BytesIO(answer.content)).active
    assert sheet is not None
    rows = list(csv.DictReader(io.StringIO(client.get(f"/processing/jobs/{job_id}/report.csv", headers=headers)
                                           .content.decode("utf-8-sig"))))  # fmt: skip
    assert [sheet.cell(row, 3).value for row in range(2, 7)] == [row["commodity_code"] for row in rows]
    formula = sheet.cell(5, 2)
    assert (formula.value, formula.data_type) == ('=HYPERLINK("http://example.com")', "s")


def test_review_then_regenerate_puts_the_new_code_in_the_declaration(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    balance = client.get("/credits", headers=headers).json()["balance"]
    reviewed = client.patch(f"/processing/jobs/{job_id}/lines/3", json={"code": "0902.10"}, headers=headers)
    assert reviewed.status_code == 200, reviewed.text
    assert reviewed.json()["changed_rows"] == [1, 3]
    assert reviewed.json()["lines"][0]["source"] == "review" and reviewed.json()["lines"][0]["chosen_code"] == "090210"
    regenerated = client.post(f"/processing/jobs/{job_id}/declaration", headers=headers)
    assert regenerated.status_code == 200 and regenerated.json()["problems"] == []
    xml = client.get(f"/processing/jobs/{job_id}/declaration", headers=headers).content
    assert b"09021000" in xml
    assert client.get("/credits", headers=headers).json()["balance"] == balance


def test_a_wrong_review_code_is_422_and_an_unknown_row_404(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    wrong = client.patch(f"/processing/jobs/{job_id}/lines/1", json={"code": "999999"}, headers=headers)
    assert (wrong.status_code, wrong.json()["code"]) == (422, "unknown_commodity_code")
    missing = client.patch(f"/processing/jobs/{job_id}/lines/99", json={"code": "090210"}, headers=headers)
    assert (missing.status_code, missing.json()["code"]) == (404, "line_not_found")


def test_another_accounts_job_is_404_everywhere(client: TestClient[Any]) -> None:
    owner = sign_up(client, "owner@example.com")
    job_id = completed_job(client, owner)
    intruder = sign_up(client, "intruder@example.com")
    for method, path, body in (
        ("get", f"/processing/jobs/{job_id}", None),
        ("get", f"/processing/jobs/{job_id}/lines", None),
        ("patch", f"/processing/jobs/{job_id}/lines/1", {"code": "090210"}),
        ("post", f"/processing/jobs/{job_id}/declaration", None),
        ("get", f"/processing/jobs/{job_id}/declaration", None),
        ("get", f"/processing/jobs/{job_id}/report.csv", None),
        ("get", f"/processing/jobs/{job_id}/report.xlsx", None),
    ):
        answer = client.request(method, path, json=body, headers=intruder)
        assert (answer.status_code, answer.json()["code"]) == (404, "job_not_found"), path
    assert client.get("/processing/jobs", headers=intruder).json()["total"] == 0
    lines = client.get(f"/processing/jobs/{job_id}/lines", headers=owner).json()
    assert lines[0]["source"] == "engine"  # the intruder's review changed nothing


def test_my_jobs_are_listed_newest_first_in_pages(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    first = completed_job(client, headers)
    second = completed_job(client, headers)
    page = client.get("/processing/jobs?limit=1", headers=headers).json()
    assert page["total"] == 2 and [job["id"] for job in page["items"]] == [second]
    page = client.get("/processing/jobs?limit=1&offset=1", headers=headers).json()
    assert [job["id"] for job in page["items"]] == [first]


def test_a_job_whose_header_leaves_boxes_blank_says_it_needs_header_details_not_done(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    answer = client.post("/processing/upload", files={"file": ("invoice.csv", INVOICE)}, headers=headers)
    job = wait_for(client, headers, answer.json()["job_id"])
    assert job["status"] == "COMPLETED" and job["declaration_urls"] == [] and job["header_missing"]
    assert job["needs_header_details"] is True and job["declaration_withheld"] is True and job["progress"] == 95
    filled = client.put(f"/processing/jobs/{job['id']}/header", json={"fields": HEADER_FIELDS}, headers=headers)
    assert filled.status_code < 300, filled.text
    job = wait_for(client, headers, job["id"])
    assert (job["needs_header_details"], job["progress"], len(job["declaration_urls"])) == (False, 100, 1)
    assert job["declaration_withheld"] is False


def test_a_row_offset_or_part_past_what_the_database_holds_is_400_not_500(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    base = f"/processing/jobs/{job_id}"
    for path in ("/processing/jobs?offset=99999999999999999999", f"{base}/lines?from_row=3000000000",
                 f"{base}/declaration?part=3000000000", f"{base}/declaration/as-built?part=3000000000",
                 "/me/memory/3000000000"):  # fmt: skip
        method = client.delete if path.startswith("/me/memory") else client.get
        answer = method(path, headers=headers)
        assert (answer.status_code, answer.json()["code"]) == (400, "validation_error"), path
