from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.persistence.engine import writing
from adapters.persistence.tables import accounts, api_keys
from domain.accounts.account import Account, ApiKey, Role


def email_key(email: str) -> str:
    """Two spellings of one mailbox are one account."""
    return email.strip().casefold()


class SqlAccountRepository:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def add(self, account: Account) -> None:
        try:
            async with writing(self._sessions) as session:
                await session.execute(accounts.insert().values(_row(account)))
        except IntegrityError as error:
            if await self.by_email(account.email) is not None:
                raise ValueError(f"the email {account.email} is already registered") from error
            raise

    async def get(self, account_id: str) -> Account | None:
        return await self._one(select(accounts).where(accounts.c.id == account_id))

    async def by_email(self, email: str) -> Account | None:
        return await self._one(select(accounts).where(accounts.c.email_key == email_key(email)))

    async def save(self, account: Account) -> None:
        values = _row(account)
        del values["id"], values["created_at"]
        async with writing(self._sessions) as session:
            await session.execute(update(accounts).where(accounts.c.id == account.id).values(values))

    async def list(self, offset: int = 0, limit: int = 50) -> list[Account]:
        query = select(accounts).order_by(accounts.c.created_at, accounts.c.id).offset(offset).limit(limit)
        async with self._sessions() as session:
            return [_account(row) for row in await session.execute(query)]

    async def add_api_key(self, key: ApiKey) -> None:
        async with writing(self._sessions) as session:
            await session.execute(
                api_keys.insert().values(
                    id=key.id, account_id=key.account_id, key_hash=key.key_hash, label=key.label,
                    created_at=key.created_at,
                )
            )  # fmt: skip

    async def by_api_key(self, key_hash: str) -> Account | None:
        owner = select(api_keys.c.account_id).where(api_keys.c.key_hash == key_hash).scalar_subquery()
        return await self._one(select(accounts).where(accounts.c.id == owner))

    async def api_keys_of(self, account_id: str) -> Sequence[ApiKey]:
        query = (
            select(api_keys).where(api_keys.c.account_id == account_id).order_by(api_keys.c.created_at, api_keys.c.id)
        )
        async with self._sessions() as session:
            return [ApiKey(row.id, row.account_id, row.key_hash, row.label, row.created_at)
                    for row in await session.execute(query)]  # fmt: skip

    async def remove_api_key(self, account_id: str, key_id: str) -> bool:
        async with writing(self._sessions) as session:
            removed = await session.execute(
                delete(api_keys).where(api_keys.c.id == key_id, api_keys.c.account_id == account_id)
            )
        return bool(getattr(removed, "rowcount", 0))

    async def _one(self, query: Any) -> Account | None:
        async with self._sessions() as session:
            row = (await session.execute(query)).first()
        return _account(row) if row else None


def _row(account: Account) -> dict[str, Any]:
    return {
        "id": account.id, "email": account.email, "email_key": email_key(account.email),
        "password_hash": account.password_hash, "created_at": account.created_at, "role": account.role.value,
        "profile": dict(account.profile),
    }  # fmt: skip


def _account(row: Any) -> Account:
    return Account(row.id, row.email, row.password_hash, row.created_at, Role(row.role), dict(row.profile))
