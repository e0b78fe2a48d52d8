from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Activity:
    """Who did what, when: sign-ins, uploads, downloads, reviews, purchases, admin actions."""

    account_id: str | None
    action: str
    at: datetime
    subject: str | None = None  # job id, purchase id, account id ...
    details: dict[str, str] = field(default_factory=dict)


class ActivityLog(Protocol):
    async def record(self, activity: Activity) -> None: ...

    async def recent(
        self, account_id: str | None = None, action: str | None = None, limit: int = 100
    ) -> list[Activity]: ...
