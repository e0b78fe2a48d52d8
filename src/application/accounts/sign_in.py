"""Sign-in with email and password: a bearer token for the session."""

from application.accounts.errors import InvalidCredentials
from application.ports.accounts import AccountRepository
from application.ports.activity import Activity, ActivityLog
from application.ports.clock import Clock
from application.ports.security import PasswordHasher, SessionTokens
from domain.accounts.account import Account


class SignIn:
    def __init__(
        self,
        accounts: AccountRepository,
        hasher: PasswordHasher,
        tokens: SessionTokens,
        activity: ActivityLog,
        clock: Clock,
    ) -> None:
        self._accounts, self._hasher, self._tokens = accounts, hasher, tokens
        self._activity, self._clock = activity, clock

    async def __call__(self, email: str, password: str) -> tuple[Account, str]:
        account = await self._accounts.by_email(email.strip().lower())
        if account is None or not self._hasher.verify(account.password_hash, password):
            await self._activity.record(Activity(account.id if account else None, "sign-in-failed",
                                                 self._clock.now(), details={"email": email}))  # fmt: skip
            raise InvalidCredentials("wrong email or password")
        await self._activity.record(Activity(account.id, "sign-in", self._clock.now(), account.id))
        return account, self._tokens.issue(account.id)
