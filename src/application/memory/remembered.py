"""A confirmed classification as memory keeps it, and what recalling it tells the broker."""

from dataclasses import dataclass
from datetime import datetime

from domain.classification.candidate import Candidate, Classification, Source


@dataclass(frozen=True, slots=True)
class Remembered:
    account_id: str
    description: str  # as the person confirmed it
    key: str  # memory_key(description).text
    hs6: str
    national_code: str | None
    confirmed_by: str
    confirmed_at: datetime


def recollection(entry: Remembered, similarity: float, description: str) -> Classification:
    """The remembered code as a classification: free, and not for review unless it was only a near-duplicate."""
    reason = f"from memory: confirmed by {entry.confirmed_by} on {entry.confirmed_at.date().isoformat()}"
    if description != entry.description:
        reason += f" for '{entry.description}'"
    candidate = Candidate(entry.hs6, similarity, reason, national_code=entry.national_code)
    return Classification([candidate], Source.MEMORY, similarity, needs_review=False)
