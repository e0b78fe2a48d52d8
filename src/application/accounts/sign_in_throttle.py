"""Failed sign-ins per account and per client address, so that passwords cannot be guessed at speed (ADR 0038).

A sign-up refused because the e-mail is registered counts as a failure of its address too: the answer tells
the e-mail is taken, so an address may not ask it about many e-mails.
"""

import hashlib
from dataclasses import dataclass

from application.accounts.errors import TooManySignIns
from application.ports.sign_in_failures import SignInFailures


@dataclass(frozen=True, slots=True)
class SignInLimits:
    per_account: int = 5  # failures of one account's e-mail ...
    per_address: int = 30  # ... or from one client address (an office behind one address has several people)
    window: int = 15 * 60  # seconds, from the first failure


class SignInThrottle:
    def __init__(self, failures: SignInFailures, limits: SignInLimits) -> None:
        self._failures, self._limits = failures, limits

    async def attempt(self, email: str, address: str) -> None:
        """Counts the attempt against the account before its password is read (it is forgotten on success), so
        that guesses sent at once cannot all pass a check made before any of them failed; raises TooManySignIns
        past the account's limit, or while the address has used up its failures."""
        await self._check(self._address(address))
        key = _account_key(email)
        if await self._failures.add(key, self._limits.window) > self._limits.per_account:
            raise TooManySignIns((await self._failures.count(key)).seconds_left)

    async def check_address(self, address: str) -> None:
        await self._check(self._address(address))

    async def address_failed(self, address: str) -> None:
        for key, _ in self._address(address):
            await self._failures.add(key, self._limits.window)

    async def succeeded(self, email: str) -> None:
        """The account's failures are forgotten; the address's stay, so that one good account opens no door."""
        await self._failures.clear(_account_key(email))

    async def _check(self, keys: list[tuple[str, int]]) -> None:
        for key, limit in keys:
            failures = await self._failures.count(key)
            if failures.count >= limit:
                raise TooManySignIns(failures.seconds_left)

    def _address(self, address: str) -> list[tuple[str, int]]:
        """The address's key and limit; none when the caller is not on the network (the command line)."""
        return [(f"address:{address}", self._limits.per_address)] if address else []


def _account_key(email: str) -> str:
    """Any e-mail, registered or not (so the answer tells nothing), hashed: no address is kept in the store's keys."""
    return "account:" + hashlib.sha256(email.encode()).hexdigest()[:32]
