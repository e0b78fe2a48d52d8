"""`gumruk admin create`: an administrator account, or an existing account made one."""

from application.accounts.emails import normalised_email
from application.accounts.register import RegisterAccount, check_password
from application.ports.accounts import AccountRepository
from application.ports.activity import Activity, ActivityLog
from application.ports.clock import Clock
from application.ports.security import PasswordHasher
from domain.accounts.account import Account, Role


class CreateAdministrator:
    def __init__(
        self,
        register: RegisterAccount,
        accounts: AccountRepository,
        hasher: PasswordHasher,
        activity: ActivityLog,
        clock: Clock,
    ) -> None:
        self._register, self._accounts, self._hasher = register, accounts, hasher
        self._activity, self._clock = activity, clock

    async def __call__(self, email: str, password: str) -> tuple[Account, bool]:
        """The administrator and whether the account is new; an existing one gets the role and the password."""
        check_password(password)
        account = await self._accounts.by_email(normalised_email(email))
        if account is None:
            return await self._register(email, password, Role.ADMIN), True
        account.role = Role.ADMIN
        account.password_hash = self._hasher.hash(password)
        await self._accounts.save(account)
        await self._activity.record(Activity(None, "admin-promote", self._clock.now(), account.id))
        return account, False
