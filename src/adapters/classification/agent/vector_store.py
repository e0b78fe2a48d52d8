"""`gumruk ai sync`: build or refresh the OpenAI vector store the agent searches."""

import logging
from collections.abc import Iterable

import openai
from openai.types import StaticFileChunkingStrategyObjectParam
from openai.types.vector_stores import file_batch_create_params

from adapters.classification.agent.knowledge_files import KnowledgeFile, knowledge_files

GROUP, DIGEST = "gumruk_group", "gumruk_digest"
_KEPT_STATUSES = frozenset({"completed", "in_progress"})
_log = logging.getLogger(__name__)


class VectorStoreSyncFailed(RuntimeError):
    """OpenAI could not index some of the uploaded knowledge files."""


def sync_vector_store(
    client: openai.OpenAI,
    documents: Iterable[tuple[str, str]],
    name: str,
    existing_id: str | None,
    chunk_tokens: int = 400,
) -> str:
    """Upload only the files whose content changed, then drop the ones replaced; returns the store id."""
    files = knowledge_files(documents)
    store_id = _store_id(client, name, existing_id)
    wanted = {(f.group, f.digest) for f in files}
    present: set[tuple[str, str]] = set()
    stale: list[tuple[str, bool]] = []  # (file id, uploaded by us)
    for stored in client.vector_stores.files.list(store_id):
        attributes = stored.attributes or {}
        key = (str(attributes.get(GROUP)), str(attributes.get(DIGEST)))
        if key in wanted and key not in present and stored.status in _KEPT_STATUSES:
            present.add(key)
        else:
            stale.append((stored.id, GROUP in attributes))
    fresh = [f for f in files if (f.group, f.digest) not in present]
    if fresh:
        _attach(client, store_id, fresh, chunk_tokens)
    for file_id, ours in stale:
        client.vector_stores.files.delete(file_id, vector_store_id=store_id)
        if ours:
            client.files.delete(file_id)
    _log.info(
        "vector store %s: %d files uploaded, %d removed, %d unchanged", store_id, len(fresh), len(stale), len(present)
    )
    return store_id


def _store_id(client: openai.OpenAI, name: str, existing_id: str | None) -> str:
    if existing_id:
        try:
            store = client.vector_stores.retrieve(existing_id)
        except openai.NotFoundError:
            _log.warning("vector store %s is gone, creating a new one", existing_id)
        else:
            if store.status != "expired":
                return store.id
    return client.vector_stores.create(name=name).id


def _attach(client: openai.OpenAI, store_id: str, files: list[KnowledgeFile], chunk_tokens: int) -> None:
    chunking: StaticFileChunkingStrategyObjectParam = {
        "type": "static",
        "static": {"max_chunk_size_tokens": chunk_tokens, "chunk_overlap_tokens": chunk_tokens // 4},
    }
    entries: list[file_batch_create_params.File] = []
    for file in files:
        uploaded = client.files.create(file=(file.filename, file.content, "text/markdown"), purpose="assistants")
        entries.append(
            {
                "file_id": uploaded.id,
                "attributes": {GROUP: file.group, DIGEST: file.digest},
                "chunking_strategy": chunking,
            }
        )
    batch = client.vector_stores.file_batches.create_and_poll(store_id, files=entries)
    if batch.file_counts.failed or batch.file_counts.cancelled:
        raise VectorStoreSyncFailed(
            f"vector store {store_id}: {batch.file_counts.failed} of {len(files)} knowledge files "
            "failed to index; run the sync again"
        )
