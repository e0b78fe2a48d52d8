import numpy as np

from adapters.classification.offline.char_grams import CharGramIndex, trigrams

PHRASES = ["moisturising cream", "body lotion", "shampoo", "hair conditioner", "şampun"]


def nearest(index: CharGramIndex, line: str) -> tuple[int, float]:
    columns, similarity = index.close(line, 0.0)
    best = int(similarity.argmax())
    return int(columns[best]), float(similarity[best])


def test_trigrams_are_padded_per_word() -> None:
    assert trigrams("gel") == {" ge": 1, "gel": 1, "el ": 1}


def test_spelling_variants_meet_their_phrase() -> None:
    index = CharGramIndex.build(PHRASES)

    found = [nearest(index, line) for line in ["moisturizing creme", "bodylotion", "şampuny"]]

    assert [column for column, _ in found] == [0, 1, 4]
    assert all(0.0 < similarity <= 1.0 + 1e-6 for _, similarity in found)


def test_only_phrases_reaching_the_floor_are_close() -> None:
    index = CharGramIndex.build(PHRASES)
    _, everything = index.close("hair condtioner", 0.0)

    columns, similarity = index.close("hair condtioner", 0.5)

    assert columns.tolist() == [3]
    assert similarity[0] == everything.max() >= 0.5


def test_the_index_survives_its_arrays() -> None:
    index = CharGramIndex.build(PHRASES)

    again = CharGramIndex.from_arrays(index.arrays())

    for left, right in zip(again.close("hair condtioner", 0.1), index.close("hair condtioner", 0.1), strict=True):
        np.testing.assert_allclose(left, right)


def test_an_empty_lexicon_has_no_close_phrase() -> None:
    columns, similarity = CharGramIndex.build([]).close("shampoo", 0.0)

    assert len(columns) == len(similarity) == 0


def test_a_reordered_index_gives_the_same_phrases_under_their_new_columns() -> None:
    index = CharGramIndex.build(PHRASES)
    order = np.array([4, 2, 0, 1, 3])

    columns, similarity = index.reordered(order).close("shampo", 0.1)
    original, expected = index.close("shampo", 0.1)

    assert sorted(zip(order[columns].tolist(), similarity.tolist(), strict=True)) == sorted(
        zip(original.tolist(), expected.tolist(), strict=True)
    )
