"""The account's memory as the API lists it."""

from datetime import datetime

import msgspec

from application.ports.memory import MemoryEntry


class RememberedOut(msgspec.Struct):
    id: int
    description: str  # as the person confirmed it
    commodity_code: str  # the national line when one was chosen, else the HS-6 subheading
    hs6: str
    national_code: str | None
    confirmed_by: str
    confirmed_at: datetime

    @classmethod
    def of(cls, entry: MemoryEntry) -> "RememberedOut":
        remembered = entry.remembered
        code = remembered.national_code or remembered.hs6
        return cls(entry.id, remembered.description, code, remembered.hs6, remembered.national_code,
                   remembered.confirmed_by, remembered.confirmed_at)  # fmt: skip


class MemoryPage(msgspec.Struct):
    total: int  # how many entries match the search; `entries` holds the latest `limit` of them
    entries: list[RememberedOut]
