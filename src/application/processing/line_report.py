"""The per-line report: every invoice line, its code, confidence, alternatives, item and problems."""

import csv
import io
from collections.abc import Sequence

from application.ports.jobs import JobLine
from application.processing.classified_lines import UNVERIFIED
from domain.declaration.classified_line import ClassifiedLine
from domain.declaration.goods_item import GoodsItem

COLUMNS = [
    "row", "description", "commodity_code", "hs6", "confidence", "needs_review", "source",
    "alternatives", "rationale", "declaration", "item", "problems",
]  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> str:
    """A cell a spreadsheet will never run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def report_rows(
    lines: Sequence[JobLine],
    classified: Sequence[ClassifiedLine],
    placement: dict[int, tuple[int, GoodsItem]],
) -> list[dict[str, object]]:
    rows = []
    for job_line, entry in zip(lines, classified, strict=True):
        result = job_line.classification
        assert result is not None
        chosen = result.chosen
        form, item = placement.get(job_line.row, (0, None))
        problems = [str(p) for p in job_line.line.problems] + result.notes
        if not entry.commodity_code.verified:
            problems.append(UNVERIFIED)
        rows.append({
            "row": job_line.row,
            "description": job_line.line.description,
            "commodity_code": entry.commodity_code.national,
            "hs6": entry.commodity_code.hs6,
            "confidence": f"{result.confidence:.2f}",
            "needs_review": "yes" if result.needs_review else "no",
            "source": result.source.value,
            "alternatives": " ".join(f"{c.hs6}:{c.score:.2f}" for c in result.candidates[1:]),
            "rationale": chosen.rationale if chosen else "",
            "declaration": form or "",
            "item": item.number if item else "",
            "problems": "; ".join(problems),
        })  # fmt: skip
    return rows


def report_csv(rows: Sequence[dict[str, object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
    return buffer.getvalue().encode("utf-8-sig")
