"""POST /admin/tariffs: the national tariff imported over HTTP, all of it or nothing, each problem named."""

from typing import Any

from litestar.testing import TestClient
from tests.entrypoints.http.conftest import EXAMPLES, sign_in_admin, sign_up


def _send(client: TestClient[Any], headers: dict[str, str], name: str, data: bytes, country: str = "TM") -> Any:
    return client.post("/admin/tariffs", files={"file": (name, data)}, data={"country": country}, headers=headers)


def test_an_admin_imports_the_sample_tariff_and_the_log_says_so(client: TestClient[Any], container: Any) -> None:
    admin = sign_in_admin(client, container)
    answer = _send(client, admin, "tariff-tm-sample.csv", (EXAMPLES / "tariff-tm-sample.csv").read_bytes())
    assert answer.status_code == 201, answer.text
    imported = answer.json()
    assert imported["country"] == "TM" and imported["lines"] > 0 and imported["subheadings"] > 0
    assert container.tariff_store().current("TM").version == imported["version"]
    with client.portal() as portal:
        logged = portal.call(container.activity().recent, None, "admin-tariff-import")
    assert [(a.subject, a.details["lines"]) for a in logged] == [(imported["version"], str(imported["lines"]))]


def test_a_tariff_with_bad_rows_is_refused_whole_with_row_and_column(client: TestClient[Any], container: Any) -> None:
    admin = sign_in_admin(client, container)
    broken = b"Code;Description (EN);Unit\n8418 10 999 9;Fridges;H87\n0000 00 000 0;Nothing;H87\n"
    answer = _send(client, admin, "broken.csv", broken)
    assert answer.status_code == 422
    body = answer.json()
    assert body["code"] == "tariff_rejected" and "nothing imported" in body["message"]
    assert any(problem["row"] == 3 for problem in body["problems"]), body
    assert container.tariff_store().current("TM") is None


def test_the_problems_come_in_the_language_the_request_asks_for(client: TestClient[Any], container: Any) -> None:
    admin = sign_in_admin(client, container)
    broken = b"Code;Description (EN);Unit\n8418 10 999 9;Fridges;H87\n8418 10 200;Fridges;blister\n"
    body = _send(client, {**admin, "Accept-Language": "ru"}, "broken.csv", broken).json()
    assert body["message"] == "broken.csv: ошибок: 2, ничего не импортировано"
    assert [problem["reason"] for problem in body["problems"]] == [
        "в «8418 10 999 9» цифр: 10; в товарных позициях тарифа TM их 9",
        "«blister» — неизвестная единица измерения; впишите код UN/ECE Rec 20, например H87, KGM, LTR",
    ]
    body = _send(client, {**admin, "Accept-Language": "tk"}, "broken.csv", broken).json()
    assert body["problems"][0]["reason"] == "«8418 10 999 9» 10 sifrden ybarat; TM tarifiniň setirlerinde 9 sifr bolýar"
    empty = _send(client, {**admin, "Accept-Language": "ru"}, "empty.csv", b"").json()
    assert empty["message"] == "Файл empty.csv пуст."


def test_an_empty_file_or_an_unknown_country_is_422(client: TestClient[Any], container: Any) -> None:
    admin = sign_in_admin(client, container)
    assert _send(client, admin, "empty.csv", b"").json()["code"] == "unusable_file"
    sample = (EXAMPLES / "tariff-tm-sample.csv").read_bytes()
    unknown = _send(client, admin, "tariff.csv", sample, country="ZZ")
    assert unknown.status_code == 422 and unknown.json()["code"] == "unknown_country"


def test_a_broker_may_not_import_a_tariff(client: TestClient[Any]) -> None:
    answer = _send(client, sign_up(client), "tariff.csv", (EXAMPLES / "tariff-tm-sample.csv").read_bytes())
    assert answer.status_code == 403
