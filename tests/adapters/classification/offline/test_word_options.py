import pytest

from adapters.classification.offline.initials import acronyms
from adapters.classification.offline.knowledge import Term
from adapters.classification.offline.phrase_matcher import PhraseMatcher
from adapters.classification.offline.text import keys, stems
from adapters.classification.offline.word_options import COMPOUND_HEAD, POSSESSIVE, WordOptions, readings

WORDS = ["hydrating", "hydraulic", "cream", "charm", "moisturiser", "trainer", "necklace", "lipstick", "lip"]


def _term(text: str, code: str) -> Term:
    return Term(text, stems(text), keys(text), code, "test.csv:1")


def test_shortened_and_misspelt_words_get_readings_with_qualities() -> None:
    options = WordOptions(WORDS)

    assert {word for word, _ in options.options("hydr", False)} == {"hydraulic", "hydrating"}  # cut short
    assert dict(options.options("crm", False))["cream"] > dict(options.options("crm", False))["charm"]  # skeleton
    assert [word for word, _ in options.options("trainner", False)] == ["trainer"]  # one slip
    assert [word for word, _ in options.options("neckalce", False)] == ["necklace"]  # two letters swapped
    assert all(0 < quality < 1 for _, quality in options.options("moistrsr", False))


def test_a_known_word_is_only_read_as_cut_short() -> None:
    options = WordOptions(WORDS)

    assert [word for word, _ in options.options("lip", True)] == ["lipstick"]
    assert options.options("lipstic", True) == (("lipstick", options.options("lipstic", True)[0][1]),)


def test_a_whole_word_is_no_rarer_compound_cut_short() -> None:
    options = WordOptions(["aluminium", "aluminium", "aluminium", "aluminiumblech", "profile"])

    assert options.options("aluminium", True) == ()
    assert [word for word, _ in options.options("alumin", False)] == ["aluminium", "aluminiumblech"]


def test_an_unknown_compound_is_read_as_its_last_part() -> None:
    options = WordOptions(["pumpe", "schrauben", "kühlschrank"])

    assert options.compound_head("kreiselpumpe") == (("pumpe", COMPOUND_HEAD),)
    assert options.compound_head("sechskantschrauben") == (("schrauben", COMPOUND_HEAD),)
    assert options.compound_head("einbaukühlschrank") == (("kühlschrank", COMPOUND_HEAD),)
    assert options.compound_head("pumpen") == ()  # no known word of five letters or more ends it
    assert options.compound_head("насоспумпе") == ()  # Latin script only: Russian endings are grammar
    assert [word for word, _ in readings(keys("kreiselpumpe 5 kw"), options, lambda _: False, False)[0]] == ["pumpe"]


def test_only_unknown_words_and_a_cut_last_word_are_read() -> None:
    options = WordOptions(WORDS)
    line = keys("hydr crm lip")

    assert set(readings(line, options, known=lambda _: False, cut=False)) == {0, 1}
    assert set(readings(line, options, known=lambda _: False, cut=True)) == {0, 1, 2}


def test_a_phrase_matches_through_readings_at_lower_weight() -> None:
    matcher = PhraseMatcher([_term("hydrating cream", "330499"), _term("hydraulic pump", "841320")], lambda _: 2.0)
    line = keys("hydr crm")

    (hit,) = matcher.hits(line, readings(line, WordOptions(WORDS), known=lambda _: False, cut=False))

    assert hit.term.code == "330499" and not hit.exact and 2.0 < hit.weight < 4.0


def test_vowelless_shorthand_and_rare_beginnings_of_common_words_are_read() -> None:
    # "crm" is a phrase word itself ("relaxer crm"), "hydr" a piece of a brand ("hydr8"): both still read
    words = ["crm", "hydr", "cream", *["hydrating"] * 10, "relaxer"]
    (hydr, crm) = sorted(readings(("hydr", "crm"), WordOptions(words), known=lambda _: True, cut=False).items())

    assert ("hydrating", pytest.approx(0.45 + 0.4 * 4 / 9)) in hydr[1]
    assert "cream" in dict(crm[1])


def test_a_misspelling_whose_stem_is_a_word_is_read_as_the_phrase_word_of_that_stem() -> None:
    options = WordOptions(["bearing", "ball", "jemper", "wal"])

    (read,) = readings(keys("ball bearring"), options, known=lambda _: True, cut=False).values()

    assert [word for word, _ in read] == ["bearing"]  # "bearring" stems to "bear", a word the index knows


def test_a_turkmen_noun_with_its_possessive_vowel_is_read_as_the_noun() -> None:
    options = WordOptions(["jemper", "wal"])
    line = keys("zenan jemperi, tirsekli waly")

    assert readings(line, options, known=lambda _: True, cut=False, turkmen=True) == {
        1: (("jemper", POSSESSIVE),),
        3: (("wal", POSSESSIVE),),
    }
    assert readings(line, options, known=lambda _: True, cut=False) == {}  # not in an English line ("salty")


def test_a_skeleton_keeping_a_vowel_must_keep_every_consonant() -> None:
    options = WordOptions(["fiorelli", "follow", "shampoo"])

    assert "fiorelli" not in dict(options.options("foll", False))  # "r" dropped while "o" kept: no skeleton
    assert "follow" in dict(options.options("foll", False))  # cut short
    assert "shampoo" in dict(options.options("shmp", False))  # no vowel kept: consonants may be few


def test_shorthand_in_an_english_line_is_not_read_as_a_turkmen_word() -> None:
    options = WordOptions(["ruckalar", "rucksack"])

    assert readings(("ruc",), options, known=lambda _: False, cut=False, turkmen_words=frozenset({"ruckalar"})) == {
        0: (("rucksack", pytest.approx(0.6)),)
    }
    in_turkmen = readings(("ruc",), options, known=lambda _: False, cut=False, turkmen=True)
    assert [word for word, _ in in_turkmen[0]] == ["ruckalar", "rucksack"]


def test_capitals_in_a_line_written_in_lower_case_are_initials_and_read_as_nothing() -> None:
    options = WordOptions(WORDS)
    line = "Moisturiser CRM Olmaliq"

    assert acronyms(line) == {"crm"}
    assert acronyms("MOISTURISER CRM 50ML") == set()  # a line all in capitals may write shorthand so
    assert 1 in readings(keys(line), options, lambda _: False, cut=False)
    assert 1 not in readings(keys(line), options, lambda _: False, cut=False, initials=acronyms(line))
