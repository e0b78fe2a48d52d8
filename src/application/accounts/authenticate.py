"""Who sent a request: a session token from sign-in, or an API key."""

from application.accounts.api_keys import API_KEY_PREFIX, key_hash
from application.accounts.errors import NotAuthenticated
from application.ports.accounts import AccountRepository
from application.ports.security import SessionTokens
from domain.accounts.account import Account


class Authenticate:
    def __init__(self, accounts: AccountRepository, tokens: SessionTokens) -> None:
        self._accounts, self._tokens = accounts, tokens

    async def __call__(self, bearer: str) -> Account:
        bearer = bearer.strip()
        if bearer.startswith(API_KEY_PREFIX):
            account = await self._accounts.by_api_key(key_hash(bearer))
        else:
            account_id = self._tokens.account_of(bearer)
            account = await self._accounts.get(account_id) if account_id else None
        if account is None:
            raise NotAuthenticated("the token is missing, expired or unknown")
        return account
