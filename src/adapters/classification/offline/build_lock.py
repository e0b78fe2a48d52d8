"""One index build at a time per cache folder: a process starting while another builds waits for that index instead
of building its own (minutes of both cores each; a web app and a worker often start together)."""

import fcntl
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)


@contextmanager
def one_build_at_a_time(cache_dir: Path | None) -> Iterator[None]:
    """Holds an exclusive lock on the cache folder's lock file; without a folder, or one that cannot be written,
    nothing is shared and nothing is locked."""
    if cache_dir is None:
        yield
        return
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        handle = (cache_dir / "index-build.lock").open("a")
    except OSError as error:
        log.warning("index cache %s cannot be locked (%s); building without waiting for others", cache_dir, error)
        yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
