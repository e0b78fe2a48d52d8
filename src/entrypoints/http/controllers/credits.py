"""The account's credits: balance and ledger, the packages on sale, and buying one."""

from typing import Any

from litestar import Controller, Request, get, post
from litestar.params import JSONBody, Parameter

from application.billing.purchase import PurchaseCredits
from application.billing.statement import CreditStatement
from domain.accounts.account import Account
from domain.billing.ledger import CreditPackage
from entrypoints.http.injected import Injected
from entrypoints.http.schemas.credits import CreditsOut, EntryOut, PackageOut, PurchaseIn, PurchaseOut


class CreditsController(Controller):
    path = "/credits"
    tags = ("credits",)

    @get("")
    async def balance(
        self,
        request: Request[Account, str, Any],
        credit_statement: Injected[CreditStatement],
        limit: int = Parameter(default=100, ge=1, le=1000, description="how many of the latest entries"),
    ) -> CreditsOut:
        """The balance (the sum of every entry) and the latest ledger entries, newest first."""
        statement = await credit_statement(request.user.id, limit)
        return CreditsOut(statement.balance, [EntryOut.of(e) for e in statement.entries])

    @get("/packages")
    async def packages(self, credit_packages: Injected[tuple[CreditPackage, ...]]) -> list[PackageOut]:
        return [PackageOut.of(p) for p in credit_packages]

    @post("/purchase", status_code=201)
    async def purchase(
        self,
        request: Request[Account, str, Any],
        data: JSONBody[PurchaseIn],
        purchase_credits: Injected[PurchaseCredits],
    ) -> PurchaseOut:
        """Records the purchase as pending; the credits arrive when the payment is confirmed (an administrator
        approves it in the embedded setup), and jobs waiting for credits then resume."""
        return PurchaseOut.of(await purchase_credits(request.user.id, data.package_id))
