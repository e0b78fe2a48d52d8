from collections.abc import Sequence
from typing import Protocol

from domain.accounts.account import Account, ApiKey


class AccountRepository(Protocol):
    async def add(self, account: Account) -> None:
        """Raises ValueError when the email is taken."""
        ...

    async def get(self, account_id: str) -> Account | None: ...

    async def by_email(self, email: str) -> Account | None: ...

    async def save(self, account: Account) -> None: ...

    async def list(self, offset: int = 0, limit: int = 50) -> list[Account]: ...

    async def add_api_key(self, key: ApiKey) -> None: ...

    async def by_api_key(self, key_hash: str) -> Account | None: ...

    async def api_keys_of(self, account_id: str) -> Sequence[ApiKey]:
        """The account's keys, the oldest first."""
        ...

    async def remove_api_key(self, account_id: str, key_id: str) -> bool:
        """False when the account has no such key (another account's included)."""
        ...
