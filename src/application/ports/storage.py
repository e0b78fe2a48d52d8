from typing import Protocol


class FileStorage(Protocol):
    """Where uploaded product lists and generated declarations live (S3, or a folder when embedded)."""

    def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None: ...

    def get(self, key: str) -> bytes:
        """Raises KeyError when nothing is stored under `key`."""
        ...

    def exists(self, key: str) -> bool: ...
