from adapters.classification.nomenclature.hs_nomenclature import Subheading
from adapters.classification.offline.knowledge import build_knowledge
from adapters.classification.offline.lexicon import Lexicon, LexiconEntry

SHAVING = Subheading("330710", "Pre-shave, shaving or after-shave preparations", "Shaving preparations", "Oils", "VI")


def test_phrases_sharing_stems_but_not_matching_keys_are_both_kept() -> None:
    lexicon = Lexicon((LexiconEntry("330710", ("shave gel", "shaving gel", "shave gels"), "", "test.csv:2"),), "x")

    knowledge = build_knowledge([SHAVING], lexicon)

    assert [term.text for term in knowledge.terms] == ["shave gel", "shaving gel"]  # "shave gels" = "shave gel"
    assert knowledge.documents()[0].count("gel") == 1  # BM25 counts the shared stems once


def test_a_turkmen_phrase_is_also_kept_as_typed_without_its_letters() -> None:
    lexicon = Lexicon((LexiconEntry("330710", ("syrdyrma ýagy", "kremi"), "", "test.csv:2"),), "x")

    texts = [term.text for term in build_knowledge([SHAVING], lexicon).terms]

    assert texts == ["syrdyrma ýagy", "syrdyrma yagy", "kremi"]  # stemmed as Turkmen, and as a plain line is


def test_phrases_naming_an_unknown_code_are_left_out() -> None:
    lexicon = Lexicon((LexiconEntry("330799", ("shave gel",), "", "test.csv:2"),), "x")

    assert build_knowledge([SHAVING], lexicon).terms == ()


def test_the_nec_subheading_of_a_heading_with_several_is_residual() -> None:
    subheadings = [
        Subheading("330410", "Cosmetic and toilet preparations; lip make-up", "Make-up", "Oils", "VI"),
        Subheading("330499", "Cosmetic and toilet preparations; n.e.c. in heading no. 3304", "Make-up", "Oils", "VI"),
        Subheading("330300", "Perfumes and toilet waters", "Perfumes", "Oils", "VI"),
    ]

    assert build_knowledge(subheadings, Lexicon((), "x")).residual() == [False, True, False]


def test_a_garment_of_unstated_fibre_defaults_to_synthetic_fibres_not_to_other_textiles() -> None:
    def skirt(code: str, fibre: str) -> Subheading:
        return Subheading(code, f"Skirts; women's or girls', {fibre} (not knitted or crocheted)", "6204", "62", "XI")

    subheadings = [
        skirt("620452", "of cotton"),
        skirt("620453", "of synthetic fibres"),
        skirt("620459", "of textile materials (other than wool, cotton or synthetic fibres) n.e.c."),
    ]

    assert build_knowledge(subheadings, Lexicon((), "x")).residual() == [False, True, False]


def test_a_garment_heading_that_does_not_split_by_fibre_keeps_its_nec_subheading() -> None:
    subheadings = [
        Subheading("621040", "Garments; men's or boys', n.e.c. in heading no. 6210", "6210", "62", "XI"),
        Subheading("621010", "Garments; made up of fabrics of heading no. 5602 or 5603", "6210", "62", "XI"),
    ]

    assert build_knowledge(subheadings, Lexicon((), "x")).residual() == [True, False]
