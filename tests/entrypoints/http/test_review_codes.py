"""A line is corrected with the code as the declaration XML writes it (8-digit Commodity_code) or dotted."""

from typing import Any

import pytest
from litestar.testing import TestClient
from tests.entrypoints.http.conftest import EXAMPLES, sign_in_admin, sign_up
from tests.entrypoints.http.test_jobs_api import completed_job


def review(client: TestClient[Any], headers: dict[str, str], job_id: str, row: int, code: str) -> Any:
    answer = client.patch(f"/processing/jobs/{job_id}/lines/{row}", json={"code": code}, headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()["lines"][0]


@pytest.fixture
def sample_tariff(client: TestClient[Any], container: Any) -> None:
    data = (EXAMPLES / "tariff-tm-sample.csv").read_bytes()
    imported = client.post("/admin/tariffs", files={"file": ("tariff.csv", data)}, data={"country": "TM"},
                           headers=sign_in_admin(client, container))  # fmt: skip
    assert imported.status_code == 201, imported.text


def test_the_8_digits_the_declaration_wrote_are_accepted_and_go_back_into_it(client: TestClient[Any]) -> None:
    """The QA case: no national tariff imported, the XML carries 09021000 + precision 0; typing it back works."""
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    line = review(client, headers, job_id, 1, "09021000")
    assert (line["source"], line["chosen_code"]) == ("review", "090210")
    assert line["notes"] == [
        "no national tariff line begins with 09021000; 090210 is kept and its national line is open: "
        "type the 9-digit line to choose one"
    ]
    assert client.post(f"/processing/jobs/{job_id}/declaration", headers=headers).json()["problems"] == []
    xml = client.get(f"/processing/jobs/{job_id}/declaration", headers=headers).content
    assert b"<Commodity_code>09021000</Commodity_code>" in xml


def test_8_digits_that_begin_one_national_line_choose_it(client: TestClient[Any], sample_tariff: None) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    assert review(client, headers, job_id, 2, "84713000")["chosen_code"] == "847130000"
    assert review(client, headers, job_id, 1, "0902.10.00")["chosen_code"] == "090210000"
    assert review(client, headers, job_id, 5, "0902.40.000")["chosen_code"] == "090240000"


def test_digits_that_begin_several_national_lines_keep_the_hs6_and_name_them(
    client: TestClient[Any], sample_tariff: None
) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    line = review(client, headers, job_id, 2, "8450.11.1")
    assert line["chosen_code"] == "845011"
    assert line["notes"][0].startswith("2 national lines begin with 8450111: 845011110, 845011190; 845011 is kept")


def test_more_digits_than_a_national_line_or_letters_are_still_refused(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    for wrong in ("0902100001", "0902.10.AB"):
        answer = client.patch(f"/processing/jobs/{job_id}/lines/1", json={"code": wrong}, headers=headers)
        assert (answer.status_code, answer.json()["code"]) == (422, "unknown_commodity_code")
        assert "nor its first 8 digits, as the declaration's commodity code" in answer.json()["message"]


def test_a_national_line_under_a_subheading_the_tariff_does_not_cover_stays_unverified(
    client: TestClient[Any], sample_tariff: None
) -> None:
    """The QA case: the sample tariff has nothing under 7317; typing 7317 00 000 made it count as verified."""
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    line = review(client, headers, job_id, 5, "7317 00 000")
    assert line["chosen_code"] == "731700000"  # as typed; declared undivided and not verified all the same
    assert line["notes"][0].startswith("the imported tariff of TM has no national line under 731700")
    client.post(f"/processing/jobs/{job_id}/declaration", headers=headers)
    xml = client.get(f"/processing/jobs/{job_id}/declaration", headers=headers).text
    assert '<HScode verified="false">\n        <Commodity_code>73170000</Commodity_code>' in xml
    job = client.get(f"/processing/jobs/{job_id}", headers=headers).json()
    assert any("national subdivision not verified" in p["reason"] for p in job["problems"])


def test_a_national_line_is_told_in_the_pages_language(client: TestClient[Any], sample_tariff: None) -> None:
    """The tariff has Turkmen, Russian and English texts: each page shows its own (Russian stored with the line)."""
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    review(client, headers, job_id, 1, "0902.10.000")
    told = {}
    for language in ("en", "ru", "tk"):
        lines = client.get(f"/processing/jobs/{job_id}/lines", headers={**headers, "Accept-Language": language})
        told[language] = lines.json()[0]["candidates"][0]["tariff_text"]
    assert told == {
        "en": "Green tea in packings not exceeding 3 kg",
        "ru": "Чай зеленый в упаковках не более 3 кг",
        "tk": "Gök çaý, 3 kg çenli gaplamalarda",
    }
    english = {**headers, "Accept-Language": "en"}
    again = client.patch(f"/processing/jobs/{job_id}/lines/1", json={"code": "0902.10.000"}, headers=english)
    assert again.json()["lines"][0]["candidates"][0]["tariff_text"] == told["en"]


def test_a_row_number_past_any_list_is_a_client_error_not_a_500(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    answer = client.patch(f"/processing/jobs/{job_id}/lines/99999999999999999999", json={"code": "0902.10"},
                          headers=headers)  # fmt: skip
    assert answer.status_code == 400, answer.text
    assert client.patch(f"/processing/jobs/{job_id}/lines/999", json={"code": "0902.10"},
                        headers=headers).status_code == 404  # fmt: skip


def test_a_line_changed_meanwhile_in_another_tab_is_not_overwritten(client: TestClient[Any]) -> None:
    """A trial's two tabs overwrote each other's code without a word."""
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    seen = client.get(f"/processing/jobs/{job_id}/lines", headers=headers).json()[0]["chosen_code"]
    first = client.patch(f"/processing/jobs/{job_id}/lines/1", json={"code": "0902.40", "seen": seen}, headers=headers)
    assert first.status_code == 200, first.text
    second = client.patch(f"/processing/jobs/{job_id}/lines/1", json={"code": "0902.10", "seen": seen}, headers=headers)
    assert second.status_code == 409 and second.json()["code"] == "line_changed"
    assert "was changed meanwhile to 090240" in second.json()["message"]
    line = client.get(f"/processing/jobs/{job_id}/lines", headers=headers).json()[0]
    assert line["chosen_code"] == "090240"
    assert review(client, headers, job_id, 1, "0902.10")["chosen_code"] == "090210"  # a script that says nothing
