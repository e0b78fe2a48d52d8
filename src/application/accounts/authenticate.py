"""Who sent a request: a session token from sign-in (unless signed out or the password changed since), or an API
key (a new password leaves the account's API keys working)."""

from application.accounts.api_keys import API_KEY_PREFIX, key_hash
from application.accounts.errors import NotAuthenticated
from application.ports.accounts import AccountRepository
from application.ports.revoked_sessions import RevokedSessions
from application.ports.security import SessionTokens
from domain.accounts.account import Account


class Authenticate:
    def __init__(self, accounts: AccountRepository, tokens: SessionTokens, revoked: RevokedSessions) -> None:
        self._accounts, self._tokens, self._revoked = accounts, tokens, revoked

    async def __call__(self, bearer: str) -> Account:
        bearer = bearer.strip()
        account = None
        if bearer.startswith(API_KEY_PREFIX):
            account = await self._accounts.by_api_key(key_hash(bearer))
        elif (claims := self._tokens.claims_of(bearer)) and not await self._revoked.is_revoked(claims.session_id):
            account = await self._accounts.get(claims.account_id)
            if account is not None and account.password_stamp != claims.password_stamp:
                account = None
        if account is None:
            raise NotAuthenticated("the token is missing, expired, signed out, from before a new password, or unknown")
        return account
