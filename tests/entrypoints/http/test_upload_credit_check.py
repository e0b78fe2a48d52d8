"""The credit check at upload reads a workbook only when the balance may be short: a covered one is read once, by
the job; a short one is still refused with 402 and what it needs."""

from pathlib import Path
from typing import Any

from dependency_injector import providers
from litestar.testing import TestClient
from tests.entrypoints.http.conftest import EXAMPLES, GatedSteps, in_memory_container, sign_up

from adapters.reading import PolarsProductListReader
from entrypoints.http.app import create_app


class CountingReader(PolarsProductListReader):
    """The real reader, counting the times a file is read through."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def read_chunks(self, *args: Any, **kwargs: Any) -> Any:
        self.reads += 1
        return super().read_chunks(*args, **kwargs)


def _upload_workbook(tmp_path: Path, credits: int) -> tuple[Any, int]:
    """The answer to uploading the English example workbook, and how many times it was read by then."""
    container = in_memory_container(tmp_path, trial_credits=credits)
    reader = CountingReader()
    container.reader.override(providers.Object(reader))
    gated = GatedSteps(container.pipeline_steps())
    gated.gate.clear()  # the job does not read the file while the test looks
    container.pipeline_steps.override(providers.Object(gated))
    with TestClient(create_app(container)) as client:
        data = (EXAMPLES / "invoice-en.xlsx").read_bytes()
        headers = sign_up(client)
        answer = client.post("/processing/upload", files={"file": ("en.xlsx", data)}, headers=headers)
        reads = reader.reads
        gated.gate.set()
    return answer, reads


def test_a_workbook_the_balance_covers_is_not_read_at_upload(tmp_path: Path) -> None:
    answer, reads = _upload_workbook(tmp_path, credits=50)  # the sheet has 22 rows
    assert answer.status_code == 201, answer.text
    assert reads == 0


def test_a_workbook_the_balance_may_not_cover_is_read_and_refused_when_short(tmp_path: Path) -> None:
    answer, reads = _upload_workbook(tmp_path, credits=5)  # 12 distinct lines
    assert answer.status_code == 402, answer.text
    assert (answer.json()["balance"], answer.json()["required"]) == (5, 12)
    assert reads == 1
