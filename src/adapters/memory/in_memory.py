from collections.abc import Sequence

from application.ports.memory import Confirmation
from application.processing.line_keys import description_key
from domain.classification.candidate import Candidate, Classification, Source


class InMemoryClassificationMemory:
    """The memory twin: exact matches on the normalised description only."""

    def __init__(self) -> None:
        self.confirmations: dict[tuple[str, str], Confirmation] = {}

    async def recall(self, account_id: str, descriptions: Sequence[str]) -> dict[str, Classification]:
        found = {}
        for description in descriptions:
            hit = self.confirmations.get((account_id, description_key(description)))
            if hit:
                candidate = Candidate(hit.hs6, 1.0, f"from memory: confirmed by {hit.confirmed_by}",
                                      national_code=hit.national_code)  # fmt: skip
                found[description] = Classification([candidate], Source.MEMORY, 1.0, needs_review=False)
        return found

    async def remember(self, confirmation: Confirmation) -> None:
        key = (confirmation.account_id, description_key(confirmation.description))
        self.confirmations[key] = confirmation
