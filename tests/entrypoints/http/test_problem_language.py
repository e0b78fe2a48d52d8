"""A broken list's problems come back in the language the broker chose for the pages (the switch's cookie, or the
Accept-Language the pages' script sends), on the job, its socket and its lines; a request asking for none gets
the workers' English words, as API clients always did."""

from typing import Any

import msgspec
from litestar.testing import TestClient
from tests.entrypoints.http.conftest import sign_up, wait_for
from tests.entrypoints.http.test_websocket import token

from domain.goods.problems import RowProblem
from entrypoints.http.schemas.jobs import ProblemOut

# the unit price of the first line is no number, the net mass of the second is negative
BROKEN = (
    "Description,Quantity,Unit price,Amount USD,Net weight kg\nSteel bolts M8,100,abc,250,12\nCopper wire,5,2,10,-80"
)


def test_a_broken_lists_problems_come_back_in_russian_when_the_pages_are_in_russian(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    answer = client.post("/processing/upload", files={"file": ("invoice.csv", BROKEN.encode())}, headers=headers)
    job_id = answer.json()["job_id"]
    english = wait_for(client, headers, job_id)
    assert english["status"] == "FAILED"
    assert {(p["column"], p["reason"]) for p in english["problems"]} >= {
        ("Unit price", "'abc' is not a number (line 2 of the file)"),
        ("Net weight kg", "mass cannot be negative, found -80 (line 3 of the file)"),
    }

    client.get("/lang/ru")  # the language switch of the pages
    russian = client.get(f"/processing/jobs/{job_id}", headers=headers).json()
    assert {(p["row"], p["column"], p["reason"]) for p in russian["problems"]} >= {
        (1, "Unit price", "«abc» — не число (строка 2 файла)"),  # the supplier's header stays as written
        (2, "Net weight kg", "масса не может быть отрицательной, указано -80 (строка 3 файла)"),
    }
    no_units = "нет колонки единиц измерения; количества приняты в штуках (H87)"
    assert no_units in [p["reason"] for p in russian["problems"]]
    failure = "в списке товаров ошибок к исправлению: 2, предупреждений: 2"
    assert russian["failure_reason"] == failure
    with client.websocket_connect(f"/ws/jobs/{job_id}?token={token(headers)}") as socket:
        assert socket.receive_json(timeout=10)["message"] == failure

    client.cookies.clear()
    turkmen = client.get(f"/processing/jobs/{job_id}", headers={**headers, "Accept-Language": "tk"}).json()
    assert "«abc» san däl (faýlyň 2 belgili setiri)" in [p["reason"] for p in turkmen["problems"]]


def test_a_problem_of_a_list_of_several_sheets_says_its_row_on_its_sheet() -> None:
    """`row` keys the line in the whole list; the page names `sheet_row` on `sheet` (ADR 0034)."""
    problem = RowProblem(2, "Amount", "'x' is not a number (spreadsheet row 5 on sheet 'Лист2')").on_sheet("Лист2", 39)
    shown = msgspec.to_builtins(ProblemOut.of(problem, "ru"))
    assert (shown["row"], shown["sheet"], shown["sheet_row"]) == (41, "Лист2", 2)
    assert shown["reason"] == "«x» — не число (строка 5 на листе «Лист2»)"
    alone = msgspec.to_builtins(ProblemOut.of(RowProblem(3, None, "the description is empty")))
    assert (alone["row"], alone["sheet"], alone["sheet_row"]) == (3, None, None)
