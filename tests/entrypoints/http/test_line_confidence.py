"""One figure per code on the review page: the trial's tea line (89 % confident, 99 % of the engine's support)
shows 89 % for its first code, and after the broker's correction the engine's code is what it had suggested."""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from dependency_injector import providers
from litestar.testing import TestClient
from tests.entrypoints.http.conftest import in_memory_container, sign_up
from tests.entrypoints.http.test_jobs_api import completed_job
from tests.entrypoints.http.test_review_codes import review

from application.ports.classifier import ClassificationRequest
from domain.classification.candidate import Candidate, Classification, Source


class TeaClassifier:
    """Every line: 0902.30 with 99 % of the support, calibrated to 89 %, so it needs review."""

    def classify(self, requests: Sequence[ClassificationRequest], top: int = 5) -> list[Classification]:
        shares = {"090230": 0.99, "090240": 0.008, "090210": 0.002}
        candidates = [Candidate(code, share, "tea", tariff_text=f"tea {code}") for code, share in shares.items()]
        return [Classification(list(candidates), Source.ENGINE, 0.89, needs_review=True) for _ in requests]


@pytest.fixture
def container(tmp_path: Path) -> Any:
    container = in_memory_container(tmp_path, trial_credits=50, max_upload_bytes=200_000, chunk_lines=4)
    container.classifier.override(providers.Object(TeaClassifier()))
    return container


def test_the_first_code_shows_the_line_confidence_and_the_others_stay_below_it(client: TestClient[Any]) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    line = client.get(f"/processing/jobs/{job_id}/lines", headers=headers).json()[0]
    assert (line["confidence"], line["needs_review"], line["suggested"]) == (0.89, True, None)
    first, *others = line["candidates"]
    assert (first["hs6"], first["confidence"], first["role"], first["score"]) == ("090230", 0.89, "chosen", 0.99)
    assert [(c["role"], c["confidence"]) for c in others] == [("alternative", 0.0072), ("alternative", 0.0018)]


def test_after_a_correction_the_code_is_the_brokers_and_the_engine_one_only_what_it_suggested(
    client: TestClient[Any],
) -> None:
    headers = sign_up(client)
    job_id = completed_job(client, headers)
    line = review(client, headers, job_id, 1, "0902.40")
    assert (line["chosen_code"], line["source"], line["needs_review"]) == ("090240", "review", False)
    roles = [(c["hs6"], c["role"], c["confidence"]) for c in line["candidates"]]
    assert roles == [("090240", "reviewed", None), ("090230", "suggested", None), ("090210", "alternative", None)]
    suggested = {"code": "090230", "hs6": "090230", "national_code": None, "confidence": 0.89, "source": "engine"}
    assert line["suggested"] == suggested
    assert client.get(f"/processing/jobs/{job_id}/lines", headers=headers).json()[0]["suggested"] == suggested

    again = review(client, headers, job_id, 1, "0902.10")  # a second thought keeps what the engine had said
    assert again["suggested"] == suggested
    assert [(c["hs6"], c["role"]) for c in again["candidates"]] == [
        ("090210", "reviewed"), ("090240", "alternative"), ("090230", "suggested")
    ]  # fmt: skip
