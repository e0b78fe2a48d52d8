"""Sign-up: a new account with a hashed password and the trial credits."""

import uuid

from application.accounts.emails import is_email, normalised_email
from application.accounts.errors import EmailTaken, InvalidEmail, WeakPassword
from application.accounts.sign_in_throttle import SignInThrottle
from application.ports.accounts import AccountRepository
from application.ports.activity import Activity, ActivityLog
from application.ports.clock import Clock
from application.ports.ledger import Ledger
from application.ports.security import PasswordHasher
from domain.accounts.account import Account, Role
from domain.billing.ledger import EntryKind, LedgerEntry

MIN_PASSWORD = 8


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise WeakPassword(f"the password needs at least {MIN_PASSWORD} characters")


class RegisterAccount:
    def __init__(
        self,
        accounts: AccountRepository,
        hasher: PasswordHasher,
        ledger: Ledger,
        activity: ActivityLog,
        clock: Clock,
        trial_credits: int,
        throttle: SignInThrottle,
    ) -> None:
        self._accounts, self._hasher, self._ledger = accounts, hasher, ledger
        self._activity, self._clock, self._trial_credits, self._throttle = activity, clock, trial_credits, throttle

    async def __call__(self, email: str, password: str, role: Role = Role.USER, address: str = "") -> Account:
        """`address`: the client's, when a person signs up over the network: a taken e-mail counts against it."""
        email = normalised_email(email)
        if not is_email(email):
            raise InvalidEmail(f"'{email}' is not an email address")
        check_password(password)
        await self._throttle.check_address(address)
        if await self._accounts.by_email(email) is not None:
            await self._throttle.address_failed(address)
            raise EmailTaken(f"{email} is already registered")
        now = self._clock.now()
        account = Account(uuid.uuid4().hex, email, self._hasher.hash(password), now, role)
        try:
            await self._accounts.add(account)
        except ValueError as taken:  # a concurrent sign-up with the same email won
            raise EmailTaken(f"{email} is already registered") from taken
        if self._trial_credits > 0:
            trial = LedgerEntry(account.id, EntryKind.GRANT, self._trial_credits, f"{account.id}:trial", now,
                                note="trial credits")  # fmt: skip
            await self._ledger.post(trial)
        await self._activity.record(Activity(account.id, "register", now, account.id, {"role": role.value}))
        return account
