"""Administrators: approve purchases, grant credits, see accounts and pending purchases."""

from typing import Any

from litestar import Controller, Request, get, post
from litestar.params import FromPath, JSONBody, Parameter

from application.billing.approve import ApprovePurchase
from application.billing.grant import GrantCredits
from application.ports.accounts import AccountRepository
from application.ports.ledger import Ledger, Purchases
from domain.accounts.account import Account
from entrypoints.bounds import LARGEST
from entrypoints.http.auth import admin_only
from entrypoints.http.injected import Injected
from entrypoints.http.schemas.accounts import AccountOut
from entrypoints.http.schemas.credits import GrantIn, GrantOut, PurchaseOut


class AdminController(Controller):
    path = "/admin"
    tags = ("admin",)
    guards = (admin_only,)

    @post("/purchases/{purchase_id:str}/approve", status_code=200)
    async def approve(
        self,
        request: Request[Account, str, Any],
        purchase_id: FromPath[str],
        approve_purchase: Injected[ApprovePurchase],
    ) -> PurchaseOut:
        return PurchaseOut.of(await approve_purchase(purchase_id, request.user.id))

    @post("/accounts/{account_id:str}/credits", status_code=201)
    async def grant(
        self,
        request: Request[Account, str, Any],
        account_id: FromPath[str],
        data: JSONBody[GrantIn],
        grant_credits: Injected[GrantCredits],
        ledger: Injected[Ledger],
    ) -> GrantOut:
        entry, resumed = await grant_credits(account_id, data.credits, request.user.id, data.note)
        return GrantOut(account_id, entry.amount, await ledger.balance(account_id), resumed)

    @get("/purchases")
    async def pending(self, purchases: Injected[Purchases]) -> list[PurchaseOut]:
        """Purchases waiting for approval, oldest first."""
        return [PurchaseOut.of(p) for p in await purchases.pending()]

    @get("/accounts")
    async def accounts(
        self,
        accounts: Injected[AccountRepository],
        offset: int = Parameter(default=0, ge=0, le=LARGEST),
        limit: int = Parameter(default=50, ge=1, le=500),
    ) -> list[AccountOut]:
        return [AccountOut.of(a) for a in await accounts.list(offset, limit)]
