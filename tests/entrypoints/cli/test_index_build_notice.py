"""Before a long index build, `gumruk` says once where it builds it and why; a warm start says nothing."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.classification.nomenclature.hs_nomenclature import HsNomenclature
from adapters.classification.offline import engine, loading
from adapters.classification.offline.lexicon import DEFAULT_LEXICON_DIR
from entrypoints.classifier_index import INPUTS_CHANGED, build_notice, index_build_reason
from entrypoints.cli.main import app

NOTICE = "building the classifier index in ~/.cache/gumruk (first run, about 2 minutes, more under load)..."


@pytest.fixture
def empty_user_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user who never ran gumruk: HOME without a cache; GUMRUK_CACHE_DIR unset, so the default applies."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("GUMRUK_CACHE_DIR", raising=False)
    return tmp_path / "home" / ".cache" / "gumruk"


@pytest.mark.slow
def test_a_first_run_says_once_where_and_why_it_builds_the_index(
    empty_user_cache: Path, index_cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build itself is stood in for by loading the test run's index: what is checked is what the user reads."""
    builds: list[Path | None] = []

    def build_in_test_cache(nomenclature, lexicon_dir, cache_dir):  # type: ignore[no-untyped-def]
        builds.append(cache_dir)
        return loading.start(nomenclature, lexicon_dir, index_cache_dir)

    monkeypatch.setattr(engine, "start", build_in_test_cache)
    products = tmp_path / "products.csv"
    products.write_text('description\n"refrigerator, household, two doors"\nwheat flour\n"steel pipes, seamless"\n')
    result = CliRunner().invoke(app, ["classify", str(products)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [NOTICE]
    assert builds == [empty_user_cache]
    ranked_first = [row.split(",")[0] for row in result.stdout.splitlines()[1:] if row.split(",")[1] == "1"]
    assert ranked_first == ["1", "2", "3"]  # a list of descriptions alone: every row is a line


@pytest.mark.slow
def test_a_build_is_announced_exactly_when_the_engine_builds(index_cache_dir: Path) -> None:
    """Whether the run's cache is warm or cold, the prediction matches what the engine then does."""
    predicted = index_build_reason(index_cache_dir, HsNomenclature())
    _, startup = loading.start(HsNomenclature(), DEFAULT_LEXICON_DIR, index_cache_dir)
    assert startup.from_cache == (predicted is None)


def test_an_index_of_other_inputs_is_named_as_the_reason(tmp_path: Path) -> None:
    (tmp_path / "offline-index-0123456789abcdef0123.npz").write_bytes(b"older engine")
    assert index_build_reason(tmp_path, HsNomenclature()) == INPUTS_CHANGED
    assert (
        build_notice(tmp_path, INPUTS_CHANGED)
        == f"building the classifier index in {tmp_path} ({INPUTS_CHANGED}, about 2 minutes, more under load)..."
    )
