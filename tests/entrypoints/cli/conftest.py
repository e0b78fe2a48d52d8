"""The command's tests read its English words: a Russian or Turkmen locale on the machine running them must not
change them (a test of --language sets its own)."""

import pytest


@pytest.fixture(autouse=True)
def english_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUMRUK_LANGUAGE", "en")
