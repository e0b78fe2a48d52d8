from typing import Protocol


class FileStorage(Protocol):
    """Where uploaded product lists and generated declarations live (S3, or a folder when embedded)."""

    def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None: ...

    def get(self, key: str) -> bytes:
        """Raises KeyError when nothing is stored under `key`."""
        ...

    def exists(self, key: str) -> bool: ...

    def delete(self, key: str) -> None:
        """Nothing is stored under `key` afterwards; nothing stored there already is no error (deleting twice is
        deleting once). Only that key: a key that is a prefix of others deletes none of them."""
        ...
