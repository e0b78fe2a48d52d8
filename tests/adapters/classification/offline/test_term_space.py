import numpy as np

from adapters.classification.offline.term_space import DIMENSIONS, MIN_PHRASES, fit_basis, project


def _unit(rows: int, seed: int) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(rows, 512)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_a_small_lexicon_keeps_the_full_space() -> None:
    vectors = _unit(MIN_PHRASES - 1, 1)

    basis = fit_basis(vectors)

    assert basis.size == 0
    np.testing.assert_array_equal(project(vectors, basis), vectors)


def test_a_large_lexicon_is_compared_in_fewer_dimensions_with_its_neighbours_kept() -> None:
    phrases = _unit(2 * MIN_PHRASES, 2)
    query = phrases[:5] + 0.05 * _unit(5, 3)  # near copies of the first five phrases

    basis = fit_basis(phrases)
    similarity = project(query, basis) @ project(phrases, basis).T

    assert basis.shape == (512, DIMENSIONS)
    np.testing.assert_allclose(np.linalg.norm(project(phrases, basis), axis=1), 1.0, rtol=1e-5)
    assert similarity.argmax(axis=1).tolist() == [0, 1, 2, 3, 4]
