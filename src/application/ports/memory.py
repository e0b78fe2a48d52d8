from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from application.memory.remembered import Remembered
from domain.classification.candidate import Classification


@dataclass(frozen=True, slots=True)
class MemoryEntry:
    """A remembered classification as it is listed; `id` is what `forget` takes."""

    id: int
    remembered: Remembered


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

    async def entries(self, account_id: str | None = None) -> list[MemoryEntry]:
        """Every remembered classification, of one account or of all, in the order they were first made."""
        ...

    async def forget(self, entry_id: int) -> MemoryEntry | None:
        """Removes one, so its product is classified afresh; None when there is no such entry."""
        ...
