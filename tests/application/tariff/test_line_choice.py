from datetime import date

import pytest

from application.tariff.line_choice import choose_line
from tests.application.tariff.tariff_world import line

REFRIGERATORS = [
    line("841810200", "Холодильники-морозильники двухкамерные бытовые", "Refrigerator-freezers, two-compartment"),
    line("841810400", "Холодильники-морозильники встраиваемые", "Refrigerator-freezers, built-in"),
    line("841810800", "Прочие холодильники-морозильники", "Other refrigerator-freezers"),
]
CARS = [line("870323190", "Автомобили легковые новые", "Motor cars, new"),
        line("870323900", "Автомобили легковые бывшие в употреблении", "Motor cars, used")]  # fmt: skip


def test_the_only_line_under_a_subheading_is_chosen() -> None:
    choice = choose_line("цемент М500", [line("252329000", "Портландцемент прочий")])

    assert choice.line is not None
    assert (choice.line.code, choice.reason) == ("252329000", "only line under 252329")


@pytest.mark.parametrize(
    ("description", "code", "word"),
    [
        ("Холодильник двухкамерный Samsung RB-30", "841810200", "'двухкамерные'"),
        ("Холодильник LG встраиваемый", "841810400", "'встраиваемые'"),
        ("Built-in fridge freezer Bosch", "841810400", "'built'"),
    ],
)
def test_the_line_whose_own_words_the_description_has_wins(description: str, code: str, word: str) -> None:
    choice = choose_line(description, REFRIGERATORS)

    assert choice.line is not None
    assert choice.line.code == code
    assert choice.reason.startswith(f"best match {word}")
    assert choice.reason.endswith("among 3 lines")


def test_words_every_line_shares_decide_nothing_so_the_residual_line_takes_the_rest() -> None:
    choice = choose_line("Холодильник-морозильник Beko", REFRIGERATORS)

    assert choice.line is not None
    assert choice.line.code == "841810800"
    assert choice.reason == "residual line: the description names none of the other 2"


@pytest.mark.parametrize(
    ("description", "code"),
    [("Toyota Camry 2.5 б/у 2018", "870323900"), ("Toyota Camry 2024, new", "870323190")],
)
def test_abbreviations_and_english_words_reach_the_attribute_of_the_line(description: str, code: str) -> None:
    choice = choose_line(description, CARS)

    assert choice.line is not None
    assert choice.line.code == code


def test_without_a_residual_line_an_undecided_description_chooses_nothing_and_says_why() -> None:
    choice = choose_line("Toyota Camry 2019", CARS)

    assert choice.line is None
    assert choice.reason == "the description names none of the 2 national lines under 870323"


def test_two_lines_that_fit_equally_are_not_guessed_between() -> None:
    flour = [line("110100110", "Мука из твердой пшеницы"), line("110100150", "Мука из мягкой пшеницы"),
             line("110100900", "Мука из меслина")]  # fmt: skip

    choice = choose_line("Мука пшеничная высший сорт", flour)

    assert choice.line is None
    assert choice.reason == "the description fits national lines 1101 00 110, 1101 00 150 equally"


def test_validity_is_not_this_functions_business_it_takes_the_lines_it_is_given() -> None:
    expired = line("841810100", "Холодильники двухкамерные", valid_to=date(2020, 1, 1))

    choice = choose_line("Холодильник", [expired])

    assert choice.line is expired


def test_a_declared_code_naming_a_line_in_force_decides_even_when_longer_than_the_line() -> None:
    choice = choose_line("Холодильник", REFRIGERATORS, declared="8418 10 400 1")

    assert choice.line is not None
    assert choice.line.code == "841810400"
    assert choice.reason == "declared by the supplier (8418 10 400 1), a line in force among 3"


def test_a_declared_code_of_no_line_leaves_the_choice_to_the_words() -> None:
    choice = choose_line("Холодильник двухкамерный", REFRIGERATORS, declared="8418109000")

    assert choice.line is not None
    assert choice.line.code == "841810200"


def test_an_other_line_counts_half_so_the_specific_line_wins_a_shared_attribute() -> None:
    trousers = [
        line("620342310", "Брюки мужские из джинсовой ткани", "Men's trousers of denim"),
        line("620342900", "Брюки мужские из прочей хлопчатобумажной ткани", "Men's trousers of other cotton fabric"),
    ]

    assert choose_line("Men's denim jeans, cotton", trousers).line is trousers[0]
    assert choose_line("Men's cotton chinos", trousers).line is trousers[1]


HOUSEHOLD = [
    line("841821100", "Холодильники бытовые встраиваемые", "Household refrigerators, built-in"),
    line("841821510", "Холодильники бытовые объемом более 340 л", "Household refrigerators, exceeding 340 l"),
    line("841821900", "Прочие холодильники бытовые объемом не более 340 л", "Other, not exceeding 340 l"),
]


@pytest.mark.parametrize(
    ("description", "code", "reason"),
    [
        ("Холодильник однокамерный 420 л", "841821510", "420 л rules out 'не более 340 л'; best match 'более 340 л'"),
        ("Fridge single door 250 l", "841821900", "250 l rules out 'более 340 л'; best match 'не более 340 л'"),
        ("Холодильник встраиваемый 250 л", "841821100", "250 л rules out 'более 340 л'; best match 'встраиваемые'"),
    ],
)
def test_a_stated_size_rules_out_the_lines_it_breaks_and_backs_the_ones_it_meets(
    description: str, code: str, reason: str
) -> None:
    choice = choose_line(description, HOUSEHOLD)

    assert choice.line is not None
    assert choice.line.code == code
    assert choice.reason.startswith(reason)


def test_a_foreign_suppliers_longer_or_shorter_code_does_not_choose_the_line() -> None:
    """A Turkish GTİP 8418.10.40.00.11 (12 digits) or an EU code 84181040 begin like a line only by chance."""
    for declared in ("8418.10.40.00.11", "84181040"):
        choice = choose_line("Холодильник двухкамерный", REFRIGERATORS, declared=declared)
        assert not choice.reason.startswith("declared by the supplier")


def test_a_residual_line_taken_for_a_description_sharing_no_word_with_the_tariff_is_to_be_checked() -> None:
    shoes = [line("640399910", "Обувь мужская с верхом из кожи"), line("640399990", "Обувь прочая с верхом из кожи")]

    choice = choose_line("Leather shoes", shoes)

    assert (choice.line, choice.to_check) == (shoes[1], True)
    assert choice.reason.endswith(
        "the description shares no word with the tariff's texts (ru), perhaps written in another language: "
        "check the line"
    )
    assert not choose_line("Обувь кожаная", shoes).to_check


def test_an_english_description_names_the_russian_line_for_men_or_women() -> None:
    shoes = [line("640399910", "Обувь мужская с верхом из кожи"), line("640399990", "Обувь прочая с верхом из кожи")]

    men = choose_line("Men's leather shoes", shoes)

    assert (men.line, men.to_check) == (shoes[0], False)
    assert choose_line("Women's leather boots", shoes).line == shoes[1]
