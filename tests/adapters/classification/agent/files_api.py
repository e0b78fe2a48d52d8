"""A stand-in for OpenAI's Files and Vector Stores HTTP API, served through httpx2.MockTransport."""

import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import default

import httpx2
import openai

_ID = re.compile(r"/(vs|file|batch)_\d+")  # ids left out of the recorded calls


@dataclass
class StoredFile:
    filename: str
    content: bytes
    attributes: dict[str, object] = field(default_factory=dict)
    status: str = "completed"


class FilesApi:
    def __init__(self) -> None:
        self.stores: dict[str, str] = {}  # id -> name
        self.files: dict[str, StoredFile] = {}
        self.store_files: dict[str, dict[str, StoredFile]] = {}
        self.failing: set[str] = set()  # filename prefixes whose indexing fails
        self.calls: list[str] = []
        self._ids = itertools.count(1)

    def client(self) -> openai.OpenAI:
        transport = httpx2.MockTransport(self)
        return openai.OpenAI(api_key="sk-test", max_retries=0, http_client=httpx2.Client(transport=transport))

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        path = request.url.path.removeprefix("/v1")
        self.calls.append(request.method + " " + _ID.sub(r"/\1", path))
        for (method, pattern), handler in self._routes().items():
            match = re.fullmatch(pattern, path)
            if request.method == method and match:
                return handler(request, *match.groups())
        return httpx2.Response(404, json={"error": {"message": f"no route {path}"}})

    def _routes(self) -> dict[tuple[str, str], Callable[..., httpx2.Response]]:
        return {
            ("POST", "/vector_stores"): self._create_store,
            ("GET", r"/vector_stores/([^/]+)"): self._get_store,
            ("GET", r"/vector_stores/([^/]+)/files"): self._list_store_files,
            ("POST", r"/vector_stores/([^/]+)/file_batches"): self._create_batch,
            ("GET", r"/vector_stores/([^/]+)/file_batches/([^/]+)"): self._get_batch,
            ("DELETE", r"/vector_stores/([^/]+)/files/([^/]+)"): self._detach,
            ("POST", "/files"): self._upload,
            ("DELETE", r"/files/([^/]+)"): self._delete_file,
        }

    def _next(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids)}"

    def _create_store(self, request: httpx2.Request) -> httpx2.Response:
        store_id = self._next("vs")
        self.stores[store_id] = json.loads(request.content)["name"]
        self.store_files[store_id] = {}
        return httpx2.Response(200, json=self._store(store_id))

    def _get_store(self, request: httpx2.Request, store_id: str) -> httpx2.Response:
        if store_id not in self.stores:
            return httpx2.Response(404, json={"error": {"message": "No vector store found"}})
        return httpx2.Response(200, json=self._store(store_id))

    def _store(self, store_id: str) -> dict[str, object]:
        counts = {"cancelled": 0, "completed": 0, "failed": 0, "in_progress": 0, "total": 0}
        return {
            "id": store_id,
            "object": "vector_store",
            "created_at": 0,
            "name": self.stores[store_id],
            "status": "completed",
            "usage_bytes": 0,
            "file_counts": counts,
        }

    def _list_store_files(self, request: httpx2.Request, store_id: str) -> httpx2.Response:
        data = [self._store_file(store_id, file_id) for file_id in self.store_files[store_id]]
        first, last = (data[0]["id"], data[-1]["id"]) if data else (None, None)
        return httpx2.Response(
            200, json={"object": "list", "data": data, "first_id": first, "last_id": last, "has_more": False}
        )

    def _store_file(self, store_id: str, file_id: str) -> dict[str, object]:
        stored = self.store_files[store_id][file_id]
        return {
            "id": file_id,
            "object": "vector_store.file",
            "created_at": 0,
            "usage_bytes": len(stored.content),
            "vector_store_id": store_id,
            "status": stored.status,
            "attributes": stored.attributes,
        }

    def _upload(self, request: httpx2.Request) -> httpx2.Response:
        head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
        form = BytesParser(policy=default).parsebytes(head + request.content)
        file_id = self._next("file")
        for part in form.iter_parts():
            filename, payload = part.get_filename(), part.get_payload(decode=True)
            if filename and isinstance(payload, bytes):
                self.files[file_id] = StoredFile(filename, payload)
        stored = self.files[file_id]
        return httpx2.Response(
            200,
            json={
                "id": file_id,
                "object": "file",
                "bytes": len(stored.content),
                "created_at": 0,
                "filename": stored.filename,
                "purpose": "assistants",
                "status": "processed",
            },
        )

    def _create_batch(self, request: httpx2.Request, store_id: str) -> httpx2.Response:
        counts = {"cancelled": 0, "completed": 0, "failed": 0, "in_progress": 0, "total": 0}
        for entry in json.loads(request.content)["files"]:
            source = self.files[entry["file_id"]]
            failed = any(source.filename.startswith(prefix) for prefix in self.failing)
            self.store_files[store_id][entry["file_id"]] = StoredFile(
                source.filename, source.content, entry["attributes"], "failed" if failed else "completed"
            )
            counts["failed" if failed else "completed"] += 1
            counts["total"] += 1
        self._last_batch = {
            "id": self._next("batch"),
            "object": "vector_store.files_batch",
            "created_at": 0,
            "vector_store_id": store_id,
            "status": "completed",
            "file_counts": counts,
        }
        return httpx2.Response(200, json=self._last_batch)

    def _get_batch(self, request: httpx2.Request, store_id: str, batch_id: str) -> httpx2.Response:
        return httpx2.Response(200, json=self._last_batch)

    def _detach(self, request: httpx2.Request, store_id: str, file_id: str) -> httpx2.Response:
        del self.store_files[store_id][file_id]
        return httpx2.Response(200, json={"id": file_id, "object": "vector_store.file.deleted", "deleted": True})

    def _delete_file(self, request: httpx2.Request, file_id: str) -> httpx2.Response:
        del self.files[file_id]
        return httpx2.Response(200, json={"id": file_id, "object": "file", "deleted": True})

    def contents(self, store_id: str) -> dict[str, str]:
        """Group attribute -> text of the files in a store."""
        return {str(f.attributes["gumruk_group"]): f.content.decode() for f in self.store_files[store_id].values()}
