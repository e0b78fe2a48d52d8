"""One offline classifier per test session, its index in the run's shared cache directory."""

from pathlib import Path

import pytest

from adapters.classification.offline import OfflineClassifier


@pytest.fixture(scope="session")
def offline_classifier(index_cache_dir: Path) -> OfflineClassifier:
    classifier = OfflineClassifier(cache_dir=index_cache_dir)
    classifier.warm_up()
    return classifier
