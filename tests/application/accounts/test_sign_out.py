"""Signing out revokes the session: its token stops working everywhere, other sessions and API keys do not."""

import jwt
import pytest

from application.accounts.errors import NotAuthenticated
from tests.application.service_world import ServiceWorld

EMAIL, PASSWORD = "broker@example.com", "correct horse"


async def test_a_token_stops_working_once_its_session_is_signed_out() -> None:
    world = ServiceWorld()
    account = await world.account(EMAIL)
    _, token = await world.sign_in(EMAIL, PASSWORD)
    _, other_session = await world.sign_in(EMAIL, PASSWORD)

    await world.sign_out(token)

    with pytest.raises(NotAuthenticated):
        await world.authenticate(token)
    assert (await world.authenticate(other_session)).id == account.id


async def test_signing_out_an_api_key_or_a_forged_token_changes_nothing() -> None:
    world = ServiceWorld()
    account = await world.account(EMAIL)
    _, secret = await world.issue_api_key(account.id, "nightly import")
    await world.sign_out(secret)
    await world.sign_out("garbage")
    assert (await world.authenticate(secret)).id == account.id


async def test_a_token_without_a_session_id_is_refused() -> None:
    """Tokens from before sessions could be revoked carry no `jti`: they cannot be signed out, so they are refused."""
    world = ServiceWorld()
    account = await world.account(EMAIL)
    _, token = await world.sign_in(EMAIL, PASSWORD)
    claims = jwt.decode(token, options={"verify_signature": False})
    del claims["jti"]
    old_style = jwt.encode(claims, world.tokens._secret, algorithm="HS256")  # forging needs the key

    assert (await world.authenticate(token)).id == account.id
    with pytest.raises(NotAuthenticated):
        await world.authenticate(old_style)
