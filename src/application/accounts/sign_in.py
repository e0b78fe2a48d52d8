"""Sign-in with email and password: a bearer token for the session."""

from application.accounts.emails import is_email, normalised_email
from application.accounts.errors import InvalidCredentials
from application.accounts.sign_in_throttle import SignInThrottle
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
        throttle: SignInThrottle,
    ) -> None:
        self._accounts, self._hasher, self._tokens = accounts, hasher, tokens
        self._activity, self._clock, self._throttle = activity, clock, throttle

    async def __call__(self, email: str, password: str, address: str = "") -> tuple[Account, str]:
        """`address`: the client's, when a person signs in over the network (throttled by it too)."""
        email = normalised_email(email)
        await self._throttle.attempt(email, address)
        account = await self._accounts.by_email(email) if is_email(email) else None
        if account is None or not self._hasher.verify(account.password_hash, password):
            await self._throttle.address_failed(address)
            await self._activity.record(Activity(account.id if account else None, "sign-in-failed",
                                                 self._clock.now(), details={"email": email}))  # fmt: skip
            raise InvalidCredentials("wrong email or password")
        await self._throttle.succeeded(email, address)
        await self._activity.record(Activity(account.id, "sign-in", self._clock.now(), account.id))
        return account, self._tokens.issue(account.id, account.password_stamp)
