"""The files a command reads and writes, checked before any work is done on them."""

import os
from pathlib import Path

from entrypoints.cli.exits import InputProblem

DATA_DIR_HELP = "Gumruk's data folder, whose imported national tariff is used (default: ./.gumruk, or GUMRUK_DATA_DIR)"


def readable_file(path: Path) -> Path:
    if path.is_dir():
        raise InputProblem(f"{path} is a folder, not a file")
    if not path.is_file():
        raise InputProblem(f"{path}: no such file")
    return path


def writable_file(path: Path) -> Path:
    """Its folder exists (it is made now when missing) and may be written to; a folder itself is refused."""
    if path.is_dir():
        raise InputProblem(f"cannot write {path}: it is a folder; give a file name")
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputProblem(f"cannot write {path}: the folder {folder} cannot be made ({error.strerror})") from None
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise InputProblem(f"cannot write {path}: the folder {folder} is not writable")
    return path
