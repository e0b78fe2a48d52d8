"""An administrator looks through the classifications accounts confirmed, and forgets the wrong ones; a broker
does the same with the account's own.

A forgotten product is classified afresh (and charged) the next time a list holds it, until it is confirmed again.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from application.accounts.emails import normalised_email
from application.errors import NotFound
from application.memory.folding import folded
from application.memory.normalise import memory_key, memory_words
from application.memory.stems import stemmed
from application.ports.accounts import AccountRepository
from application.ports.activity import Activity, ActivityLog
from application.ports.clock import Clock
from application.ports.memory import ClassificationMemory, MemoryEntry


@dataclass(frozen=True, slots=True)
class Listed:
    """An entry with its account's email (the account id when the account is gone)."""

    entry: MemoryEntry
    email: str


class AccountMemory:
    def __init__(
        self, memory: ClassificationMemory, accounts: AccountRepository, activity: ActivityLog, clock: Clock
    ) -> None:
        self._memory, self._accounts, self._activity, self._clock = memory, accounts, activity, clock

    async def list(self, email: str | None = None, search: str = "") -> list[Listed]:
        """One account's entries (all accounts' without `email`) whose description holds `search` (folded as
        memory compares descriptions: case, 'ё', 'Gök çaý' typed 'gok cay') or whose code starts with it."""
        account_id = await self._account_id(email) if email else None
        wanted = _Search(search)
        found = [entry for entry in await self._memory.entries(account_id) if wanted.matches(entry)]
        emails = {owner: await self._email(owner) for owner in {entry.remembered.account_id for entry in found}}
        return [Listed(entry, emails[entry.remembered.account_id]) for entry in found]

    async def own(self, account_id: str, search: str = "") -> Sequence[MemoryEntry]:
        """The account's own entries, the latest first, whose description or code matches `search` (as list's)."""
        wanted = _Search(search)
        return [entry for entry in reversed(await self._memory.entries(account_id)) if wanted.matches(entry)]

    async def forget_own(self, account_id: str, entry_id: int) -> Listed:
        """Forgets one of the account's own entries; another account's is as unknown as one never made."""
        if not any(entry.id == entry_id for entry in await self._memory.entries(account_id)):
            raise NotFound(f"no remembered classification {entry_id}")
        return await self.forget(entry_id)

    async def forget(self, entry_id: int) -> Listed:
        forgotten = await self._memory.forget(entry_id)
        if forgotten is None:
            raise NotFound(f"no remembered classification {entry_id}")
        remembered = forgotten.remembered
        listed = Listed(forgotten, await self._email(remembered.account_id))
        details = {"description": remembered.description, "code": remembered.national_code or remembered.hs6}
        await self._activity.record(Activity(remembered.account_id, "memory forget", self._clock.now(),
                                             str(entry_id), details))  # fmt: skip
        return listed

    async def forget_description(self, email: str, description: str) -> Listed:
        """The entry the description is recalled from exactly (the same words, size and colour aside)."""
        account_id = await self._account_id(email)
        key = memory_key(description).text
        for entry in await self._memory.entries(account_id):
            if entry.remembered.key == key:
                return await self.forget(entry.id)
        raise NotFound(f"{email} has no remembered classification for '{description}'")

    async def _account_id(self, email: str) -> str:
        """The account's id; an owner of entries that is no account ("local", the command line's own memory)
        is its own id."""
        account = await self._accounts.by_email(normalised_email(email))
        if account is not None:
            return account.id
        if await self._memory.entries(email.strip()):
            return email.strip()
        raise NotFound(f"no account {email}")

    async def _email(self, account_id: str) -> str:
        account = await self._accounts.get(account_id)
        return account.email if account else account_id


class _Search:
    """What a memory search asks for, worked out once for all the entries it is matched against: the folded text,
    the code's digits, and the stems of its words ('фильтры масляные' finds 'Фильтр масляный')."""

    def __init__(self, search: str) -> None:
        self._text = folded(search.strip())
        self._digits = self._text.replace(" ", "").replace(".", "")
        self._stems = frozenset(stemmed(word) for word in memory_words(search))

    def matches(self, entry: MemoryEntry) -> bool:
        remembered = entry.remembered
        codes = (remembered.hs6, remembered.national_code or "")
        if self._digits and any(code.startswith(self._digits) for code in codes):
            return True
        if self._text in folded(remembered.description):
            return True
        return bool(self._stems) and self._stems <= {stemmed(w) for w in memory_words(remembered.description)}
