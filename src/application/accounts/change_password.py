"""A new password: the broker's own (the current one asked for), or one an administrator sets for an account whose
password is forgotten. Every session signed in with the old password ends at once (its token carries the old
password's stamp); the broker who changed it gets a new token for the session at hand."""

from application.accounts.emails import normalised_email
from application.accounts.errors import WrongPassword
from application.accounts.register import check_password
from application.accounts.sign_in_throttle import SignInThrottle
from application.errors import NotFound
from application.ports.accounts import AccountRepository
from application.ports.activity import Activity, ActivityLog
from application.ports.clock import Clock
from application.ports.security import PasswordHasher, SessionTokens
from domain.accounts.account import Account


class ChangePassword:
    def __init__(
        self,
        accounts: AccountRepository,
        hasher: PasswordHasher,
        tokens: SessionTokens,
        activity: ActivityLog,
        clock: Clock,
        throttle: SignInThrottle,
    ) -> None:
        self._accounts, self._hasher, self._tokens = accounts, hasher, tokens
        self._activity, self._clock, self._throttle = activity, clock, throttle

    async def __call__(self, account: Account, current: str, new: str, address: str = "") -> str:
        """A new session token; a wrong current password counts as a failed sign-in (it could be guessed here)."""
        await self._throttle.attempt(account.email, address)
        if not self._hasher.verify(account.password_hash, current):
            await self._throttle.address_failed(address)
            raise WrongPassword("the current password is wrong")
        await self._throttle.succeeded(account.email, address)
        check_password(new)
        account.password_hash = self._hasher.hash(new)
        await self._accounts.save(account)
        await self._activity.record(Activity(account.id, "password-change", self._clock.now(), account.id))
        return self._tokens.issue(account.id, account.password_stamp)


class ResetPassword:
    """`gumruk admin password`: an administrator sets a new password for an account that forgot its own."""

    def __init__(
        self, accounts: AccountRepository, hasher: PasswordHasher, activity: ActivityLog, clock: Clock
    ) -> None:
        self._accounts, self._hasher, self._activity, self._clock = accounts, hasher, activity, clock

    async def __call__(self, email: str, password: str) -> Account:
        check_password(password)
        account = await self._accounts.by_email(normalised_email(email))
        if account is None:
            raise NotFound(f"no account {email.strip()}")
        account.password_hash = self._hasher.hash(password)
        await self._accounts.save(account)
        await self._activity.record(Activity(None, "admin-password-reset", self._clock.now(), account.id))
        return account
