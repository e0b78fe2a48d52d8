"""From a job's classified lines to the tariff lines a declaration carries."""

from collections.abc import Sequence

from application.ports.classifier import Nomenclature
from application.ports.jobs import JobLine
from domain.classification.commodity_code import CommodityCode
from domain.declaration.classified_line import ClassifiedLine

UNVERIFIED = "national subdivision not verified"


def to_classified_lines(
    lines: Sequence[JobLine], nomenclature: Nomenclature, national_length: int
) -> list[ClassifiedLine]:
    """The chosen candidate of each line; the undivided HS-6 + zeros form where no national line is known."""
    result = []
    for job_line in lines:
        chosen = job_line.classification.chosen if job_line.classification else None
        if chosen is None:
            raise ValueError(f"row {job_line.row} has no classification")
        if chosen.national_code and len(chosen.national_code) == national_length:
            code = CommodityCode(chosen.national_code)
        else:
            code = CommodityCode.undivided(chosen.hs6, national_length)
        text = chosen.tariff_text or nomenclature.tariff_text(code.national) or nomenclature.tariff_text(code.hs6)
        result.append(ClassifiedLine(job_line.line, code, text or job_line.line.description))
    return result
