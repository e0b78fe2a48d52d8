"""Sign-up, sign-in, the signed-in account, its password and its API keys."""

from typing import Any

from litestar import Controller, Request, Response, delete, get, post, put
from litestar.params import FromPath, JSONBody

from adapters.declaration.header_input import as_the_header_writes
from application.accounts.api_keys import IssueApiKey, RevokeApiKey
from application.accounts.change_password import ChangePassword
from application.accounts.register import RegisterAccount
from application.accounts.sign_in import SignIn
from application.accounts.sign_out import SignOut
from application.billing.statement import CreditStatement
from application.ports.accounts import AccountRepository
from domain.accounts.account import Account
from entrypoints.http.auth import client_address
from entrypoints.http.header_form import upload_header
from entrypoints.http.injected import Injected
from entrypoints.http.schemas.accounts import (
    AccountOut,
    ApiKeyIn,
    ApiKeyOut,
    Credentials,
    KeyOut,
    MeOut,
    PasswordIn,
    ProfileIn,
    TokenOut,
)
from entrypoints.http.web.session import SESSION_COOKIE, session_cookie

DEFAULT_COUNTRY = "TM"


class AccountController(Controller):
    tags = ("accounts",)

    @post("/auth/register", status_code=201, exclude_from_auth=True)
    async def register(
        self,
        request: Request,
        data: JSONBody[Credentials],
        register_account: Injected[RegisterAccount],
        sign_in: Injected[SignIn],
    ) -> TokenOut:
        """A new account with the trial credits; answers with a bearer token, as sign-in does. A registered e-mail
        is 409 (a sign-up form must say so), counted as a failure of the client's address (ADR 0038)."""
        await register_account(data.email, data.password, address=client_address(request))
        account, token = await sign_in(data.email, data.password)
        return TokenOut(token, AccountOut.of(account))

    @post("/auth/login", status_code=200, exclude_from_auth=True)
    async def login(self, request: Request, data: JSONBody[Credentials], sign_in: Injected[SignIn]) -> TokenOut:
        """429 with `Retry-After` after too many failed sign-ins of the account or from the client's address."""
        account, token = await sign_in(data.email, data.password, client_address(request))
        return TokenOut(token, AccountOut.of(account))

    @post("/auth/logout", status_code=204)
    async def logout(self, request: Request[Account, str, Any], sign_out: Injected[SignOut]) -> None:
        """Ends the session of the bearer token at once (an API key stays valid: DELETE /api-keys/{id} revokes it)."""
        await sign_out(request.auth)

    @get("/me")
    async def me(self, request: Request[Account, str, Any], credit_statement: Injected[CreditStatement]) -> MeOut:
        statement = await credit_statement(request.user.id, limit=0)
        return MeOut(AccountOut.of(request.user), statement.balance)

    @put("/me/profile")
    async def profile(
        self,
        request: Request[Account, str, Any],
        data: JSONBody[ProfileIn],
        accounts: Injected[AccountRepository],
    ) -> AccountOut:
        """Default declaration header fields for every upload of this account; checked like an upload's."""
        upload_header(DEFAULT_COUNTRY, {}, data.fields)
        account = request.user
        account.profile = {name: value.strip() for name, value in as_the_header_writes(data.fields).items()
                           if value.strip()}  # fmt: skip
        await accounts.save(account)
        return AccountOut.of(account)

    @put("/me/password")
    async def password(
        self,
        request: Request[Account, str, Any],
        data: JSONBody[PasswordIn],
        change_password: Injected[ChangePassword],
    ) -> Response[TokenOut]:
        """A new password, the current one asked for (a wrong one is 422 `wrong_password`, counted as a failed
        sign-in). Every session signed in with the old password ends; this answer's token is the session's new one
        (a browser's cookie is renewed with it). The account's API keys work on."""
        account = request.user
        token = await change_password(account, data.current_password, data.new_password, client_address(request))
        secure = request.url.scheme == "https"
        cookies = [session_cookie(token, secure)] if SESSION_COOKIE in request.cookies else []
        return Response(TokenOut(token, AccountOut.of(account)), cookies=cookies)

    @get("/api-keys")
    async def api_keys(
        self, request: Request[Account, str, Any], accounts: Injected[AccountRepository]
    ) -> list[KeyOut]:
        """The account's keys, the oldest first (their secrets were shown once, when issued)."""
        return [KeyOut(key.id, key.label, key.created_at) for key in await accounts.api_keys_of(request.user.id)]

    @delete("/api-keys/{key_id:str}", status_code=204)
    async def revoke_api_key(
        self, request: Request[Account, str, Any], key_id: FromPath[str], revoke_api_key: Injected[RevokeApiKey]
    ) -> None:
        """The key stops working at once; 404 for a key that is not the account's."""
        await revoke_api_key(request.user.id, key_id)

    @post("/api-keys", status_code=201)
    async def api_key(
        self, request: Request[Account, str, Any], data: JSONBody[ApiKeyIn], issue_api_key: Injected[IssueApiKey]
    ) -> ApiKeyOut:
        """A key for scripts, sent as `Authorization: Bearer <key>`; shown only in this answer."""
        key, secret = await issue_api_key(request.user.id, data.label)
        return ApiKeyOut(key.id, key.label, key.created_at, secret)
