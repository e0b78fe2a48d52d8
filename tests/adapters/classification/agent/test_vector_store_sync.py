import pytest

from adapters.classification.agent.vector_store import VectorStoreSyncFailed, sync_vector_store

from .files_api import FilesApi

DOCUMENTS = [
    ("847130", "Portable automatic data processing machines, weighing not more than 10 kg"),
    ("8471300000", "Turkmenistan: portable machines"),
    ("851712", "Telephones for cellular networks"),
    ("640399", "Other footwear, uppers of leather"),
]


def test_a_first_sync_creates_the_store_with_one_file_per_chapter() -> None:
    api = FilesApi()

    store_id = sync_vector_store(api.client(), DOCUMENTS, "gumruk-knowledge", None)

    assert api.stores == {store_id: "gumruk-knowledge"}
    contents = api.contents(store_id)
    assert sorted(contents) == ["64", "84", "85"]
    assert contents["84"] == (
        "## 847130\nPortable automatic data processing machines, weighing not more than 10 kg\n\n"
        "## 8471300000\nTurkmenistan: portable machines"
    )
    filenames = sorted(f.filename for f in api.store_files[store_id].values())
    assert all(name.startswith(f"gumruk-{group}-") for name, group in zip(filenames, ["64", "84", "85"], strict=True))


def test_syncing_the_same_documents_again_uploads_nothing() -> None:
    api = FilesApi()
    store_id = sync_vector_store(api.client(), DOCUMENTS, "gumruk-knowledge", None)
    api.calls.clear()

    again = sync_vector_store(api.client(), reversed(DOCUMENTS), "gumruk-knowledge", store_id)

    assert again == store_id
    assert api.calls == ["GET /vector_stores/vs", "GET /vector_stores/vs/files"]


def test_a_changed_chapter_replaces_only_its_file_and_a_dropped_chapter_goes() -> None:
    api = FilesApi()
    store_id = sync_vector_store(api.client(), DOCUMENTS, "gumruk-knowledge", None)
    before = dict(api.store_files[store_id])
    changed = [*DOCUMENTS[:2], ("851712", "Smartphones and other telephones for cellular networks")]

    sync_vector_store(api.client(), changed, "gumruk-knowledge", store_id)

    contents = api.contents(store_id)
    assert contents["85"] == "## 851712\nSmartphones and other telephones for cellular networks"
    assert sorted(contents) == ["84", "85"]
    kept = [file_id for file_id in before if file_id in api.store_files[store_id]]
    assert [before[file_id].attributes["gumruk_group"] for file_id in kept] == ["84"]
    assert len(api.files) == 2  # replaced uploads are deleted, not only detached


def test_a_vanished_store_is_created_again() -> None:
    api = FilesApi()

    store_id = sync_vector_store(api.client(), DOCUMENTS, "gumruk-knowledge", "vs_gone")

    assert store_id != "vs_gone"
    assert sorted(api.contents(store_id)) == ["64", "84", "85"]


def test_a_file_that_fails_to_index_is_reported_then_uploaded_again_next_time() -> None:
    api = FilesApi()
    api.failing.add("gumruk-64-")

    with pytest.raises(VectorStoreSyncFailed, match="1 of 3 knowledge files failed to index"):
        sync_vector_store(api.client(), DOCUMENTS, "gumruk-knowledge", None)
    [store_id] = api.stores
    api.failing.clear()

    sync_vector_store(api.client(), DOCUMENTS, "gumruk-knowledge", store_id)

    assert {f.status for f in api.store_files[store_id].values()} == {"completed"}
    assert sorted(api.contents(store_id)) == ["64", "84", "85"]
