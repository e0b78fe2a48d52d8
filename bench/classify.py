"""Benchmark of the offline HS classifier: accuracy, calibration, throughput, start-up and memory.

.venv/bin/python bench/classify.py [--dev PATH] [--trade PATH ...] [--write docs/benchmarks-classifier.md]
"""

import argparse
import csv
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from adapters.classification.offline.engine import OfflineClassifier
from adapters.classification.offline.quality import coverage_at_precision, expected_calibration_error
from application.ports.classifier import ClassificationRequest

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DEV = REPO.parent / "shared" / "data" / "hs_eval" / "dev.csv"
# written with the lexicon (same session), and twenty sets written later by people who never saw the lexicon
# (the tenth: Turkish and German suppliers' lines; the twelfth: Uzbek and Azerbaijani; the fourteenth: Persian,
# Kazakh and Tajik; the fifteenth: Russian, Turkmen and English again; the sixteenth: Chinese and Arabic suppliers;
# the seventeenth to nineteenth: Russian, Turkmen and English, the eighteenth machinery and spare parts first, the
# nineteenth food, medicines, chemicals and building materials first; the twentieth: Ukrainian and Belarusian)
TRADE_SETS = (
    "trade_lines.csv",
    "trade_lines_holdout.csv",
    "trade_lines_holdout_2.csv",
    "trade_lines_holdout_3.csv",
    "trade_lines_holdout_4.csv",
    "trade_lines_holdout_5.csv",
    "trade_lines_holdout_6.csv",
    "trade_lines_holdout_7.csv",
    "trade_lines_holdout_8.csv",
    "trade_lines_holdout_9.csv",
    "trade_lines_holdout_10.csv",
    "trade_lines_holdout_11.csv",
    "trade_lines_holdout_12.csv",
    "trade_lines_holdout_13.csv",
    "trade_lines_holdout_14.csv",
    "trade_lines_holdout_15.csv",
    "trade_lines_holdout_16.csv",
    "trade_lines_holdout_17.csv",
    "trade_lines_holdout_18.csv",
    "trade_lines_holdout_19.csv",
    "trade_lines_holdout_20.csv",
)
DEFAULT_TRADE = [REPO / "bench" / "data" / name for name in TRADE_SETS]
LEVELS = (2, 4, 6)
WARM_UP_LINES = ("Холодильник двухкамерный", "Gara çaý 100 g", "LED lamp 9W E27")  # invented, in no set
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95)
PASSES = 3  # throughput is the median of this many passes over a set: one pass swings with the machine's load


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return [row for row in csv.DictReader(file) if row.get("description") and row.get("hs6")]


def source_of(row: dict[str, str]) -> str:
    return row["source_ref"].split(":")[0].split("/")[0]


def evaluate(
    classifier: OfflineClassifier, rows: list[dict[str, str]], group: Callable[[dict[str, str]], str]
) -> dict[str, object]:
    requests = [ClassificationRequest(row["description"]) for row in rows]
    seconds = []
    for _ in range(PASSES):
        forget_texts()
        began = time.perf_counter()
        results = classifier.classify(requests, top=5)
        seconds.append(time.perf_counter() - began)
    gold = [row["hs6"].zfill(6) for row in rows]
    ranked = [[candidate.hs6 for candidate in result.candidates] for result in results]
    confidence = np.array([result.confidence for result in results])
    correct = np.array([bool(codes) and codes[0] == code for codes, code in zip(ranked, gold, strict=True)])
    accepted = np.array([not result.needs_review for result in results])
    groups: dict[str, list[int]] = {"all": list(range(len(rows)))}
    for i, row in enumerate(rows):
        groups.setdefault(group(row), []).append(i)
    table = {
        name: _accuracy([ranked[i] for i in members], [gold[i] for i in members]) for name, members in groups.items()
    }
    coverage, threshold = coverage_at_precision(confidence, correct)
    thresholds = {
        level: (float((confidence >= level).mean()), float(correct[confidence >= level].mean()))
        if (confidence >= level).any()
        else (0.0, float("nan"))
        for level in THRESHOLDS
    }
    return {
        "thresholds": thresholds,
        "table": table,
        "ece": expected_calibration_error(confidence, correct),
        "coverage90": coverage,
        "threshold90": threshold,
        "accepted": float(accepted.mean()),
        "accepted_precision": float(correct[accepted].mean()) if accepted.any() else float("nan"),
        "lines_per_second": len(rows) / float(np.median(seconds)),
        "first_pass_lines_per_second": len(rows) / seconds[0],
    }


def forget_texts() -> None:
    """Each pass reads its lines afresh: the engine's per-text caches (functools) are emptied before it."""
    for module in list(sys.modules.values()):
        if module.__name__.startswith("adapters.classification"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def _accuracy(ranked: list[list[str]], gold: list[str]) -> dict[str, float]:
    scores: dict[str, float] = {"lines": len(gold)}
    for level in LEVELS:
        scores[f"top1@{level}"] = float(
            np.mean([bool(c) and c[0][:level] == g[:level] for c, g in zip(ranked, gold, strict=True)])
        )
        scores[f"top5@{level}"] = float(
            np.mean([any(x[:level] == g[:level] for x in c) for c, g in zip(ranked, gold, strict=True)])
        )
    return scores


def report(name: str, result: dict[str, object]) -> list[str]:
    table = result["table"]
    assert isinstance(table, dict)
    lines = [
        f"### {name}",
        "",
        "| lines | group | HS-2 top-1 | HS-2 top-5 | HS-4 top-1 | HS-4 top-5 | HS-6 top-1 | HS-6 top-5 |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for group, scores in table.items():
        cells = " | ".join(f"{100 * scores[f'top{k}@{level}']:.1f} %" for level in LEVELS for k in (1, 5))
        lines.append(f"| {scores['lines']:.0f} | {group} | {cells} |")
    lines += [
        "",
        f"- expected calibration error (10 bins): {result['ece']:.3f}",
        f"- coverage at 90 % precision: {100 * float(result['coverage90']):.1f} % of lines "  # type: ignore[arg-type]
        f"(confidence >= {float(result['threshold90']):.2f})",  # type: ignore[arg-type]
        f"- auto-accepted at the engine's threshold: {100 * float(result['accepted']):.1f} % of lines, "  # type: ignore[arg-type]
        f"{100 * float(result['accepted_precision']):.1f} % of them right",  # type: ignore[arg-type]
        f"- throughput: {float(result['lines_per_second']):.0f} lines/s (batch of all lines, warm index, median of "  # type: ignore[arg-type]
        f"{PASSES} passes; the first pass {float(result['first_pass_lines_per_second']):.0f} lines/s)",  # type: ignore[arg-type]
        "",
        "| confidence >= | share of lines | HS-6 top-1 right among them |",
        "| ---: | ---: | ---: |",
    ]
    thresholds = result["thresholds"]
    assert isinstance(thresholds, dict)
    lines += [
        f"| {level:.2f} | {100 * share:.1f} % | {100 * right:.1f} % |" for level, (share, right) in thresholds.items()
    ]
    return [*lines, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--trade", type=Path, nargs="*", default=DEFAULT_TRADE)
    parser.add_argument("--write", type=Path, default=None, help="also write the markdown to this file")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        cold = OfflineClassifier(cache_dir=Path(cache)).warm_up()
        classifier = OfflineClassifier(cache_dir=Path(cache))
        warm = classifier.warm_up()
        classifier.classify([ClassificationRequest(line) for line in WARM_UP_LINES])  # first-call set-up, untimed
        out = [
            "## Offline HS classifier",
            "",
            f"- nomenclature: {warm.subheadings} subheadings; lexicon: {warm.lexicon_terms} phrases "
            f"({len(warm.lexicon_skipped)} rows skipped)",
            f"- start-up: index build (cold) {cold.seconds:.1f} s, cached load (warm) {warm.seconds:.2f} s",
            f"- auto-accept threshold: confidence >= {classifier.auto_accept:.2f}",
            "",
        ]
        if arguments.dev.is_file():
            out += report(
                f"dev: {arguments.dev.name} (English parcel and CBP lines)",
                evaluate(classifier, read_rows(arguments.dev), source_of),
            )
        for trade in (path for path in arguments.trade if path.is_file()):
            out += report(
                f"trade lines: {trade.name} (by language)",
                evaluate(classifier, read_rows(trade), lambda row: row.get("lang", "?")),
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.append(f"Peak memory (max RSS of the benchmark process): {peak:.0f} MB. Machine: 2 cores.")
    text = "\n".join(out) + "\n"
    sys.stdout.write(text)
    if arguments.write:
        arguments.write.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
