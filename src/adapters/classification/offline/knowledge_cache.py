"""The joined knowledge on disk: reading 96,000 phrases into keys and stems takes seconds, loading them 0.3 s."""

import logging
import os
import tempfile
from pathlib import Path

import msgspec

from adapters.classification.nomenclature.hs_nomenclature import Subheading
from adapters.classification.offline.knowledge import Knowledge, Term, build_knowledge
from adapters.classification.offline.lexicon import Lexicon

log = logging.getLogger(__name__)


class _Stored(msgspec.Struct, array_like=True):
    terms: list[tuple[str, list[str], list[str], str, str, list[str]]]
    phrase_words: list[str]
    turkmen_words: list[str]


def knowledge_for(subheadings: list[Subheading], lexicon: Lexicon, path: Path | None) -> Knowledge:
    """The knowledge cached at `path` (its name carries the cache key), else built and cached there."""
    if path is not None and path.is_file():
        try:
            stored = msgspec.msgpack.decode(path.read_bytes(), type=_Stored)
            terms = tuple(Term(t[0], tuple(t[1]), tuple(t[2]), t[3], t[4], frozenset(t[5])) for t in stored.terms)
            return Knowledge(tuple(subheadings), terms, tuple(stored.phrase_words), frozenset(stored.turkmen_words))
        except (OSError, msgspec.DecodeError, IndexError) as error:
            log.warning("knowledge cache %s unreadable (%s); rebuilding", path, error)
    knowledge = build_knowledge(subheadings, lexicon)
    if path is not None:
        _store(knowledge, path)
    return knowledge


def _store(knowledge: Knowledge, path: Path) -> None:
    """Written whole or not at all (a worker starting meanwhile never reads half a file); a read-only cache
    folder only costs the next start the build."""
    rows = [(t.text, list(t.stems), list(t.keys), t.code, t.origin, sorted(t.marks)) for t in knowledge.terms]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".part", delete=False) as part:
            stored = _Stored(rows, list(knowledge.phrase_words), sorted(knowledge.turkmen_words))
            part.write(msgspec.msgpack.encode(stored))
        os.replace(part.name, path)
    except OSError as error:
        log.warning("knowledge cache %s not written (%s)", path, error)
