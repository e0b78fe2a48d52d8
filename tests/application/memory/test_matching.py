from datetime import UTC, datetime

import pytest

from application.memory.matching import closest, similarity, typo_pair
from application.memory.normalise import memory_key
from application.memory.remembered import Remembered


def entry(description: str, hs6: str, day: int = 1) -> Remembered:
    key = memory_key(description).text
    return Remembered("acc-1", description, key, hs6, None, "broker", datetime(2026, 11, day, tzinfo=UTC))


@pytest.mark.parametrize(
    ("query", "remembered"),
    [
        ("notebok lenovo ideapad", "notebook lenovo ideapad"),  # a letter missing
        ("ntoebook lenovo", "notebook lenovo"),  # two letters swapped
        ("cotton shirts", "cotton shirt"),  # a letter added
        ("Monitr", "Monitor"),
    ],
)
def test_one_typo_in_one_word_is_a_near_duplicate(query: str, remembered: str) -> None:
    score = similarity(memory_key(query), memory_key(remembered))
    assert score is not None and 0.85 <= score < 1.0


def test_two_neighbouring_letters_swapped_in_a_short_word_are_a_typo() -> None:
    assert similarity(memory_key("LED almpa E14"), memory_key("LED lampa E14")) is not None
    assert similarity(memory_key("form A4"), memory_key("from A4")) is None  # four letters: other words


@pytest.mark.parametrize(
    ("query", "remembered"),
    [
        ("chain steel", "chair steel"),  # short words one letter apart are other goods
        ("women shirt", "men shirt"),
        ("cap", "cup"),
        ("notebook lenovo ideapad", "notebook lenovo"),  # a word more
        ("notebok lenvo", "notebook lenovo"),  # two typos
        ("notebuk dell", "notebook dell"),  # two letters off in one word
        ("cotton shirt", "Cotton T-shirt"),  # a hyphenated piece more is other goods, not a typo
        ("Cotton T-shirt", "cotton shirt"),
    ],
)
def test_anything_more_is_not(query: str, remembered: str) -> None:
    assert similarity(memory_key(query), memory_key(remembered)) is None


def test_the_same_key_is_similarity_one() -> None:
    assert similarity(memory_key("Tea green"), memory_key("green TEA 100 g")) == 1.0


def test_typo_pair_names_the_one_differing_word_of_each_side() -> None:
    assert typo_pair(memory_key("lenovo notebok"), memory_key("notebook lenovo")) == ("notebok", "notebook")
    assert typo_pair(memory_key("a b"), memory_key("c d")) is None


def test_closest_prefers_the_most_similar_then_the_latest() -> None:
    older, newer = entry("cotton shirts", "620520", day=1), entry("cotton shirts", "620530", day=5)
    far = entry("cotton shirtz", "999999")
    best = closest(memory_key("cotton shirt"), [far, older, newer])
    assert best is not None and best[0] is newer
    assert closest(memory_key("wool coat"), [older, newer]) is None
