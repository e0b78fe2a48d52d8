from datetime import datetime

from application.ports.clock import Clock


class InMemoryRevokedSessions:
    """The signed-out sessions of one process (embedded mode, tests); forgets each as the Redis adapter does."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._revoked: dict[str, datetime] = {}  # session id -> its token's expiry

    async def revoke(self, session_id: str, expires_at: datetime) -> None:
        now = self._clock.now()
        self._revoked = {sid: at for sid, at in self._revoked.items() if at > now}  # the expired ones go
        if expires_at > now:
            self._revoked[session_id] = expires_at

    async def is_revoked(self, session_id: str) -> bool:
        expires_at = self._revoked.get(session_id)
        return expires_at is not None and expires_at > self._clock.now()
