import pytest

from adapters.classification.nomenclature.hs_nomenclature import Subheading
from adapters.classification.offline.knowledge import Term
from adapters.classification.offline.parts_codes import parts_of
from adapters.classification.offline.phrase_matcher import PhraseMatcher
from adapters.classification.offline.phrase_strength import (
    ACCESSORY,
    ACROSS_COMMA,
    NOT_HEAD,
    SCATTERED,
    SUBSUMED,
    strengths,
)
from adapters.classification.offline.text import keys, marks, stems


def _strengths(line: str, *phrases: tuple[str, str], branded: bool = False) -> dict[str, float]:
    matcher = PhraseMatcher(
        [Term(text, stems(text), keys(text), code, "t.csv:1", marks(text)) for text, code in phrases], lambda _: 6
    )
    hits = matcher.hits(keys(line), marks=marks(line))
    return {hit.term.text: strength for hit, strength in zip(hits, strengths(line, hits, branded), strict=True)}


def test_a_phrase_naming_the_head_noun_is_stronger_than_one_naming_a_qualifier() -> None:
    on_pipe = _strengths("tobacco pipe", ("pipe tobacco", "240319"))
    on_tobacco = _strengths("pipe tobacco", ("pipe tobacco", "240319"))

    assert on_pipe["pipe tobacco"] < on_tobacco["pipe tobacco"]  # same words, but the phrase's own head is tobacco


def test_russian_phrases_need_only_contain_the_head() -> None:
    found = _strengths("Футболка хлопковая", ("хлопковая футболка", "610910"))

    assert found["хлопковая футболка"] == 12 / (12 + 5)


def test_raw_produce_next_to_an_unknown_word_is_a_flavour() -> None:
    plain = _strengths("strawberry", ("strawberry", "081010"))
    branded = _strengths("strawberry", ("strawberry", "081010"), branded=True)

    assert branded["strawberry"] < plain["strawberry"] / 2


def test_a_lone_word_that_other_trades_phrases_use_counts_less() -> None:
    plain = _strengths("ball", ("ball", "950662"), ("golf ball", "950632"))
    shared = _strengths("ball", ("ball", "950662"), ("bath balls", "330730"))

    assert shared["ball"] < plain["ball"]  # "golf ball" is the same chapter, "bath balls" another


def test_a_phrase_with_a_mark_is_not_a_lone_word() -> None:
    found = _strengths("e liquid", ("e liquid", "240412"), ("liquid soap", "340130"), ("liquid paraffin", "271019"))

    assert found["e liquid"] == _strengths("e liquid", ("e liquid", "240412"))["e liquid"]


def test_a_phrase_whose_words_lie_far_apart_counts_less() -> None:
    close = _strengths("Ткань х/б крашеная", ("ткань крашеная", "5208"))
    apart = _strengths("Ткань бязь х/б 220 см крашеная", ("ткань крашеная", "5208"))

    assert close["ткань крашеная"] == 12 / (12 + 5)  # one word between: still one thing
    assert apart["ткань крашеная"] == 0.7 * close["ткань крашеная"]


def test_a_phrase_whose_words_stand_on_both_sides_of_a_comma_counts_less() -> None:
    together = _strengths("Çekiç 500 g agaç", ("agaç çekiç", "441700"))
    across = _strengths("Çekiç 500 g, agaç sapy bilen", ("agaç çekiç", "441700"))

    assert across["agaç çekiç"] == pytest.approx(ACROSS_COMMA * together["agaç çekiç"])  # a hammer, wooden handle


def test_a_phrase_inside_a_longer_one_for_other_goods_counts_less() -> None:
    alone = _strengths("Kir ýuwujy poroşok", ("kir ýuwujy", "845011"))
    inside = _strengths("Kir ýuwujy poroşok", ("kir ýuwujy", "845011"), ("kir ýuwujy poroşok", "340250"))
    apart = _strengths("Laptop Core i7 16GB RAM", ("laptop", "847130"), ("laptop ram", "847330"))

    assert inside["kir ýuwujy"] == 0.5 * alone["kir ýuwujy"]
    assert (
        inside["kir ýuwujy poroşok"]
        == _strengths("Kir ýuwujy poroşok", ("kir ýuwujy poroşok", "340250"))["kir ýuwujy poroşok"]
    )
    assert apart["laptop"] == _strengths("Laptop Core i7 16GB RAM", ("laptop", "847130"))["laptop"]


def test_what_a_line_names_after_with_is_an_accessory_of_the_goods_before_it() -> None:
    found = _strengths("Cordless drill with 2 batteries", ("cordless drill", "846721"), ("battery", "850760"))
    alone = _strengths("Spare batteries", ("cordless drill", "846721"), ("battery", "850760"))

    assert found["battery"] <= alone["battery"] * ACCESSORY
    assert found["battery"] < found["cordless drill"] / 2
    russian = _strengths("Дрель аккумуляторная с двумя аккумуляторами", ("дрель", "846721"), ("аккумулятор", "850760"))
    assert russian["аккумулятор"] < russian["дрель"]


def test_with_names_the_goods_when_nothing_comes_before_it() -> None:
    found = _strengths("With love mug", ("mug", "691200"))
    plain = _strengths("mug", ("mug", "691200"))

    assert found["mug"] == plain["mug"]


def test_a_phrase_writing_the_goods_as_what_its_own_head_belongs_to_names_a_part_of_them() -> None:
    sofa_bed = _strengths(
        "Диван-кровать раскладной, каркас деревянный",
        ("каркас дивана деревянный", "940191"),
        ("диван-кровать", "940141"),
    )
    shoes = _strengths("Aýal aýakgaby, ýokarsy tebigy deriden", ("aýakgabyň ýokarsy", "640610"))

    assert sofa_bed["каркас дивана деревянный"] == pytest.approx(
        NOT_HEAD * SCATTERED * ACROSS_COMMA * 18 / (18 + 5)
    )  # a sofa's frame, named after the comma
    assert sofa_bed["диван-кровать"] == 12 / (12 + 5)
    assert shoes["aýakgabyň ýokarsy"] == pytest.approx(NOT_HEAD * ACROSS_COMMA * 12 / (12 + 5))  # a shoe's upper


def test_the_goods_in_another_number_or_after_an_adjective_are_still_the_goods() -> None:
    chairs = _strengths("Кресла офисные", ("офисное кресло", "940139"))

    assert chairs["офисное кресло"] == 12 / (12 + 5)


def test_what_follows_a_turkic_bilen_is_no_accessory() -> None:
    written_with = _strengths("Bolt gaýkasy bilen, sinklenen polat", ("sinklenen polat", "7318"))
    written_without = _strengths("Bolt gaýkasy, sinklenen polat", ("sinklenen polat", "7318"))

    assert written_with["sinklenen polat"] == written_without["sinklenen polat"]


def test_a_part_of_the_goods_the_line_names_counts_less() -> None:
    chair = ("Кресло офисное, газлифт", ("кресло офисное", "940139"), ("газлифт", "940199"))
    parts = {"940199": frozenset({"9401"})}
    matcher = PhraseMatcher(
        [Term(text, stems(text), keys(text), code, "t.csv:1", marks(text)) for text, code in chair[1:]], lambda _: 6
    )
    hits = matcher.hits(keys(chair[0]), marks=marks(chair[0]))
    plain = dict(zip([hit.term.text for hit in hits], strengths(chair[0], hits, False), strict=True))
    told = dict(zip([hit.term.text for hit in hits], strengths(chair[0], hits, False, parts), strict=True))

    assert told["газлифт"] == plain["газлифт"] * SUBSUMED  # a chair's gas lift, on a line naming the chair
    assert told["кресло офисное"] == plain["кресло офисное"]


def test_subheadings_of_parts_name_the_headings_they_serve() -> None:
    seats = Subheading("940199", "Seats; parts, other than of wood", "", "", "")
    machines = Subheading("847330", "Machinery; parts and accessories of the machines of heading no. 8471", "", "", "")
    brakes = Subheading("870830", "Vehicle parts; brakes, servo-brakes and parts thereof", "", "", "")

    assert parts_of([seats, machines, brakes]) == {"940199": {"9401"}, "847330": {"8473", "8471"}}
