"""A confirmed classification as memory keeps it, and what recalling it tells the broker."""

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from application.memory.model_numbers import model_numbers
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
    """The remembered code as a classification: free, and for review only when the line states other figures than
    the confirmed one (tea in packs of 10 kg recalled from 100 g, 0902.40 against 0902.30; a cable of 3x4 from
    3x2.5) or names another model ('PVC-PN20' pipe from 'PPR-PN20'): memory sets sizes and models aside, but they
    may decide the subheading."""
    reason = f"from memory: confirmed by {entry.confirmed_by} on {entry.confirmed_at.date().isoformat()}"
    if description != entry.description:
        reason += f" for '{entry.description}'"
    other_figures = _figures(description) != _figures(entry.description)
    other_model = model_numbers(description) != model_numbers(entry.description)
    notes = [OTHER_FIGURES] if other_figures else [ANOTHER_MODEL] if other_model else []
    candidate = Candidate(entry.hs6, similarity, reason, national_code=entry.national_code)
    return Classification([candidate], Source.MEMORY, similarity, needs_review=bool(notes), notes=notes)


OTHER_FIGURES = "the line states other figures than the one confirmed: check that they do not change the subheading"
ANOTHER_MODEL = "the line names another model than the one confirmed: check that it is the same goods"
OTHER_FORMS = "the line's words are other forms of the confirmed one's: check that it is the same goods"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _figures(description: str) -> set[str]:
    """The numbers a description states, each as one spelling: '100,0' and '100' are the same figure."""
    return {format(Decimal(number.replace(",", ".")).normalize(), "f") for number in _NUMBER.findall(description)}
