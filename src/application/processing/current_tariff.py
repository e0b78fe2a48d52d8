"""The national lines of a job's lines as the tariff in force has them when its declaration is built: a job
classified before the tariff was imported (or before it changed) gets its lines then, as a job classified after would
(a typed line the tariff could not verify is answered, its note dropped), never by starting the job again."""

from collections.abc import Sequence
from dataclasses import replace

from application.ports.classifier import ClassificationRequest, NationalLines, Nomenclature
from application.ports.jobs import JobLine
from application.review.typed_codes import says_not_verifiable
from domain.classification.candidate import Classification


def under_current_tariff(
    lines: Sequence[JobLine], national_lines: NationalLines, nomenclature: Nomenclature, country: str
) -> list[JobLine]:
    """The lines this changes, changed: a chosen code whose subheading the tariff divides but which is none of its
    lines is settled again, all in one call (a line the description does not decide is put provisionally, for
    review); a 'cannot be verified' note the tariff now answers goes."""
    divided: dict[str, set[str]] = {}
    answered: list[JobLine] = []
    unsettled: list[tuple[JobLine, Classification]] = []
    for job_line in lines:
        result = job_line.classification
        chosen = result.chosen if result else None
        if result is None or chosen is None:
            continue
        if chosen.hs6 not in divided:
            divided[chosen.hs6] = {code for code, _ in nomenclature.national_lines(chosen.hs6, country)}
        if not divided[chosen.hs6]:
            continue
        if chosen.national_code not in divided[chosen.hs6]:
            unsettled.append((job_line, _answered(result)))
        elif any(map(says_not_verifiable, result.notes)):
            answered.append(replace(job_line, classification=_answered(result)))
    requests = [ClassificationRequest(line.line.description, line.line.declared_code) for line, _ in unsettled]
    settled = national_lines.settle(requests, [result for _, result in unsettled]) if unsettled else []
    changed = [replace(line, classification=new) for (line, _), new in zip(unsettled, settled, strict=True)]
    return sorted(answered + changed, key=lambda job_line: job_line.row)


def _answered(result: Classification) -> Classification:
    return replace(result, notes=[note for note in result.notes if not says_not_verifiable(note)])
