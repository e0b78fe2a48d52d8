"""A Classifier in front of another: after HS-6, the national tariff line each candidate stands for."""

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from application.ports.classifier import ClassificationRequest, Classifier
from application.ports.clock import Clock
from application.ports.tariff import NationalTariffStore
from application.tariff.line_choice import LineChoice, choose_line
from domain.classification.candidate import Candidate, Classification
from domain.classification.national_tariff import NationalTariff


class NationalLineChooser:
    """Fills `national_code` and `tariff_text` of every candidate whose subheading the country's tariff divides.

    Lines in force today only; a subheading the tariff does not divide keeps national_code None, so the
    declaration carries the undivided form with its warning. Where the description does not tell the lines
    apart, one of them is put provisionally and the line is marked for review: a declaration never carries a
    code the tariff does not have.
    """

    def __init__(self, inner: Classifier, tariff: NationalTariffStore, country: str, clock: Clock) -> None:
        self._inner, self._tariff, self._country, self._clock = inner, tariff, country, clock

    def classify(self, requests: Sequence[ClassificationRequest], top: int = 5) -> list[Classification]:
        return self.settle(requests, self._inner.classify(requests, top=top))

    def settle(
        self, requests: Sequence[ClassificationRequest], results: Sequence[Classification]
    ) -> list[Classification]:
        """`results` with the national line in force today: a remembered line that a newer tariff dropped is
        chosen again, with a note."""
        tariff = self._tariff.current(self._country)
        if tariff is None:
            return list(results)
        today = self._clock.now().date()
        return [
            self._with_lines(request, result, tariff, today) for request, result in zip(requests, results, strict=True)
        ]

    def _with_lines(
        self, request: ClassificationRequest, result: Classification, tariff: NationalTariff, day: date
    ) -> Classification:
        notes = list(result.notes)
        candidates = []
        for rank, candidate in enumerate(result.candidates):
            chosen, note = _national(candidate, request, tariff, day)
            candidates.append(chosen)
            if note and rank == 0:
                notes.append(note)
        doubtful = len(notes) > len(result.notes)  # the chosen candidate's line is for a person to check
        given = result.candidates[0].national_code if result.candidates else None
        now = candidates[0].national_code if candidates else None
        if given and now != given and not doubtful:
            # a line someone confirmed or declared is no longer in force: what replaces it is for a person to check
            notes.append(f"{given} is not a national line in force; {now} chosen")
        review = result.needs_review or doubtful or bool(given and now != given)
        return replace(result, candidates=candidates, notes=notes, needs_review=review)


def _national(
    candidate: Candidate, request: ClassificationRequest, tariff: NationalTariff, day: date
) -> tuple[Candidate, str]:
    """The candidate with its national line, and a note when the line could not be decided or is to be checked."""
    lines = tariff.lines_under(candidate.hs6, day)
    if not lines:
        return candidate, ""
    given = candidate.national_code
    if given and given.startswith(candidate.hs6) and (known := tariff.line(given, day)) is not None:
        return replace(candidate, tariff_text=known.text()), ""
    choice: LineChoice = choose_line(request.description, lines, request.declared_code)
    stale = f"{given} is not a national line in force; " if given else ""
    if choice.line is None:
        provisional = (choice.tied or tuple(lines))[0]
        note = (
            f"{stale}national line under {candidate.hs6} not decided: {choice.reason}; "
            f"{provisional.spaced_code} put provisionally, check it"
        )
        return replace(candidate, national_code=provisional.code, tariff_text=provisional.text()), note
    line_reason = f"{stale}national line {choice.line.spaced_code} chosen: {choice.reason}"
    rationale = "; ".join(part for part in (candidate.rationale, line_reason) if part)
    note = line_reason if choice.to_check else ""
    return replace(candidate, national_code=choice.line.code, tariff_text=choice.line.text(), rationale=rationale), note
