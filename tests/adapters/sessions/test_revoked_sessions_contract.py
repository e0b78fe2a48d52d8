"""What every RevokedSessions adapter must remember, checked on the twin and on real Redis alike."""

from datetime import timedelta

from adapters.clock.fixed import FixedClock
from application.ports.revoked_sessions import RevokedSessions


async def test_a_session_is_live_until_revoked(revoked: RevokedSessions, clock: FixedClock) -> None:
    assert not await revoked.is_revoked("s1")
    await revoked.revoke("s1", clock.now() + timedelta(hours=12))

    assert await revoked.is_revoked("s1")
    assert not await revoked.is_revoked("s2")


async def test_a_revoked_session_is_remembered_until_its_token_expires(
    revoked: RevokedSessions, clock: FixedClock
) -> None:
    await revoked.revoke("s1", clock.now() + timedelta(hours=2))
    clock.advance(timedelta(hours=2) - timedelta(seconds=1))
    assert await revoked.is_revoked("s1")

    clock.advance(timedelta(seconds=1))
    assert not await revoked.is_revoked("s1")  # its token is refused as expired by then


async def test_revoking_an_expired_session_keeps_nothing(revoked: RevokedSessions, clock: FixedClock) -> None:
    await revoked.revoke("old", clock.now() - timedelta(seconds=1))
    await revoked.revoke("old", clock.now())
    assert not await revoked.is_revoked("old")
