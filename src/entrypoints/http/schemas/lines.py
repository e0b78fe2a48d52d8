"""A job's lines with their candidates, and the review of a line.

Each candidate keeps its engine `score` (a share of the engine's support, not a probability) for the consumers
that read it; `confidence` puts it on the line's calibrated scale (the first candidate's equals the line's, see
shown_confidences) and `role` says whose code it is: after a correction the broker's, then what had been
suggested, then the rest.
"""

from collections.abc import Callable

import msgspec

from application.ports.jobs import JobLine
from domain.classification.candidate import Candidate, Classification, DeclaredConflict, Source, Suggestion
from domain.classification.shown_confidence import shown_confidences
from entrypoints.http.schemas.jobs import ProblemOut
from entrypoints.http.web.problem_texts import translated, translated_place, translated_reasons

# a national line's text in the page's language (the tariff's own first language stored with the line otherwise)
TariffTexts = Callable[[str], str | None] | None
CHOSEN, REVIEWED, SUGGESTED, ALTERNATIVE = "chosen", "reviewed", "suggested", "alternative"


class CandidateOut(msgspec.Struct):
    hs6: str
    national_code: str | None
    score: float  # the engine's share of support among its candidates; not comparable with a confidence
    rationale: str
    tariff_text: str | None
    confidence: float | None = None  # on the line's scale; None on a line a broker corrected
    role: str = ALTERNATIVE  # chosen (by engine, agent, supplier or memory), reviewed, suggested or alternative

    @classmethod
    def of(
        cls, candidate: Candidate, confidence: float | None = None, role: str = ALTERNATIVE, texts: TariffTexts = None
    ) -> "CandidateOut":
        told = (texts(candidate.national_code) if texts and candidate.national_code else None) or candidate.tariff_text
        told = told or (texts(candidate.hs6) if texts else None)  # a code recalled from memory carries no text
        figure = None if confidence is None else round(confidence, 4)
        return cls(candidate.hs6, candidate.national_code, round(candidate.score, 4), candidate.rationale, told,
                   figure, role)  # fmt: skip

    @classmethod
    def all_of(cls, result: Classification, texts: TariffTexts = None) -> list["CandidateOut"]:
        pairs = enumerate(zip(result.candidates, shown_confidences(result), strict=True))
        return [cls.of(candidate, figure, _role(result, n, candidate), texts) for n, (candidate, figure) in pairs]


def _role(result: Classification, position: int, candidate: Candidate) -> str:
    reviewed = result.source is Source.REVIEW
    if position == 0:
        return REVIEWED if reviewed else CHOSEN
    was_first = reviewed and result.suggested is not None and result.suggested.hs6 == candidate.hs6
    return SUGGESTED if was_first else ALTERNATIVE


class SuggestionOut(msgspec.Struct):
    """What stood first before the broker's correction, and the line's confidence in it then."""

    code: str
    hs6: str
    national_code: str | None
    confidence: float
    source: str

    @classmethod
    def of(cls, suggestion: Suggestion) -> "SuggestionOut":
        code = suggestion.national_code or suggestion.hs6
        return cls(code, suggestion.hs6, suggestion.national_code, round(suggestion.confidence, 4),
                   suggestion.source.value)  # fmt: skip


class ConflictOut(msgspec.Struct):
    """The supplier's code kept first though the engine is sure of another: the line must be decided in review
    (either code chosen) before a declaration is written."""

    declared: str
    declared_text: str
    engine: str
    engine_text: str
    engine_confidence: float
    apart: str  # 'another chapter', 'another heading' or 'another subheading'
    contradiction: str = ""  # what the line states that the supplier's code excludes ('0.25 kg'); else ""

    @classmethod
    def of(cls, conflict: DeclaredConflict) -> "ConflictOut":
        return cls(conflict.declared, conflict.declared_text, conflict.engine, conflict.engine_text,
                   round(conflict.engine_confidence, 4), conflict.apart, conflict.contradiction)  # fmt: skip


class LineOut(msgspec.Struct):
    row: int
    place: str | None  # where the reader found the line ('spreadsheet row 7'); None for lines stored before
    description: str
    declared_code: str | None
    origin: str | None
    chosen_code: str | None
    confidence: float | None
    source: str | None
    needs_review: bool | None
    rationale: str | None
    free_of_charge: bool
    free_reason: str | None
    duplicate_of: int | None
    candidates: list[CandidateOut]
    notes: list[str]
    problems: list[ProblemOut]
    suggested: SuggestionOut | None = None  # set on a line a broker corrected (not on those corrected before it)
    conflict: ConflictOut | None = None  # set while the supplier's code and the engine's conflict, until reviewed

    @classmethod
    def of(cls, job_line: JobLine, language: str = "en", texts: TariffTexts = None) -> "LineOut":
        line, result = job_line.line, job_line.classification
        chosen = result.chosen if result else None
        reason = _free_reason(job_line)
        suggested = result.suggested if result else None
        return cls(
            line.row, translated_place(line.place, language), line.description, line.declared_code, line.origin,
            (chosen.national_code or chosen.hs6) if chosen else None,
            round(result.confidence, 4) if result else None, result.source.value if result else None,
            result.needs_review if result else None, translated_reasons(chosen.rationale, language) if chosen else None,
            reason is not None, reason, job_line.duplicate_of,
            CandidateOut.all_of(result, texts) if result else [],
            [translated(note, language) or note for note in result.notes] if result else [],
            [ProblemOut.of(p, language) for p in line.problems], SuggestionOut.of(suggested) if suggested else None,
            _conflict(result),
        )  # fmt: skip


def _conflict(result: Classification | None) -> ConflictOut | None:
    if result is None or result.source is not Source.DECLARED or result.conflict is None:
        return None
    return ConflictOut.of(result.conflict)


def _free_reason(job_line: JobLine) -> str | None:
    """Repeats of an earlier row and answers from the account's memory cost nothing."""
    if job_line.duplicate_of is not None:
        return f"repeats row {job_line.duplicate_of}"
    if job_line.classification and job_line.classification.source is Source.MEMORY:
        return "answered from your confirmed classifications"
    return None


class ReviewIn(msgspec.Struct, forbid_unknown_fields=True):
    """An HS-6 subheading or a full national tariff line; separators are ignored ("8471.30")."""

    code: str
    seen: str | None = None  # the line's code as the page showed it: 409 line_changed when it has another now


class ReviewOut(msgspec.Struct):
    changed_rows: list[int]
    lines: list[LineOut]
    remembered: bool = True
