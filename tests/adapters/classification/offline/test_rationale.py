from adapters.classification.offline.knowledge import Term
from adapters.classification.offline.phrase_matcher import PhraseHit
from adapters.classification.offline.rationale import rationale
from adapters.classification.offline.text import keys, stems

EYE = "Cosmetic and toilet preparations; eye make-up"


def _hit(text: str, code: str) -> PhraseHit:
    return PhraseHit(Term(text, stems(text), keys(text), code, "cosmetics.csv:5"), 6.0, (0,))


def test_the_lexicon_phrase_its_code_and_its_row_are_quoted() -> None:
    reason = rationale("330420", "waterproof mascara", EYE, [_hit("mascara", "330420")], 0.4, [])

    assert reason == "lexicon 'mascara' -> 3304.20 (cosmetics.csv:5)"


def test_words_shared_with_the_tariff_text_and_attribute_reasons_follow() -> None:
    reason = rationale("330420", "eye make-up remover", EYE, [], 0.4, ["material: cotton stated"])

    assert reason == "tariff words: eye, make; material: cotton stated"


def test_a_heading_phrase_counts_for_its_subheadings_and_others_are_not_quoted() -> None:
    hits = [_hit("cosmetics", "3304"), _hit("shampoo", "330510")]

    assert rationale("330420", "cosmetics", EYE, hits, 0.4, []).startswith("lexicon 'cosmetics' -> 3304 ")


def test_without_shared_words_the_similarity_is_given() -> None:
    assert rationale("330420", "zzz", EYE, [], 0.42, []) == "similar in meaning to the tariff text (0.42)"
