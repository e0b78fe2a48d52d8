import pytest

from adapters.classification.nomenclature.hs_nomenclature import Subheading
from adapters.classification.offline import OfflineClassifier
from adapters.classification.offline.evidence import goods_stems
from adapters.classification.offline.knowledge import Term
from adapters.classification.offline.sibling_words import SiblingWords
from adapters.classification.offline.text import keys, stems
from application.ports.classifier import ClassificationRequest

HEADING = "Women's or girls' suits, ensembles, jackets, dresses, skirts, trousers"
SUBHEADINGS = [
    Subheading("620413", "Suits; women's or girls', of synthetic fibres", HEADING, "Apparel", "Textiles"),
    Subheading("620433", "Jackets and blazers; women's or girls', of synthetic fibres", HEADING, "Apparel", "Textiles"),
    Subheading("620463", "Trousers and shorts; women's or girls', of synthetic fibres", HEADING, "Apparel", "Textiles"),
    Subheading("640411", "Footwear; sports footwear, with outer soles of rubber", "Footwear", "Footwear", "Footwear"),
]


def _term(text: str, code: str) -> Term:
    return Term(text, stems(text), keys(text), code, "test.csv:1")


def test_only_the_words_that_tell_siblings_apart_count() -> None:
    siblings = SiblingWords(SUBHEADINGS)

    (row,) = siblings.signal([("women", "trouser", "synthet")]).tolist()

    assert row == [0.0, 0.0, 1.0, 0.0]  # "women" and "synthetic" are in every sibling; a lone subheading has none


def test_phrases_filed_under_a_subheading_name_its_group_in_other_languages() -> None:
    dresses = [
        Subheading(code, f"{goods}; women's or girls', of {fibre} fibres, knitted", HEADING, "Apparel", "Textiles")
        for code, goods, fibre in [
            ("610443", "Dresses", "synthetic"),
            ("610444", "Dresses", "artificial"),
            ("610463", "Trousers", "synthetic"),
        ]
    ]
    terms = [_term("платье трикотажное", "610443"), _term("платье из вискозы", "610444"), _term("пижама", "610463")]

    (row,) = SiblingWords(dresses, terms).signal([goods_stems("Платье женское трикотажное, полиэстер")]).tolist()

    assert row[:2] == [1.0, 1.0]  # the dresses of every fibre; the attribute rules pick the fibre
    assert row[2] == 0.0  # "трикотажное" names an attribute, and "пижама" was written once only


def test_a_line_naming_no_distinguishing_word_lifts_nothing() -> None:
    assert SiblingWords(SUBHEADINGS).signal([("ladi", "velvet")]).tolist() == [[0.0] * 4]


@pytest.mark.parametrize(
    ("line", "hs6"),
    [
        ("ladies trousers", "620463"),  # the lexicon names only heading 6204; the tariff text names the trousers
        ("ladies wool cape, knitted", "610210"),  # "knitted" outweighs the phrase "wool cape" (woven 6202)
        ("Aýal köýnegi, trikotaž, poliester", "610443"),  # a dress in Turkmen: the lexicon's dresses name it
    ],
)
def test_the_subheading_the_line_names_wins_within_its_heading(
    offline_classifier: OfflineClassifier, line: str, hs6: str
) -> None:
    (result,) = offline_classifier.classify([ClassificationRequest(line)])

    assert result.candidates[0].hs6 == hs6, result.candidates[0].rationale
