"""The per-line report: every invoice line, its code, confidence, alternatives, item and problems, then where it
is in the file, then the code again as Gumruk proposed it: a broker corrects `commodity_code`, and `memory learn`
tells a changed national line by `proposed_code`. Columns added later go last, so that the columns read by
position keep theirs; `place` is empty for lines stored before the reader's places were kept. `supplier_code` is
the code the list declared, `engine_code` the engine's own first choice (empty where memory or review answered),
and `conflict` says 'yes' where the engine is sure of another code than the supplier's: nothing is declared until
a code is chosen for that line."""

import csv
import io
import math
from collections.abc import Sequence

from application.ports.jobs import JobLine
from application.processing.classified_lines import UNVERIFIED
from domain.classification.candidate import DECLARED_DIFFERS, Classification, Source
from domain.classification.shown_confidence import shown_confidences
from domain.declaration.classified_line import ClassifiedLine
from domain.declaration.goods_item import GoodsItem
from domain.goods.problems import RowProblem

COLUMNS = [
    "row", "description", "commodity_code", "hs6", "confidence", "needs_review", "source", "alternatives",
    "rationale", "declaration", "item", "problems", "place", "proposed_code", "supplier_code", "engine_code",
    "conflict",
]  # fmt: skip
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may run as a formula


def spreadsheet_safe(value: object) -> str:
    """A cell a spreadsheet will never run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def unguarded(text: str) -> str:
    """A cell as it was before spreadsheet_safe() put an apostrophe before its formula-like start."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


def report_rows(
    lines: Sequence[JobLine],
    classified: Sequence[ClassifiedLine],
    placement: dict[int, tuple[int, GoodsItem]],
    problems: Sequence[RowProblem] = (),
) -> list[dict[str, object]]:
    """One row per invoice line; `problems` found while building the declaration go to the rows they name."""
    entries = {entry.line.row: entry for entry in classified}
    rows = []
    for job_line in lines:
        result, entry = job_line.classification, entries.get(job_line.row)
        chosen = result.chosen if result else None
        form, item = placement.get(job_line.row, (0, None))
        notes = [str(p) for p in job_line.line.problems] + (result.notes if result else [])
        notes += [p.reason for p in problems if p.row == job_line.row]
        if entry and not entry.commodity_code.verified:
            notes.append(UNVERIFIED)
        rows.append({
            "row": job_line.row,
            "description": job_line.line.description,
            "commodity_code": entry.commodity_code.national if entry else "",
            "hs6": entry.commodity_code.hs6 if entry else "",
            "confidence": _figure(result.confidence) if result else "",
            "needs_review": "yes" if result is None or result.needs_review else "no",
            "source": result.source.value if result else "",
            "alternatives": _alternatives(result) if result else "",
            "rationale": chosen.rationale if chosen else "",
            "declaration": form or "",
            "item": item.number if item else "",
            "problems": "; ".join(notes),
            "place": job_line.line.place or "",
            "proposed_code": _proposed_code(result, entry),
            "supplier_code": job_line.line.declared_code or "",
            "engine_code": _engine_code(result),
            "conflict": "yes" if result and result.source is Source.DECLARED and result.conflict else "",
        })  # fmt: skip
    return rows


def _proposed_code(result: Classification | None, entry: ClassifiedLine | None) -> str:
    """The code as Gumruk proposed it: on a line a broker corrected, what the engine (or memory) had put first, as
    /lines shows it in `suggested` (its national line when it had one, else its HS-6); else the line's code, also on
    a line that followed a correction from memory (Gumruk proposed that code, no person chose it on that line)."""
    if result is not None and result.source is Source.REVIEW and result.suggested is not None:
        return result.suggested.national_code or result.suggested.hs6
    return entry.commodity_code.national if entry else ""


def _engine_code(result: Classification | None) -> str:
    """The engine's own first choice: the line's code, or where the supplier's was kept first against it, the
    code the engine ranked first (second on the line); empty for a code from memory or review."""
    if result is None or result.source not in (Source.ENGINE, Source.AGENT, Source.DECLARED) or not result.chosen:
        return ""
    if result.conflict is not None:
        return result.conflict.engine
    overruled = result.source is Source.DECLARED and any(DECLARED_DIFFERS in note for note in result.notes)
    return result.candidates[1].hs6 if overruled and len(result.candidates) > 1 else result.chosen.hs6


def _alternatives(result: Classification) -> str:
    """The codes after the first, each with its figure on the line's confidence scale, as the review page shows
    them (no figure on a line a broker corrected)."""
    pairs = zip(result.candidates[1:], shown_confidences(result)[1:], strict=True)
    return " ".join(code.hs6 if figure is None else f"{code.hs6}:{_figure(figure)}" for code, figure in pairs)


def _figure(value: float) -> str:
    """Two decimals, never rounded up to a certainty the engine has not (0.896 is 0.89, below the 0.90 accepted)."""
    return f"{math.floor(value * 100 + 1e-9) / 100:.2f}"


def report_csv(rows: Sequence[dict[str, object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
    return buffer.getvalue().encode("utf-8-sig")
