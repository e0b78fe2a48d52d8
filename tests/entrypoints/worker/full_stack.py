"""The full stack in a test: PostgreSQL, Redis (broker and pub/sub) and S3 (moto), wired from GUMRUK_* as
`gumruk serve` and `gumruk worker` wire them; API and workers get separate containers, as separate processes do."""

from pathlib import Path
from typing import Any

import pytest
from dependency_injector import providers

from adapters.persistence.migrations import upgrade_database
from entrypoints.container import Container
from tests.application.fakes import KeywordClassifier


def full_stack_environment(
    monkeypatch: pytest.MonkeyPatch, database_url: str, redis_url: str, s3_endpoint: str, **extra: str
) -> None:
    values = {
        "GUMRUK_DATABASE_URL": database_url, "GUMRUK_REDIS_URL": redis_url, "GUMRUK_S3_BUCKET": "gumruk-test",
        "GUMRUK_S3_ENDPOINT_URL": s3_endpoint, "GUMRUK_SECRET_KEY": "a test secret shared by the API processes",
        "GUMRUK_TRIAL_CREDITS": "50", **extra,
    }  # fmt: skip
    for name, value in values.items():
        monkeypatch.setenv(name, value)


def service_container(data_dir: Path, classifier: Any = None) -> Any:
    container = Container.for_service(data_dir)
    container.classifier.override(providers.Object(classifier or KeywordClassifier()))
    upgrade_database(container.settings().database_url)
    return container
