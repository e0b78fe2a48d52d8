import threading
import time
from pathlib import Path

from adapters.classification.offline.build_lock import one_build_at_a_time


def test_a_second_build_in_the_same_cache_folder_waits_for_the_first(tmp_path: Path) -> None:
    events: list[str] = []
    first_holds = threading.Event()

    def first_build() -> None:
        with one_build_at_a_time(tmp_path):
            first_holds.set()
            time.sleep(0.2)
            events.append("first built")

    first = threading.Thread(target=first_build)
    first.start()
    first_holds.wait()
    with one_build_at_a_time(tmp_path):
        events.append("second looks for the index")
    first.join()

    assert events == ["first built", "second looks for the index"]


def test_without_a_writable_folder_nothing_is_locked(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    with one_build_at_a_time(not_a_folder), one_build_at_a_time(None):
        entered = True
    assert entered
