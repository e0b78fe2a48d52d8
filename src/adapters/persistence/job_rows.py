"""Jobs and their lines to table rows and back: product line fields in columns, the rest as JSON."""

from typing import Any

import msgspec

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
        "header": msgspec.to_builtins(job.header) if job.header else None,
        "problems": msgspec.to_builtins(job.problems), "declaration_keys": list(job.declaration_keys),
    }  # fmt: skip


def job_from(row: Any) -> ProcessingJob:
    return ProcessingJob(
        id=row.id, account_id=row.account_id, filename=row.filename, storage_key=row.storage_key,
        country=row.country, created_at=row.created_at, status=JobStatus(row.status),
        lines_total=row.lines_total, lines_done=row.lines_done, lines_distinct=row.lines_distinct,
        header=msgspec.convert(row.header, DeclarationHeader) if row.header is not None else None,
        failure_reason=row.failure_reason, problems=msgspec.convert(row.problems, list[RowProblem]),
        declaration_keys=list(row.declaration_keys), updated_at=row.updated_at,
    )  # fmt: skip


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
        "classified": result is not None, "duplicate_of": job_line.duplicate_of,
    }  # fmt: skip


def line_from(row: Any) -> JobLine:
    line = ProductLine(
        row=row.row, description=row.description,
        quantity=Quantity(row.quantity, row.quantity_unit) if row.quantity is not None else None,
        net_mass=Mass(row.net_mass) if row.net_mass is not None else None,
        gross_mass=Mass(row.gross_mass) if row.gross_mass is not None else None,
        value=Money(row.value, row.currency) if row.value is not None else None,
        origin=row.origin, declared_code=row.declared_code, packages=row.packages,
        package_kind=row.package_kind, unit_price=row.unit_price,
        problems=msgspec.convert(row.problems, list[RowProblem]),
    )  # fmt: skip
    result = msgspec.convert(row.classification, Classification) if row.classification is not None else None
    return JobLine(line, result, row.duplicate_of)
