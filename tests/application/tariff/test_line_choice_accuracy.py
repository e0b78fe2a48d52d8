"""The national line chosen for typical invoice lines (RU/TK/EN) against the SAMPLE tariff, given the right HS-6.

The labelled lines are written for this test (never taken from the HS evaluation files); the bar is what a
broker would accept from the word rules alone, with the rest left undecided rather than guessed.
"""

import csv
from datetime import date
from pathlib import Path

from adapters.tariff.file_reader import PolarsTariffFileReader
from application.tariff.line_choice import choose_line
from domain.classification.national_tariff import NationalTariffLine

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parents[2] / "examples" / "tariff-tm-sample.csv"
DAY = date(2025, 6, 1)


def _sample_lines() -> list[NationalTariffLine]:
    rows = PolarsTariffFileReader().read(SAMPLE.read_bytes(), SAMPLE.name)
    return [
        NationalTariffLine("TM", "".join(ch for ch in row.code.text if ch.isdigit()),
                           {lang: cell.text for lang, cell in row.descriptions.items()},
                           valid_to=date(2023, 12, 31) if row.valid_to and row.valid_to.text else None)
        for row in rows if len([ch for ch in row.code.text if ch.isdigit()]) == 9
    ]  # fmt: skip


def test_nine_in_ten_labelled_lines_get_their_national_line_and_none_gets_a_wrong_one() -> None:
    lines = _sample_lines()
    labelled = list(csv.DictReader((HERE / "national_lines_labelled.csv").open(encoding="utf-8"), delimiter=";"))
    right = wrong = 0
    for case in labelled:
        under = [ln for ln in lines if ln.hs6 == case["hs6"] and ln.valid_on(DAY)]
        chosen = choose_line(case["description"], under).line
        right += chosen is not None and chosen.code == case["national"]
        wrong += chosen is not None and chosen.code != case["national"]

    assert len(labelled) >= 50
    assert right / len(labelled) >= 0.9
    assert wrong / len(labelled) <= 0.05
