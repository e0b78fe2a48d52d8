"""While the offline engine builds its index (minutes on the first start), it says so; once ready, nothing."""

import threading
from pathlib import Path

import pytest

from adapters.classification.nomenclature.hs_nomenclature import HsNomenclature
from adapters.classification.offline import engine
from entrypoints.classifier_index import BUILDING, LOADING, AnnouncingOfflineClassifier


def test_waiting_for_says_building_during_a_first_build_and_nothing_once_ready(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, finish = threading.Event(), threading.Event()

    def slow_build(nomenclature, lexicon_dir, cache_dir):  # type: ignore[no-untyped-def]
        started.set()
        finish.wait(10)
        return object(), object()

    monkeypatch.setattr(engine, "start", slow_build)
    classifier = AnnouncingOfflineClassifier(tmp_path, nomenclature=HsNomenclature(), announce=lambda _: None)
    assert classifier.waiting_for() == LOADING  # not started yet: loading, or building on a first start
    warming = threading.Thread(target=classifier.warm_up)
    warming.start()
    assert started.wait(10)
    assert classifier.waiting_for() == BUILDING
    finish.set()
    warming.join(10)
    assert classifier.waiting_for() is None
