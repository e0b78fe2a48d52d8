"""Accounts that upload product lists, and the people's roles in them."""

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Role(StrEnum):
    USER = "user"
    ADMIN = "admin"


@dataclass(slots=True)
class Account:
    """One signed-up user (a broker or an importer); credits and jobs belong to the account."""

    id: str
    email: str
    password_hash: str
    created_at: datetime
    role: Role = Role.USER
    profile: dict[str, str] = field(default_factory=dict)  # default declaration header fields

    @property
    def password_stamp(self) -> str:
        """Changes with the password: a session token carries it, so that a new password ends every session signed
        in with the old one (never the hash itself: a digest of it)."""
        return hashlib.sha256(b"session:" + self.password_hash.encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class ApiKey:
    id: str
    account_id: str
    key_hash: str  # sha256 of the secret; the secret itself is shown once and never stored
    label: str
    created_at: datetime
