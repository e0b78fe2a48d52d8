"""A folder of <language>.json catalogs read with English beneath: a key a language lacks is said in English."""

import json
from functools import cache
from pathlib import Path


@cache
def with_english(folder: Path, language: str) -> dict[str, str]:
    english = _load(folder, "en")
    return english if language == "en" else {**english, **_load(folder, language)}


def _load(folder: Path, language: str) -> dict[str, str]:
    texts: dict[str, str] = json.loads((folder / f"{language}.json").read_text(encoding="utf-8"))
    return texts
