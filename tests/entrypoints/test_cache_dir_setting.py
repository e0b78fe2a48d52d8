"""The classifier index lives in the user's cache directory, whichever folder gumruk runs in."""

from pathlib import Path

import pytest

from entrypoints.settings import load_settings


@pytest.fixture
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CACHE_HOME", "GUMRUK_CACHE_DIR", "GUMRUK_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    return home


def test_the_index_cache_is_the_same_from_any_folder_and_apart_from_the_data(
    user_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = []
    for folder in ("invoices-march", "invoices-april"):
        (tmp_path / folder).mkdir()
        monkeypatch.chdir(tmp_path / folder)
        seen.append(load_settings())
    assert [settings.cache_dir for settings in seen] == [user_home / ".cache" / "gumruk"] * 2
    assert seen[0].data_dir == tmp_path / "invoices-march" / ".gumruk"  # jobs and databases stay per folder
    assert load_settings(tmp_path / "service").cache_dir == user_home / ".cache" / "gumruk"


def test_xdg_cache_home_is_followed(user_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert load_settings().cache_dir == tmp_path / "xdg" / "gumruk"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # the XDG spec says to ignore a relative path
    assert load_settings().cache_dir == user_home / ".cache" / "gumruk"


def test_gumruk_cache_dir_overrides(user_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("GUMRUK_CACHE_DIR", "~/shared-index")
    assert load_settings().cache_dir == user_home / "shared-index"
