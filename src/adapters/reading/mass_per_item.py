"""A mass column that gives the mass of one unit ('Unit net weight', 'Вес нетто 1 шт', 'N.W./pc'): a line's
mass is then that mass times its quantity."""

import re
from collections.abc import Sequence
from decimal import Decimal

from adapters.reading.text_keys import text_key

_PER_ITEM = re.compile(
    r"^unit (?:net|gross)\b|\b(?:per|a|each|1) (?:unit|pc|pcs|piece|item)\b|"
    r"\b(?:weight|wt|mass) (?:pc|pcs|each|ea)\b|\b(?:n|g) w (?:pc|pcs)\b|\bkgs? (?:unit|pc|pcs)\b|"
    r"\b(?:нетто|брутто|кг) (?:шт|ед)\b|\b1 (?:шт|ед)\b|\bза (?:1 )?(?:шт|штуку|ед|единицу)\b|\bединицы\b|"
    r"\b(?:1|bir) sany\b|\bbir sanysy\b"
)


def gives_mass_per_item(header: str) -> bool:
    """'Unit net weight kg', 'Net weight per unit', 'Вес нетто 1 шт, кг', 'Вес нетто за ед.' -> True."""
    return bool(_PER_ITEM.search(text_key(header)))


def times_quantity(masses: Sequence[Decimal | None], quantities: Sequence[Decimal | None]) -> list[Decimal | None]:
    """The line masses from the masses of one unit; none where the quantity is missing."""
    return [None if m is None or q is None else m * q for m, q in zip(masses, quantities, strict=True)]
