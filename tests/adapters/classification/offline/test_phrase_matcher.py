from adapters.classification.offline.knowledge import Term
from adapters.classification.offline.phrase_matcher import PhraseMatcher
from adapters.classification.offline.text import keys, marks, matching_keys, stems


def _term(text: str, code: str) -> Term:
    return Term(text, stems(text), keys(text), code, "test.csv:1", marks(text))


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


def test_a_phrase_with_a_number_needs_the_line_to_write_that_number() -> None:
    matcher = PhraseMatcher([_term("1460 boots", "640391"), _term("milk 3.2%", "040120")], idf=lambda _: 2.0)

    def codes(line: str) -> list[str]:
        return [hit.term.code for hit in matcher.hits(keys(line), marks=marks(line))]

    assert codes("boots everyday hand wash") == []
    assert codes("dr martens 1460 boots black") == ["640391"]
    assert codes("Молоко milk 3,2% 1 л") == ["040120"]  # a decimal comma is the same number


def test_a_phrase_with_a_lone_letter_needs_the_line_to_write_that_letter() -> None:
    matcher = PhraseMatcher(
        [_term("e liquid", "240412"), _term("b+w filter", "900220"), _term("кабель с изоляцией", "854449")],
        idf=lambda _: 2.0,
    )

    def codes(line: str) -> list[str]:
        return [hit.term.code for hit in matcher.hits(keys(line), marks=marks(line))]

    assert codes("washing up liquid 500ml") == []  # not "e liquid" shrunk to "liquid"
    assert codes("e liquid 10ml menthol") == ["240412"]
    assert codes("coffee filter papers") == []
    assert codes("b+w uv filter 58mm") == ["900220"]
    assert codes("кабель медный изоляцией пвх") == ["854449"]  # a Russian preposition is no mark


def test_a_denied_word_matches_only_a_phrase_that_denies_it_too() -> None:
    terms = [
        Term(text, stems(text), matching_keys(text), code, "test.csv:1", marks(text))
        for text, code in [("chocolate filled", "180631"), ("сгущенка без сахара", "040291"), ("сгущенка", "040299")]
    ]
    matcher = PhraseMatcher(terms, idf=lambda _: 2.0)

    assert matcher.hits(matching_keys("chocolate bar, not filled")) == []
    assert {hit.term.code for hit in matcher.hits(matching_keys("Сгущенка без сахара 380 г"))} == {"040291", "040299"}
    assert {hit.term.code for hit in matcher.hits(matching_keys("Сгущенка с сахаром"))} == {"040299"}


def test_a_phrase_repeating_a_word_needs_the_line_to_repeat_it() -> None:
    matcher = PhraseMatcher([_term("верх кожа подошва кожа", "640359")], idf=lambda _: 2.0)

    assert matcher.hits(keys("Ботинки, верх нат. кожа, подошва ТЭП")) == []
    assert [hit.term.code for hit in matcher.hits(keys("Ботинки, верх кожа, подошва кожа"))] == ["640359"]


def test_a_word_written_twice_is_taken_where_it_stands_with_the_phrase() -> None:
    matcher = PhraseMatcher([_term("video camera", "852589")], idf=lambda _: 2.0)

    (hit,) = matcher.hits(keys("video camera for a car, records video to a card"))

    assert hit.positions == (0, 1)


def test_a_russian_phrase_for_a_part_needs_the_part_named_before_what_it_serves() -> None:
    matcher = PhraseMatcher([_term("крестовина для офисного кресла", "940199")], idf=lambda _: 2.0)

    def codes(line: str) -> list[str]:
        return [hit.term.code for hit in matcher.hits(matching_keys(line))]

    assert codes("Крестовина хром для кресла офисного") == ["940199"]
    assert codes("Кресло офисное вращающееся, крестовина хром") == []  # a chair with a chromed base
