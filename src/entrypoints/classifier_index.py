"""The offline classifier as Gumruk runs it: it says once, before a long index build starts, where and why."""

import sys
import threading
from collections.abc import Callable
from pathlib import Path

from adapters.classification.nomenclature.hs_nomenclature import HsNomenclature
from adapters.classification.offline.engine import AUTO_ACCEPT, OfflineClassifier
from adapters.classification.offline.engine_index import cache_key
from adapters.classification.offline.lexicon import DEFAULT_LEXICON_DIR, load_lexicon
from adapters.classification.offline.loading import Startup, index_file

FIRST_RUN = "first run"
BUILDING = "the classifier is building its index (first start, a few minutes); the lines are classified then"
LOADING = "the classifier is loading its index (about 15 s; on the first start it builds it: a few minutes)"
INPUTS_CHANGED = "the engine, lexicon or nomenclature changed since the cached index"


def index_build_reason(
    cache_dir: Path, nomenclature: HsNomenclature, lexicon_dir: Path = DEFAULT_LEXICON_DIR
) -> str | None:
    """None when the index for these inputs is cached; else why it must be built."""
    if (cache_dir / index_file(cache_key(nomenclature.version, load_lexicon(lexicon_dir).fingerprint))).is_file():
        return None
    return INPUTS_CHANGED if any(cache_dir.glob("offline-index-*.npz")) else FIRST_RUN


def build_notice(cache_dir: Path, reason: str) -> str:
    """`building the classifier index in ~/.cache/gumruk (first run, about 2 minutes, more under load)...`"""
    home = Path.home()
    shown = f"~/{cache_dir.relative_to(home)}" if cache_dir.is_relative_to(home) and cache_dir != home else cache_dir
    return f"building the classifier index in {shown} ({reason}, about 2 minutes, more under load)..."


def _to_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class AnnouncingOfflineClassifier(OfflineClassifier):
    """The offline engine; the first time it gets ready, it says whether it builds its index (minutes)."""

    def __init__(
        self,
        cache_dir: Path,
        *,
        nomenclature: HsNomenclature,
        auto_accept: float = AUTO_ACCEPT,
        announce: Callable[[str], None] = _to_stderr,
    ) -> None:
        super().__init__(cache_dir, nomenclature=nomenclature, auto_accept=auto_accept)
        self._index_dir = cache_dir
        self._index_inputs = nomenclature
        self._announce = announce
        self._checked = False
        self._building = False
        self._check_lock = threading.Lock()

    def waiting_for(self) -> str | None:
        """None once the index is ready; else whether it is being built (minutes) or loaded."""
        if self.ready:
            return None
        return BUILDING if self._building else LOADING

    def warm_up(self) -> Startup:
        with self._check_lock:
            if not self._checked:
                self._checked = True
                reason = index_build_reason(self._index_dir, self._index_inputs)
                if reason is not None:
                    self._building = True
                    self._announce(build_notice(self._index_dir, reason))
        return super().warm_up()
