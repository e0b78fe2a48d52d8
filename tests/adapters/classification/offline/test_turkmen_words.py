from adapters.classification.nomenclature.hs_nomenclature import Subheading
from adapters.classification.offline import OfflineClassifier
from adapters.classification.offline.knowledge import build_knowledge
from adapters.classification.offline.lexicon import Lexicon, LexiconEntry
from adapters.classification.offline.text import keys_as_plain
from application.ports.classifier import ClassificationRequest

PENS = Subheading("960810", "Ball point pens", "Ball point pens; felt tipped pens", "Miscellaneous", "XX")
SOAP = Subheading("340111", "Soap for toilet use", "Soap", "Soap, washing preparations", "VI")


def _turkmen_words(*entries: LexiconEntry) -> frozenset[str]:
    return build_knowledge([PENS, SOAP], Lexicon(entries, "x")).turkmen_words


def test_a_word_written_with_a_turkmen_letter_is_turkmen_also_where_typed_without_it() -> None:
    found = _turkmen_words(
        LexiconEntry("960810", ("ballpoint pens", "ruçkalar"), "", "a.csv:2"),
        LexiconEntry("960810", ("gok ruckalary",), "", "b.csv:2"),  # typed plain, in a row of its own
    )

    assert {"ruckalar", "ruckalary"} <= found
    assert "ballpoint" not in found


def test_a_brand_or_tariff_word_inside_a_turkmen_phrase_stays_everyones() -> None:
    found = _turkmen_words(
        LexiconEntry("340111", ("palmolive sabyn", "sabyn", "palmolive soap"), "", "a.csv:2"),
        LexiconEntry("340111", ("toilet soap", "tualet sabyny", "tualet ýuwujy sabyn"), "", "a.csv:3"),
    )

    assert "palmolive" not in found  # the English phrase writes it too
    assert "toilet" not in found and "soap" not in found
    assert "yuwujy" in found  # written "ýuwujy"
    assert "tualet" not in found  # a plain phrase writes it too, and nothing there says Turkmen


def test_a_turkmen_line_matches_a_lexicon_phrase_typed_without_turkmen_letters(
    offline_classifier: OfflineClassifier,
) -> None:
    """The line's "ý" makes its words Turkmen stems ("kreslo"); the phrase "ofis kreslosy" keeps its ending."""
    (result,) = offline_classifier.classify(
        [ClassificationRequest("Ofis kreslosy aýlanýan, beýikligi sazlanýan, metal esasly")]
    )

    assert keys_as_plain("Ofis kreslosy aýlanýan") == ("ofis", "kreslosy", "aylanyan")
    assert result.candidates[0].hs6 == "940139", result.candidates[0].rationale
    assert "ofis kreslosy" in result.candidates[0].rationale
