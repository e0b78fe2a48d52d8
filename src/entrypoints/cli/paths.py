"""The files a command reads and writes, checked before any work is done on them."""

import os
from collections.abc import Iterable
from pathlib import Path

from entrypoints.cli.exits import InputProblem

GUMRUKS_FOLDERS = ("files", "analytics")  # in the data folder: stored uploads and declarations, the read model
DATA_DIR_HELP = "Gumruk's data folder, whose imported national tariff is used (default: ./.gumruk, or GUMRUK_DATA_DIR)"


def readable_file(path: Path) -> Path:
    if path.is_dir():
        raise InputProblem(f"{path} is a folder, not a file")
    if not path.is_file():
        raise InputProblem(f"{path}: no such file")
    return path


def writable_file(path: Path, besides: Iterable[Path] = (), within: Path | None = None) -> Path:
    """Its folder exists (it is made now when missing) and may be written to; a folder itself is refused, and so is
    one of the files `besides` (the command's inputs and other outputs) or a file Gumruk keeps `within` its data
    folder (its database, key, stored files and analytics: any file there already, or anything in those folders)."""
    if path.is_dir():
        raise InputProblem(f"cannot write {path}: it is a folder; give a file name")
    for other in besides:
        if _same_file(path, other):
            raise InputProblem(f"cannot write {path}: the command reads or writes that file already ({other})")
    if within is not None and _kept_by_gumruk(path.resolve(), within.resolve()):
        raise InputProblem(f"cannot write {path}: Gumruk keeps its own files there, in its data folder {within}")
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputProblem(f"cannot write {path}: the folder {folder} cannot be made ({error.strerror})") from None
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise InputProblem(f"cannot write {path}: the folder {folder} is not writable")
    return path


def _same_file(path: Path, other: Path) -> bool:
    if path.exists() and other.exists():
        return path.samefile(other)
    return path.resolve() == other.resolve()


def _kept_by_gumruk(path: Path, data_folder: Path) -> bool:
    if not path.is_relative_to(data_folder):
        return False
    return path.exists() or path.relative_to(data_folder).parts[0] in GUMRUKS_FOLDERS
