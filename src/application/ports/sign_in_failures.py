from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Failures:
    count: int
    seconds_left: int  # until the count is forgotten; 0 when there is none


class SignInFailures(Protocol):
    """Failed sign-ins counted per key (an account, a client address), shared by every API process (Redis; a twin
    when embedded). A count starts at its first failure and is forgotten `window` seconds later, whole."""

    async def add(self, key: str, window: int) -> int:
        """The key's count with this failure."""
        ...

    async def count(self, key: str) -> Failures: ...

    async def clear(self, key: str) -> None: ...

    async def forgive(self, key: str) -> None:
        """Takes one off the key's count (never below none): an attempt counted before its password was read that
        turned out right."""
        ...
