"""Chinese and Arabic suppliers' lines meet the lexicon's phrases in their own languages, and their words for
material, gender and construction decide between siblings (lines written for these tests)."""

import pytest

from adapters.classification.offline import OfflineClassifier
from application.ports.classifier import ClassificationRequest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("line", "hs6", "phrase"),
    [
        ("电钻 800W", "846721", "电钻"),
        ("双门冰箱 220V 180L", "841810", "双门冰箱"),
        ("مكيف هواء سبليت 24000 وحدة", "841510", "مكيف سبليت"),
    ],
)
def test_a_line_is_classified_by_a_phrase_in_its_language(
    offline_classifier: OfflineClassifier, line: str, hs6: str, phrase: str
) -> None:
    (result,) = offline_classifier.classify([ClassificationRequest(line)])

    assert result.candidates[0].hs6 == hs6
    assert f"lexicon '{phrase}'" in result.candidates[0].rationale


def test_words_between_a_chinese_phrases_words_do_not_hide_it(offline_classifier: OfflineClassifier) -> None:
    (result,) = offline_classifier.classify([ClassificationRequest("女式长袖衬衫 真丝")])

    assert result.candidates[0].hs6 == "620610"  # women's blouses of silk
    assert "material: silk stated" in result.candidates[0].rationale
    assert "gender: women stated" in result.candidates[0].rationale


def test_arabic_material_and_gender_words_decide_the_subheading(offline_classifier: OfflineClassifier) -> None:
    (result,) = offline_classifier.classify([ClassificationRequest("قميص قطن رجالي كم طويل")])

    assert result.candidates[0].hs6 == "620520"  # men's shirts of cotton, woven
    assert "material: cotton stated" in result.candidates[0].rationale
