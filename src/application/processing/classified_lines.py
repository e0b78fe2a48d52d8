"""From a job's classified lines to the tariff lines a declaration carries."""

from collections.abc import Sequence

from application.ports.classifier import Nomenclature
from application.ports.jobs import JobLine
from domain.classification.commodity_code import CommodityCode
from domain.declaration.classified_line import ClassifiedLine
from domain.goods.declarable import DESCRIPTION
from domain.goods.problems import RowProblem

UNVERIFIED = "national subdivision not verified"


def to_classified_lines(
    lines: Sequence[JobLine], nomenclature: Nomenclature, country: str, national_length: int
) -> tuple[list[ClassifiedLine], list[RowProblem]]:
    """The chosen candidate of each line; the undivided HS-6 + zeros form, not verified, where the imported tariff
    has not the chosen national line (none proposed; or one typed or remembered under a subheading the tariff does
    not divide). A line without any candidate is a problem of its row instead (ending with its place in the file,
    where known): there is no code to declare it under."""
    result, problems = [], []
    units: dict[str, str | None] = {}  # by national code: the tariff is read once per code, not once per line
    divided: dict[str, set[str]] = {}  # by HS-6: the imported tariff's national lines under it
    for job_line in lines:
        chosen = job_line.classification.chosen if job_line.classification else None
        if chosen is None:
            reason = f"no commodity code was found for '{job_line.line.description}': say what the goods are"
            problems.append(job_line.line.problem(DESCRIPTION, job_line.line.placed(reason)))
            continue
        if chosen.hs6 not in divided:
            divided[chosen.hs6] = {line for line, _ in nomenclature.national_lines(chosen.hs6, country)}
        if (national := chosen.national_code or "") in divided[chosen.hs6]:
            code = CommodityCode(national)
        else:
            code = CommodityCode.undivided(chosen.hs6, national_length)
        text = chosen.tariff_text or nomenclature.tariff_text(code.national) or nomenclature.tariff_text(code.hs6)
        if code.verified and code.national not in units:
            units[code.national] = nomenclature.supplementary_unit(code.national)
        unit = units.get(code.national) if code.verified else None
        result.append(ClassifiedLine(job_line.line, code, text or job_line.line.description, unit))
    return result, problems
