from datetime import datetime
from typing import Protocol


class RevokedSessions(Protocol):
    """Sessions ended before their token expires (signed out), shared by every API process (Redis; a twin when
    embedded). A session is remembered until its token would have expired anyway, and no longer."""

    async def revoke(self, session_id: str, expires_at: datetime) -> None: ...

    async def is_revoked(self, session_id: str) -> bool: ...
