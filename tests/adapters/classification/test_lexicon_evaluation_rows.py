"""No row of the dev evaluation file (../shared/data/hs_eval/dev.csv) appears in the lexicon or the bench sets, not
even by chance (a set writer's note once named a chemical in a dev row's words)."""

import csv
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
DEV = REPO.parent / "shared" / "data" / "hs_eval" / "dev.csv"
LEXICON = REPO / "src" / "adapters" / "classification" / "lexicon"
BENCH_DATA = REPO / "bench" / "data"
SHORTEST = 18  # shorter rows are common product names ("shower mat") any lexicon must contain


def test_no_dev_row_is_in_a_lexicon_file_or_a_bench_set() -> None:
    if not DEV.is_file():
        pytest.skip(f"{DEV} is not on this machine: the check needs the evaluation file")
    with DEV.open(encoding="utf-8", newline="") as handle:
        rows = {row["description"].strip().casefold() for row in csv.DictReader(handle)}
    pattern = re.compile("|".join(re.escape(row) for row in sorted(rows) if len(row) >= SHORTEST))
    found = {
        f"{path.name}: {match.group()}"
        for path in sorted([*LEXICON.glob("*.csv"), *BENCH_DATA.glob("*.csv")])
        for match in pattern.finditer(path.read_text(encoding="utf-8").casefold())
    }
    assert sorted(found) == []
