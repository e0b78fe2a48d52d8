from pathlib import Path

from adapters.classification.nomenclature.hs_nomenclature import Subheading
from adapters.classification.offline.knowledge_cache import knowledge_for
from adapters.classification.offline.lexicon import Lexicon, LexiconEntry

SHAVING = Subheading("330710", "Pre-shave, shaving or after-shave preparations", "Shaving preparations", "Oils", "VI")
LEXICON = Lexicon((LexiconEntry("330710", ("shaving gel", "gillette 3 blade gel"), "", "test.csv:2"),), "x")


def test_the_knowledge_is_built_once_and_then_read_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "knowledge-key.msgpack"

    built = knowledge_for([SHAVING], LEXICON, path)
    read = knowledge_for([SHAVING], Lexicon((), "x"), path)  # the cached file answers, not this empty lexicon

    assert path.is_file()
    assert read == built
    assert read.terms[1].marks == frozenset({"3"})


def test_an_unreadable_cache_file_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "knowledge-key.msgpack"
    path.write_bytes(b"not msgpack")

    knowledge = knowledge_for([SHAVING], LEXICON, path)

    assert [term.text for term in knowledge.terms] == ["shaving gel", "gillette 3 blade gel"]
    assert knowledge_for([SHAVING], Lexicon((), "x"), path) == knowledge
