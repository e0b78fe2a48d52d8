"""Request and response bodies of sign-up, sign-in, the profile and API keys."""

from datetime import datetime
from typing import Annotated

import msgspec

from domain.accounts.account import Account


class Credentials(msgspec.Struct, forbid_unknown_fields=True):
    email: str
    password: str


class AccountOut(msgspec.Struct):
    id: str
    email: str
    role: str
    created_at: datetime
    profile: dict[str, str]

    @classmethod
    def of(cls, account: Account) -> "AccountOut":
        return cls(account.id, account.email, account.role.value, account.created_at, dict(account.profile))


class MeOut(msgspec.Struct):
    account: AccountOut
    balance: int


class TokenOut(msgspec.Struct):
    access_token: str
    account: AccountOut
    token_type: str = "bearer"


class ProfileIn(msgspec.Struct, forbid_unknown_fields=True):
    """Default declaration header fields for this account's uploads (see GET /processing/header-fields)."""

    fields: dict[str, str]


class PasswordIn(msgspec.Struct, forbid_unknown_fields=True):
    current_password: str
    new_password: str


class ApiKeyIn(msgspec.Struct, forbid_unknown_fields=True):
    label: Annotated[str, msgspec.Meta(max_length=100)] = "script"


class KeyOut(msgspec.Struct):
    """An API key as listed: its secret was shown once, when it was issued."""

    id: str
    label: str
    created_at: datetime


class ApiKeyOut(msgspec.Struct):
    id: str
    label: str
    created_at: datetime
    key: str  # shown once: send it as `Authorization: Bearer <key>`
