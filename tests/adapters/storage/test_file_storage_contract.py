"""One contract for every FileStorage: the in-memory twin, the local folder and S3 (moto over HTTP)."""

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from adapters.storage.in_memory import InMemoryFileStorage
from adapters.storage.local_disk import LocalDiskFileStorage
from adapters.storage.s3 import S3FileStorage
from application.ports.storage import FileStorage


@pytest.fixture(params=["in_memory", "local_disk", "s3"])
def storage(request: pytest.FixtureRequest, tmp_path: Path) -> FileStorage:
    makers: dict[str, Callable[[], FileStorage]] = {
        "in_memory": InMemoryFileStorage,
        "local_disk": lambda: LocalDiskFileStorage(tmp_path / "files"),
        "s3": lambda: _s3(request.getfixturevalue("moto_endpoint")),
    }
    return makers[request.param]()


def _s3(endpoint: str) -> S3FileStorage:
    storage = S3FileStorage(f"gumruk-{uuid.uuid4().hex[:10]}", endpoint_url=endpoint)
    storage.ensure_bucket()
    return storage


def test_what_is_put_comes_back_byte_for_byte(storage: FileStorage) -> None:
    data = bytes(range(256)) * 1000 + "Çaý, 100 г".encode()
    storage.put("uploads/acc-1/job-1/invoice.xlsx", data, "application/vnd.ms-excel")
    assert storage.get("uploads/acc-1/job-1/invoice.xlsx") == data


def test_a_missing_key_is_a_key_error_and_does_not_exist(storage: FileStorage) -> None:
    assert not storage.exists("jobs/nothing/declaration-1.xml")
    with pytest.raises(KeyError):
        storage.get("jobs/nothing/declaration-1.xml")


def test_putting_again_replaces_the_file(storage: FileStorage) -> None:
    storage.put("jobs/j1/report.csv", b"first")
    storage.put("jobs/j1/report.csv", b"second")
    assert storage.get("jobs/j1/report.csv") == b"second"
    assert storage.exists("jobs/j1/report.csv")


def test_keys_are_distinct_paths(storage: FileStorage) -> None:
    storage.put("jobs/j1/declaration-1.xml", b"<one/>")
    storage.put("jobs/j1/declaration-10.xml", b"<ten/>")
    assert storage.get("jobs/j1/declaration-1.xml") == b"<one/>"
    assert not storage.exists("jobs/j1/declaration")


def test_an_empty_file_is_stored_as_empty(storage: FileStorage) -> None:
    storage.put("uploads/a/b/empty.csv", b"")
    assert storage.exists("uploads/a/b/empty.csv")
    assert storage.get("uploads/a/b/empty.csv") == b""


def test_a_deleted_file_is_gone_and_the_files_beside_it_stay(storage: FileStorage) -> None:
    storage.put("uploads/acc-1/job-1/invoice.csv", b"one")
    storage.put("uploads/acc-1/job-10/invoice.csv", b"ten")
    storage.delete("uploads/acc-1/job-1/invoice.csv")
    assert not storage.exists("uploads/acc-1/job-1/invoice.csv")
    with pytest.raises(KeyError):
        storage.get("uploads/acc-1/job-1/invoice.csv")
    assert storage.get("uploads/acc-1/job-10/invoice.csv") == b"ten"


def test_deleting_what_is_not_stored_is_no_error_and_deletes_nothing(storage: FileStorage) -> None:
    storage.put("uploads/acc-1/job-1/invoice.csv", b"one")
    storage.delete("uploads/acc-1/job-2/invoice.csv")
    storage.delete("uploads/acc-1")  # a prefix of keys is no key
    assert storage.get("uploads/acc-1/job-1/invoice.csv") == b"one"
    storage.delete("uploads/acc-1/job-1/invoice.csv")
    storage.delete("uploads/acc-1/job-1/invoice.csv")  # twice: the same as once
    assert not storage.exists("uploads/acc-1/job-1/invoice.csv")


def test_the_local_folder_deletes_nothing_outside_it(tmp_path: Path) -> None:
    outside = tmp_path / "outside.csv"
    outside.write_bytes(b"not ours")
    with pytest.raises(KeyError):
        LocalDiskFileStorage(tmp_path / "files").delete("../outside.csv")
    assert outside.read_bytes() == b"not ours"


def test_ensure_bucket_is_idempotent(moto_endpoint: str) -> None:
    storage = _s3(moto_endpoint)
    storage.ensure_bucket()
    storage.put("k", b"v")
    assert storage.get("k") == b"v"
