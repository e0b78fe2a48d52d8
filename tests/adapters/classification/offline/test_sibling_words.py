import pytest

from adapters.classification.nomenclature.hs_nomenclature import Subheading
from adapters.classification.offline import OfflineClassifier
from adapters.classification.offline.sibling_words import SiblingWords
from application.ports.classifier import ClassificationRequest

HEADING = "Women's or girls' suits, ensembles, jackets, dresses, skirts, trousers"
SUBHEADINGS = [
    Subheading("620413", "Suits; women's or girls', of synthetic fibres", HEADING, "Apparel", "Textiles"),
    Subheading("620433", "Jackets and blazers; women's or girls', of synthetic fibres", HEADING, "Apparel", "Textiles"),
    Subheading("620463", "Trousers and shorts; women's or girls', of synthetic fibres", HEADING, "Apparel", "Textiles"),
    Subheading("640411", "Footwear; sports footwear, with outer soles of rubber", "Footwear", "Footwear", "Footwear"),
]


def test_only_the_words_that_tell_siblings_apart_count() -> None:
    siblings = SiblingWords(SUBHEADINGS)

    (row,) = siblings.signal([("women", "trouser", "synthet")]).tolist()

    assert row == [0.0, 0.0, 1.0, 0.0]  # "women" and "synthetic" are in every sibling; a lone subheading has none


def test_a_line_naming_no_distinguishing_word_lifts_nothing() -> None:
    assert SiblingWords(SUBHEADINGS).signal([("ladi", "velvet")]).tolist() == [[0.0] * 4]


@pytest.mark.parametrize(
    ("line", "hs6"),
    [
        ("ladies trousers", "620463"),  # the lexicon names only heading 6204; the tariff text names the trousers
        ("ladies wool cape, knitted", "610210"),  # "knitted" outweighs the phrase "wool cape" (woven 6202)
    ],
)
def test_the_subheading_the_line_names_wins_within_its_heading(
    offline_classifier: OfflineClassifier, line: str, hs6: str
) -> None:
    (result,) = offline_classifier.classify([ClassificationRequest(line)])

    assert result.candidates[0].hs6 == hs6, result.candidates[0].rationale
