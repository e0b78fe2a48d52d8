import pytest

from application.memory.compounds import compound_keys, one_form
from application.memory.normalise import memory_key, memory_words


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Washing machine Front loading 7kg", "Washing machine Front-loading 7 kg"),
        ("Washing machine Front loading 7kg", "washing machine frontloading"),
        ("front loading washing machine", "Washing machine, frontloading"),  # the pieces in order, not the words
        ("T shirt cotton", "T-shirt cotton"),
        ("Ready to wear dress", "ready-to-wear dress"),
        ("Lunch box", "lunchbox"),
    ],
)
def test_a_word_written_split_is_one_form_with_it_joined_or_hyphenated(first: str, second: str) -> None:
    assert one_form(memory_words(first), memory_words(second))
    assert one_form(memory_words(second), memory_words(first))
    assert memory_key(first) in compound_keys(memory_words(second)) or memory_key(second) in compound_keys(
        memory_words(first)
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Box lunch", "lunchbox"),  # the pieces in another order spell another word
        ("T shirt cotton", "tshirt cotton"),  # a one-letter piece only where the hyphen says so
        ("shirt cotton", "T-shirt cotton"),  # a piece less is other goods
        ("front loading washing machine", "frontloading machine"),  # and a word less too
        ("front loading", "front loading"),  # the same words: not a compound form (the exact key finds them)
    ],
)
def test_anything_else_is_not(first: str, second: str) -> None:
    assert not one_form(memory_words(first), memory_words(second))
    assert not one_form(memory_words(second), memory_words(first))


def test_compound_keys_join_neighbours_and_split_words_leaving_two_letters_a_side() -> None:
    texts = {key.text for key in compound_keys(memory_words("front loading machine"))}
    assert {"frontloading machine", "front loadingmachine", "frontloadingmachine", "fr loading machine ont"} <= texts
    assert "f loading machine ront" not in texts
    assert "front loading machine" not in texts
