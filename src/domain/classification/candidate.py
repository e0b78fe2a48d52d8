"""What a classifier proposes for a product line, and what was finally chosen."""

from dataclasses import dataclass, field
from enum import StrEnum


class Source(StrEnum):
    """Where a chosen code came from; memory and duplicates are not charged."""

    MEMORY = "memory"
    ENGINE = "engine"
    AGENT = "agent"
    DECLARED = "declared"
    REVIEW = "review"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One ranked proposal: an HS-6 subheading, a score in [0, 1] and a reason a broker can check."""

    hs6: str
    score: float
    rationale: str
    national_code: str | None = None
    tariff_text: str | None = None


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What stood first before a broker corrected the line: its code, its confidence then and where it came from."""

    hs6: str
    national_code: str | None
    confidence: float
    source: Source


@dataclass(frozen=True, slots=True)
class DeclaredConflict:
    """The supplier's code and the engine's first choice, when the engine is sure enough of its own that the line
    must be decided by a person before it is declared (see declared_conflict.py)."""

    declared: str  # the supplier's HS-6, kept first
    declared_text: str
    engine: str  # the engine's first choice
    engine_text: str
    engine_confidence: float  # the engine's calibrated confidence in its own first choice
    apart: str  # how far apart the two codes are: 'another chapter' or 'another heading' or 'another subheading'
    contradiction: str = ""  # what the line states that the supplier's code excludes ('0.25 kg', 'seam: seamless')


DECLARED_DIFFERS = "differs from the engine's first choice"  # in the note on a supplier's code the engine ranks lower


@dataclass(slots=True)
class Classification:
    """The outcome for one description: ranked candidates and the one chosen."""

    candidates: list[Candidate]
    source: Source = Source.ENGINE
    confidence: float = 0.0
    needs_review: bool = True
    notes: list[str] = field(default_factory=list)  # e.g. "material not stated"
    suggested: Suggestion | None = None  # on a line a broker corrected: what the engine (or memory...) had put first
    conflict: DeclaredConflict | None = None  # the supplier's code kept first though the engine is sure of another

    @property
    def chosen(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None
