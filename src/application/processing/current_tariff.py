"""The national lines of a job's lines as the tariff in force has them when its declaration is built: a job
classified before the tariff was imported (or before it changed) gets its lines then, as a job classified after would
(a typed line the tariff could not verify is answered, its note dropped), never by starting the job again."""

from collections.abc import Sequence
from dataclasses import replace

from application.ports.classifier import ClassificationRequest, NationalLines, Nomenclature
from application.ports.jobs import JobLine
from application.review.typed_codes import says_not_verifiable


def under_current_tariff(
    lines: Sequence[JobLine], national_lines: NationalLines, nomenclature: Nomenclature, country: str
) -> list[JobLine]:
    """The lines this changes, changed: a chosen code whose subheading the tariff divides but which is none of its
    lines is settled again (a line the description does not decide is put provisionally, for review)."""
    divided: dict[str, set[str]] = {}
    changed = []
    for job_line in lines:
        result = job_line.classification
        chosen = result.chosen if result else None
        if result is None or chosen is None:
            continue
        if chosen.hs6 not in divided:
            divided[chosen.hs6] = {code for code, _ in nomenclature.national_lines(chosen.hs6, country)}
        known = divided[chosen.hs6]
        if not known:
            continue
        if chosen.national_code in known:
            if any(map(says_not_verifiable, result.notes)):
                notes = [note for note in result.notes if not says_not_verifiable(note)]
                changed.append(replace(job_line, classification=replace(result, notes=notes)))
            continue
        request = ClassificationRequest(job_line.line.description, job_line.line.declared_code)
        (settled,) = national_lines.settle([request], [result])
        changed.append(replace(job_line, classification=settled))
    return changed
