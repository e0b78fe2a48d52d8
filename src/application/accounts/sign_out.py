"""Sign-out: the session's token stops working everywhere at once, not only in the browser that dropped it."""

from application.ports.revoked_sessions import RevokedSessions
from application.ports.security import SessionTokens


class SignOut:
    def __init__(self, tokens: SessionTokens, revoked: RevokedSessions) -> None:
        self._tokens, self._revoked = tokens, revoked

    async def __call__(self, token: str) -> None:
        """Revokes the token's session; an API key, or a token already expired or forged, is left as it is."""
        claims = self._tokens.claims_of(token)
        if claims is not None:
            await self._revoked.revoke(claims.session_id, claims.expires_at)
