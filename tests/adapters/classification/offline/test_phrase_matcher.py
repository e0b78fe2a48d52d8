from adapters.classification.offline.knowledge import Term
from adapters.classification.offline.phrase_matcher import PhraseMatcher
from adapters.classification.offline.text import keys, stems


def _term(text: str, code: str) -> Term:
    return Term(text, stems(text), keys(text), code, "test.csv:1")


def test_a_phrase_matches_when_all_its_words_occur_in_any_order() -> None:
    matcher = PhraseMatcher([_term("hair dryer", "851631"), _term("hair spray", "330530")], idf=lambda _: 2.0)

    hits = matcher.hits(stems("Dryer for hair, 2000 W"))

    assert [(hit.term.code, hit.weight, list(hit.positions)) for hit in hits] == [("851631", 4.0, [1, 0])]


def test_a_phrase_missing_a_word_does_not_match() -> None:
    matcher = PhraseMatcher([_term("hair dryer", "851631")], idf=lambda _: 2.0)

    assert matcher.hits(stems("hair brush")) == []


def test_pack_words_add_no_weight_and_alone_are_no_hit() -> None:
    matcher = PhraseMatcher([_term("knife set", "821191"), _term("gift set", "330300")], idf=lambda _: 2.0)

    hits = matcher.hits(keys("kitchen knife gift set"))

    assert [(hit.term.code, hit.weight) for hit in hits] == [("821191", 2.0)]
