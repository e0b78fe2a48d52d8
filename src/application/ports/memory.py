from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from domain.classification.candidate import Classification


@dataclass(frozen=True, slots=True)
class Confirmation:
    """A classification a person confirmed or corrected in review."""

    account_id: str
    description: str
    hs6: str
    national_code: str | None
    confirmed_by: str


class ClassificationMemory(Protocol):
    """An account's confirmed classifications, checked before any engine."""

    async def recall(self, account_id: str, descriptions: Sequence[str]) -> dict[str, Classification]:
        """Classifications for the descriptions found in memory (exact or near-duplicate), keyed by description."""
        ...

    async def remember(self, confirmation: Confirmation) -> None: ...
