import copy
from collections.abc import Sequence

from domain.accounts.account import Account, ApiKey


class InMemoryAccountRepository:
    """The AccountRepository twin; emails match without regard to case, as in the SQL adapter."""

    def __init__(self) -> None:
        self.accounts: dict[str, Account] = {}
        self.api_keys: dict[str, ApiKey] = {}

    async def add(self, account: Account) -> None:
        if await self.by_email(account.email) is not None:
            raise ValueError(f"the email {account.email} is already registered")
        self.accounts[account.id] = copy.deepcopy(account)

    async def get(self, account_id: str) -> Account | None:
        account = self.accounts.get(account_id)
        return copy.deepcopy(account) if account else None

    async def by_email(self, email: str) -> Account | None:
        wanted = email.strip().casefold()
        found = next((a for a in self.accounts.values() if a.email.strip().casefold() == wanted), None)
        return copy.deepcopy(found) if found else None

    async def save(self, account: Account) -> None:
        self.accounts[account.id] = copy.deepcopy(account)

    async def list(self, offset: int = 0, limit: int = 50) -> list[Account]:
        ordered = sorted(self.accounts.values(), key=lambda a: (a.created_at, a.id))
        return [copy.deepcopy(a) for a in ordered[offset : offset + limit]]

    async def add_api_key(self, key: ApiKey) -> None:
        self.api_keys[key.key_hash] = key

    async def by_api_key(self, key_hash: str) -> Account | None:
        key = self.api_keys.get(key_hash)
        return await self.get(key.account_id) if key else None

    async def api_keys_of(self, account_id: str) -> Sequence[ApiKey]:
        owned = [key for key in self.api_keys.values() if key.account_id == account_id]
        return sorted(owned, key=lambda key: (key.created_at, key.id))

    async def remove_api_key(self, account_id: str, key_id: str) -> bool:
        found = next((h for h, k in self.api_keys.items() if k.id == key_id and k.account_id == account_id), None)
        return found is not None and self.api_keys.pop(found) is not None
