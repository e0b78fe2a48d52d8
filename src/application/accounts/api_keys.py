"""API keys for scripts: a random secret shown once; only its sha256 is kept. A key is revoked by deleting it."""

import hashlib
import secrets
import uuid

from application.errors import NotFound
from application.ports.accounts import AccountRepository
from application.ports.activity import Activity, ActivityLog
from application.ports.clock import Clock
from domain.accounts.account import ApiKey

API_KEY_PREFIX = "gk_"


def key_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class IssueApiKey:
    def __init__(self, accounts: AccountRepository, activity: ActivityLog, clock: Clock) -> None:
        self._accounts, self._activity, self._clock = accounts, activity, clock

    async def __call__(self, account_id: str, label: str) -> tuple[ApiKey, str]:
        """The key record and the secret; the secret cannot be shown again."""
        secret = API_KEY_PREFIX + secrets.token_urlsafe(32)
        key = ApiKey(uuid.uuid4().hex, account_id, key_hash(secret), label.strip()[:100], self._clock.now())
        await self._accounts.add_api_key(key)
        await self._activity.record(Activity(account_id, "api-key", key.created_at, key.id, {"label": key.label}))
        return key, secret


class RevokeApiKey:
    def __init__(self, accounts: AccountRepository, activity: ActivityLog, clock: Clock) -> None:
        self._accounts, self._activity, self._clock = accounts, activity, clock

    async def __call__(self, account_id: str, key_id: str) -> None:
        """The key stops working at once; another account's key is as unknown as one never issued."""
        if not await self._accounts.remove_api_key(account_id, key_id):
            raise NotFound(f"no API key {key_id}")
        await self._activity.record(Activity(account_id, "api-key-revoke", self._clock.now(), key_id))
