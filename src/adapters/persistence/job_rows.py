"""Jobs and their lines to table rows and back: product line fields in columns, the rest as JSON."""

from dataclasses import replace
from typing import Any

import msgspec

from adapters.persistence.tables import job_lines
from application.pipeline.header_fields import BOX_OF_KEY
from application.ports.jobs import JobLine
from domain.classification.candidate import Classification
from domain.declaration.header import DeclarationHeader
from domain.goods.problems import RowProblem
from domain.goods.product_line import ProductLine
from domain.measures import Mass, Money, Quantity
from domain.processing.job import JobStatus, ProcessingJob


def job_row(job: ProcessingJob) -> dict[str, Any]:
    return {
        "id": job.id, "account_id": job.account_id, "filename": job.filename, "storage_key": job.storage_key,
        "country": job.country, "status": job.status.value, "created_at": job.created_at,
        "updated_at": job.updated_at, "lines_total": job.lines_total, "lines_done": job.lines_done,
        "lines_distinct": job.lines_distinct, "failure_reason": job.failure_reason,
        "header": msgspec.to_builtins(job.header) if job.header else None, "named_columns": job.named_columns,
        "sheets": list(job.sheets),
        "problems": msgspec.to_builtins(job.problems), "declaration_keys": list(job.declaration_keys),
        "content_hash": job.content_hash, "started_again": job.started_again,
        "declaration_outdated": job.declaration_outdated,
    }  # fmt: skip


def job_from(row: Any) -> ProcessingJob:
    return ProcessingJob(
        id=row.id, account_id=row.account_id, filename=row.filename, storage_key=row.storage_key,
        country=row.country, created_at=row.created_at, status=JobStatus(row.status),
        lines_total=row.lines_total, lines_done=row.lines_done, lines_distinct=row.lines_distinct,
        header=_header_of(row.header) if row.header is not None else None,
        named_columns=dict(row.named_columns or {}), sheets=list(row.sheets or []),
        failure_reason=row.failure_reason, problems=msgspec.convert(row.problems, list[RowProblem]),
        declaration_keys=list(row.declaration_keys), updated_at=row.updated_at,
        content_hash=row.content_hash, started_again=bool(row.started_again),
        declaration_outdated=bool(row.declaration_outdated),
    )  # fmt: skip


def _header_of(stored: dict[str, Any]) -> DeclarationHeader:
    """A job's header; one saved before the boxes were named by attribute path lists its blank boxes by their
    header-file keys ("invoice.exchange_rate"), read here as the boxes they are ("exchange_rate")."""
    header = msgspec.convert(stored, DeclarationHeader)
    boxes = tuple(BOX_OF_KEY.get(box, box) for box in header.missing)
    return header if boxes == header.missing else replace(header, missing=boxes)


def line_row(job_id: str, job_line: JobLine) -> dict[str, Any]:
    line, result = job_line.line, job_line.classification
    return {
        "job_id": job_id, "row": line.row, "description": line.description,
        "quantity": line.quantity.amount if line.quantity else None,
        "quantity_unit": line.quantity.unit if line.quantity else None,
        "net_mass": line.net_mass.kilograms if line.net_mass else None,
        "gross_mass": line.gross_mass.kilograms if line.gross_mass else None,
        "value": line.value.amount if line.value else None,
        "currency": line.value.currency if line.value else None,
        "origin": line.origin, "declared_code": line.declared_code, "packages": line.packages,
        "package_kind": line.package_kind, "unit_price": line.unit_price,
        "problems": msgspec.to_builtins(line.problems),
        "classification": msgspec.to_builtins(result) if result is not None else None,
        "classified": result is not None, "duplicate_of": job_line.duplicate_of, "place": line.place,
        "sheet": line.sheet, "sheet_row": line.sheet_row,
    }  # fmt: skip


# The columns line_from reads, in its order: unpacking a tuple is twice as fast as named access on 100k rows.
LINE_COLUMNS = [
    job_lines.c[name]
    for name in ("row", "description", "quantity", "quantity_unit", "net_mass", "gross_mass", "value", "currency",
                 "origin", "declared_code", "packages", "package_kind", "unit_price", "problems", "classification",
                 "duplicate_of", "place", "sheet", "sheet_row")
]  # fmt: skip


def line_from(values: Any) -> JobLine:
    """A line from the LINE_COLUMNS of a row."""
    (row, description, quantity, unit, net, gross, value, currency, origin, declared_code, packages, package_kind,
     unit_price, problems, result, duplicate_of, place, sheet, sheet_row) = values  # fmt: skip
    line = ProductLine(
        row=row, description=description,
        quantity=Quantity(quantity, unit) if quantity is not None else None,
        net_mass=Mass(net) if net is not None else None, gross_mass=Mass(gross) if gross is not None else None,
        value=Money(value, currency) if value is not None else None, origin=origin, declared_code=declared_code,
        packages=packages, package_kind=package_kind, unit_price=unit_price, place=place,
        sheet=sheet, sheet_row=sheet_row,
        problems=msgspec.convert(problems, list[RowProblem]) if problems else [],
    )  # fmt: skip
    return JobLine(line, msgspec.convert(result, Classification) if result is not None else None, duplicate_of)
