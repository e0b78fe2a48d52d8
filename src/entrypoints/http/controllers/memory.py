"""The account's memory: the codes its brokers confirmed or corrected, which later lists are answered from (free);
a wrong one is forgotten here, and its product is classified afresh the next time."""

from typing import Annotated, Any

from litestar import Controller, Request, delete, get
from litestar.params import Parameter

from application.memory.account_memory import AccountMemory
from domain.accounts.account import Account
from entrypoints.bounds import LARGEST
from entrypoints.http.injected import Injected
from entrypoints.http.schemas.memory import MemoryPage, RememberedOut


class MemoryController(Controller):
    path = "/me/memory"
    tags = ("memory",)

    @get("")
    async def entries(
        self,
        request: Request[Account, str, Any],
        account_memory: Injected[AccountMemory],
        search: str = Parameter(default="", max_length=200, description="words of the description, or a code's start"),
        limit: int = Parameter(default=200, ge=1, le=1000, description="how many of the latest matches"),
    ) -> MemoryPage:
        """The account's remembered classifications, the latest first."""
        found = await account_memory.own(request.user.id, search)
        return MemoryPage(len(found), [RememberedOut.of(entry) for entry in found[:limit]])

    @delete("/{entry_id:int}", status_code=204)
    async def forget(
        self,
        request: Request[Account, str, Any],
        entry_id: Annotated[int, Parameter(ge=1, le=LARGEST)],
        account_memory: Injected[AccountMemory],
    ) -> None:
        """Forgets one; 404 for an id that is not the account's."""
        await account_memory.forget_own(request.user.id, entry_id)
