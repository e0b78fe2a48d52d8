"""The real engine over the HS nomenclature and the shipped lexicon (lines written for these tests)."""

import pytest

from adapters.classification.offline import OfflineClassifier
from application.ports.classifier import ClassificationRequest

pytestmark = pytest.mark.slow

LINES = [
    ("waterproof mascara black 10 ml", "330420"),
    ("Шампунь для волос 400 мл", "330510"),
    ("Dodak pomadasy gyzyl", "330410"),
    ("men's 100% cotton crew neck t-shirt", "610910"),
    ("Холодильник двухкамерный 350 л", "841810"),
    ("women's leather handbag", "420221"),
    ("stainless steel cooking pot 5 l", "732393"),
    ("Erkek pagta futbolka", "610910"),
]


def test_typical_lines_in_three_languages_are_classified(offline_classifier: OfflineClassifier) -> None:
    results = offline_classifier.classify([ClassificationRequest(line) for line, _ in LINES])

    firsts = [result.candidates[0].hs6 for result in results]
    right = sum(first == hs6 for first, (_, hs6) in zip(firsts, LINES, strict=True))
    assert right >= len(LINES) - 1, list(zip(firsts, LINES, strict=True))
    assert all(hs6 in [c.hs6 for c in result.candidates] for result, (_, hs6) in zip(results, LINES, strict=True))


def test_candidates_are_ranked_scored_and_explained(offline_classifier: OfflineClassifier) -> None:
    (result,) = offline_classifier.classify([ClassificationRequest("waterproof mascara")], top=3)

    assert len(result.candidates) == 3
    scores = [candidate.score for candidate in result.candidates]
    assert scores == sorted(scores, reverse=True) and all(0.0 <= score <= 1.0 for score in scores)
    assert "mascara" in result.candidates[0].rationale
    assert result.candidates[0].tariff_text == "Cosmetic and toilet preparations; eye make-up"
    assert 0.0 <= result.confidence <= 1.0
    assert result.needs_review is (result.confidence < offline_classifier.auto_accept)


def test_a_line_without_its_deciding_attribute_gets_a_note(offline_classifier: OfflineClassifier) -> None:
    (result,) = offline_classifier.classify([ClassificationRequest("t-shirt")])

    assert result.candidates[0].hs6[:4] == "6109"
    assert "material not stated" in result.notes


def test_order_is_kept_and_an_empty_batch_gives_nothing(offline_classifier: OfflineClassifier) -> None:
    lines = ["Шампунь для волос", "laptop computer", "Шампунь для волос"]
    results = offline_classifier.classify([ClassificationRequest(line) for line in lines])

    assert results[0].candidates == results[2].candidates
    assert results[0].candidates[0].hs6 != results[1].candidates[0].hs6
    assert offline_classifier.classify([]) == []


def test_declared_codes_are_kept_or_noted(offline_classifier: OfflineClassifier) -> None:
    kept, missing = offline_classifier.classify(
        [ClassificationRequest("lipstick", "3304.10.0000"), ClassificationRequest("lipstick", "3304.77")]
    )

    assert kept.candidates[0].hs6 == "330410" and kept.source == "declared"
    assert missing.candidates[0].hs6 == "330410" and missing.source == "engine"
    assert "declared code 3304.77 does not exist" in missing.notes


def test_a_description_without_words_is_returned_for_review(offline_classifier: OfflineClassifier) -> None:
    empty, numbers, declared, wrong = offline_classifier.classify(
        [
            ClassificationRequest(""),
            ClassificationRequest("1234"),
            ClassificationRequest(" ", "3304.20"),
            ClassificationRequest(" ", "3304.77"),
        ]
    )

    assert empty.candidates == numbers.candidates == wrong.candidates == []
    assert empty.needs_review and empty.notes == ["description has no words to classify"]
    assert [candidate.hs6 for candidate in declared.candidates] == ["330420"]
    assert declared.source == "declared" and declared.needs_review
    assert "declared code 3304.77 does not exist" in wrong.notes


@pytest.mark.parametrize(
    ("line", "hs6"),
    [
        ("Gillette shaving gel 200ml", "330710"),  # "shaving gel" survives the dedupe; "200ml" is not the head
        ("Pantene conditioner 400ml", "330590"),  # the product type picks the subheading the brand's heading holds
        ("т/в Chanel 100 мл", "330300"),  # slash abbreviations are words
        ("womens t/shirt cotton l/s", "610910"),
        ("moistrsr 50ml", "330499"),  # abbreviated parcel text is read against the lexicon's words
        ("hydr crm 50ml", "330499"),
        ("primark mens cotton t shirt", "610910"),  # "t shirt" written apart
    ],
)
def test_parcel_lines_are_read_through_sizes_brands_and_shorthand(
    offline_classifier: OfflineClassifier, line: str, hs6: str
) -> None:
    (result,) = offline_classifier.classify([ClassificationRequest(line)])

    assert result.candidates[0].hs6 == hs6, result.candidates[0].rationale


@pytest.mark.parametrize(
    ("line", "hs6"),
    [
        ("Kadın bornozu %100 pamuk havlu", "620891"),  # Turkish names the goods first: a bathrobe, not a towel
        ("Soybean meal 46% protein, feed grade, bulk", "230400"),  # '46% protein' is what the meal holds
        ("Metal krowat iki adamlyk", "940320"),  # a bed's material decides, not the word 'bed'
        ("Caxap белый кристаллический", "170199"),  # sugar typed in Latin look-alike letters
        ("Цукор білий кристалічний, мішки 50 кг", "170199"),  # Ukrainian
        ("Трактар МТЗ-82.1", "870193"),  # Belarusian
    ],
)
def test_the_goods_a_line_names_first_decide_over_what_it_says_they_hold(
    offline_classifier: OfflineClassifier, line: str, hs6: str
) -> None:
    (result,) = offline_classifier.classify([ClassificationRequest(line)])

    assert result.candidates[0].hs6 == hs6, result.candidates[0].rationale
