import os
import tempfile
from pathlib import Path


class LocalDiskFileStorage:
    """Files under one folder, for the embedded mode; keys are relative paths that may not escape it."""

    def __init__(self, root: Path) -> None:
        self._root = root.resolve()
        self._root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        path = (self._root / key).resolve()
        if not path.is_relative_to(self._root):
            raise KeyError(f"storage key escapes the storage folder: {key!r}")
        return path

    def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        """Written to a temporary file and renamed, so a reader never sees half a file."""
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".part-")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)

    def get(self, key: str) -> bytes:
        path = self._path(key)
        if not path.is_file():
            raise KeyError(key)
        return path.read_bytes()

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def delete(self, key: str) -> None:
        """The file only: a key naming a folder deletes nothing, and emptied folders are left (a `put` may be
        writing into one at the same moment)."""
        path = self._path(key)
        if path.is_file():
            path.unlink(missing_ok=True)
