import numpy as np

from adapters.classification.offline.char_grams import CharGramIndex, trigrams

PHRASES = ["moisturising cream", "body lotion", "shampoo", "hair conditioner", "şampun"]


def test_trigrams_are_padded_per_word() -> None:
    assert trigrams("gel") == {" ge": 1, "gel": 1, "el ": 1}


def test_spelling_variants_meet_their_phrase() -> None:
    index = CharGramIndex.build(PHRASES)

    similarity = index.similarity(["moisturizing creme", "bodylotion", "şampuny"])

    assert similarity.argmax(axis=1).tolist() == [0, 1, 4]
    assert similarity.max() <= 1.0 + 1e-6


def test_the_index_survives_its_arrays() -> None:
    index = CharGramIndex.build(PHRASES)

    again = CharGramIndex.from_arrays(index.arrays())

    np.testing.assert_allclose(again.similarity(["hair condtioner"]), index.similarity(["hair condtioner"]))


def test_an_empty_lexicon_gives_no_similarity() -> None:
    assert CharGramIndex.build([]).similarity(["shampoo"]).shape == (1, 0)


def test_a_reordered_index_gives_the_same_columns_in_the_new_order() -> None:
    index = CharGramIndex.build(PHRASES)
    order = np.array([4, 2, 0, 1, 3])

    np.testing.assert_allclose(index.reordered(order).similarity(["shampo"]), index.similarity(["shampo"])[:, order])
