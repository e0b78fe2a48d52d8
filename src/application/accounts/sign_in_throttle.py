"""Failed sign-ins counted per account from one client address, per account from all addresses together and per
client address, so that passwords cannot be guessed at speed, not even from many addresses, while a stranger's
failures from one address do not lock the owner out from the owner's own (failures spread over ten addresses or more
still lock the account everywhere until the window ends: ADR 0038).

A sign-up refused because the e-mail is registered counts as a failure of its address too: the answer tells
the e-mail is taken, so an address may not ask it about many e-mails.
"""

import hashlib
from dataclasses import dataclass

from application.accounts.errors import TooManySignIns
from application.ports.sign_in_failures import SignInFailures


@dataclass(frozen=True, slots=True)
class SignInLimits:
    per_account: int = 5  # failures of one account's e-mail from one client address ...
    per_account_anywhere: int = 50  # ... or of one account's e-mail from all addresses together ...
    per_address: int = 30  # ... or from one client address (an office behind one address has several people)
    window: int = 15 * 60  # seconds, from the first failure


class SignInThrottle:
    def __init__(self, failures: SignInFailures, limits: SignInLimits) -> None:
        self._failures, self._limits = failures, limits

    async def attempt(self, email: str, address: str) -> None:
        """Counts the attempt against the account from this address, then against the account anywhere, before its
        password is read (the pair's count is forgotten on success), so that guesses sent at once cannot all pass
        a check made before any of them failed; raises TooManySignIns past either limit, or while the address or
        the account anywhere has used up its failures. An attempt the pair refuses is not counted anywhere: one
        address cannot spend the account's failures from every address."""
        anywhere = _account_key(email), self._limits.per_account_anywhere
        await self._check([*self._address(address), anywhere])
        await self._count(_pair_key(email, address), self._limits.per_account)
        await self._count(*anywhere)

    async def check_address(self, address: str) -> None:
        await self._check(self._address(address))

    async def address_failed(self, address: str) -> None:
        for key, _ in self._address(address):
            await self._failures.add(key, self._limits.window)

    async def succeeded(self, email: str, address: str) -> None:
        """The pair's failures are forgotten; the address's stay, so that one good account opens no door, and the
        account's anywhere stay, so that the owner signing in does not give a spread-out guesser a fresh count;
        only this attempt is taken off it (a script signing in often must not lock its own account)."""
        await self._failures.clear(_pair_key(email, address))
        await self._failures.forgive(_account_key(email))

    async def _count(self, key: str, limit: int) -> None:
        if await self._failures.add(key, self._limits.window) > limit:
            raise TooManySignIns((await self._failures.count(key)).seconds_left)

    async def _check(self, keys: list[tuple[str, int]]) -> None:
        for key, limit in keys:
            failures = await self._failures.count(key)
            if failures.count >= limit:
                raise TooManySignIns(failures.seconds_left)

    def _address(self, address: str) -> list[tuple[str, int]]:
        """The address's key and limit; none when the caller is not on the network (the command line)."""
        return [(f"address:{address}", self._limits.per_address)] if address else []


def _account_key(email: str) -> str:
    """The account from all addresses together."""
    return "account:" + _hashed(email)


def _pair_key(email: str, address: str) -> str:
    """The account from one client address; without one (the command line) a pair of its own."""
    return f"pair:{_hashed(email)}:{address}"


def _hashed(email: str) -> str:
    """Any e-mail, registered or not (so the answer tells nothing), hashed: no e-mail is kept in the store's keys."""
    return hashlib.sha256(email.encode()).hexdigest()[:32]
