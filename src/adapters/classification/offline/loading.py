"""Build the engine's index, or load it from the on-disk cache when the inputs have not changed."""

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from adapters.classification.nomenclature.hs_nomenclature import HsNomenclature
from adapters.classification.offline.attribute_rules import AttributeRules
from adapters.classification.offline.build_lock import one_build_at_a_time
from adapters.classification.offline.calibration import Calibration
from adapters.classification.offline.calibration_fit import fit_calibration, read_labelled
from adapters.classification.offline.chinese_words import segmenter
from adapters.classification.offline.embedding_store import EmbeddingStore
from adapters.classification.offline.engine_index import EngineIndex, cache_key
from adapters.classification.offline.knowledge import Knowledge
from adapters.classification.offline.knowledge_cache import knowledge_for
from adapters.classification.offline.lexicon import load_lexicon
from adapters.classification.offline.ranking import Ranker
from adapters.classification.offline.semantic_index import Encoder
from adapters.classification.offline.tariff_values import TariffValues, tariff_value_table

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Startup:
    """How the engine got ready: built from scratch (cold) or loaded from the cache (warm)."""

    seconds: float
    from_cache: bool
    index_path: Path | None
    subheadings: int
    lexicon_terms: int
    lexicon_skipped: tuple[str, ...]
    calibration: Calibration


def index_file(key: str) -> str:
    """The name the index for one `cache_key` is cached under."""
    return f"offline-index-{key}.npz"


def start(nomenclature: HsNomenclature, lexicon_dir: Path, cache_dir: Path | None) -> tuple[Ranker, Startup]:
    """Cold: build the index and fit the calibration, then cache both. Warm: load them. Either way the
    embedding model is loaded, so the first lines classified do not wait for it."""
    began = time.perf_counter()
    lexicon = load_lexicon(lexicon_dir)
    key = cache_key(nomenclature.version, lexicon.fingerprint)
    path = None if cache_dir is None else cache_dir / index_file(key)
    knowledge_path = None if cache_dir is None else cache_dir / f"knowledge-{key}.msgpack"
    knowledge = knowledge_for(nomenclature.subheadings, lexicon, knowledge_path)
    encoder = Encoder()
    ranker, index, from_cache = _loaded_or_built(nomenclature, knowledge, encoder, cache_dir, path)
    encoder.encode(["warm-up"])  # loads the model now, not on the first line to classify
    segmenter()  # and jieba's dictionary, not on the first Chinese line
    startup = Startup(
        calibration=index.calibration,
        seconds=time.perf_counter() - began,
        from_cache=from_cache,
        index_path=path,
        subheadings=len(knowledge.subheadings),
        lexicon_terms=len(knowledge.terms),
        lexicon_skipped=lexicon.skipped,
    )
    log.info("offline classifier ready in %.1f s (%s)", startup.seconds, "cache" if from_cache else "built")
    return ranker, startup


def _loaded_or_built(
    nomenclature: HsNomenclature, knowledge: Knowledge, encoder: Encoder, cache_dir: Path | None, path: Path | None
) -> tuple[Ranker, EngineIndex, bool]:
    """The cached index (True), else one built and cached under the folder's build lock (False): a process that
    waited there for another's build loads that one."""
    index = _cached(path)
    if index is None:
        with one_build_at_a_time(cache_dir):
            index = _cached(path)
            if index is None:
                return *_built(nomenclature, knowledge, encoder, cache_dir, path), False
    return Ranker(knowledge, index, encoder, _rules(nomenclature, knowledge, index)), index, True


def _built(
    nomenclature: HsNomenclature, knowledge: Knowledge, encoder: Encoder, cache_dir: Path | None, path: Path | None
) -> tuple[Ranker, EngineIndex]:
    index = EngineIndex.build(knowledge, EmbeddingStore(encoder, cache_dir))
    tariff_texts = [nomenclature.tariff_text(code) or "" for code in knowledge.codes]
    index = index.with_tariff_values(tariff_value_table(tariff_texts))
    ranker = Ranker(knowledge, index, encoder, _rules(nomenclature, knowledge, index))
    index = index.calibrated(fit_calibration(ranker, read_labelled()))
    if path is not None:
        index.save(path)
        _prune(path)
    return ranker, index


def _rules(nomenclature: HsNomenclature, knowledge: Knowledge, index: EngineIndex) -> AttributeRules:
    read = TariffValues(knowledge.codes, index.tariff_values)
    return AttributeRules(lambda code: nomenclature.tariff_text(code) or "", read)


def _cached(path: Path | None) -> EngineIndex | None:
    """The cached index, or None when there is none or it cannot be read (it is then rebuilt)."""
    if path is None or not path.is_file():
        return None
    try:
        return EngineIndex.load(path)
    except (OSError, KeyError, ValueError) as error:
        log.warning("index cache %s unreadable (%s); rebuilding", path, error)
        return None


def _prune(kept: Path) -> None:
    """Older indexes and knowledge files (another lexicon, another engine version) are dead weight in the cache."""
    key = kept.stem.removeprefix("offline-index-")
    for pattern, current in (("offline-index-*.npz", kept.name), ("knowledge-*.msgpack", f"knowledge-{key}.msgpack")):
        for stale in kept.parent.glob(pattern):
            if stale.name != current:
                stale.unlink(missing_ok=True)
