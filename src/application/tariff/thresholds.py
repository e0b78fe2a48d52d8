"""Sizes a national line is bounded by ('объемом более 340 л', 'not exceeding 6 kg', '10 kg çenli') and
the sizes a description states ('420 l', '7 кг'), in one unit per quantity so they can be compared."""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_UNITS = {  # unit as written -> (quantity, factor to its base unit)
    "l": ("volume", Decimal(1)), "л": ("volume", Decimal(1)), "litr": ("volume", Decimal(1)),
    "ml": ("volume", Decimal("0.001")), "мл": ("volume", Decimal("0.001")),
    "kg": ("mass", Decimal(1)), "кг": ("mass", Decimal(1)), "g": ("mass", Decimal("0.001")),
    "г": ("mass", Decimal("0.001")), "t": ("mass", Decimal(1000)), "т": ("mass", Decimal(1000)),
    "kw": ("power", Decimal(1)), "квт": ("power", Decimal(1)), "w": ("power", Decimal("0.001")),
    "вт": ("power", Decimal("0.001")), "cm3": ("cylinder", Decimal(1)), "см3": ("cylinder", Decimal(1)),
    "sm3": ("cylinder", Decimal(1)), "cc": ("cylinder", Decimal(1)),
}  # fmt: skip
_UNIT = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_AMOUNT = rf"(\d+(?:[.,]\d+)?)\s*({_UNIT})(?![^\W\d_])"
_AT_MOST = r"не\s+более|не\s+свыше|до|not\s+exceeding|not\s+more\s+than|up\s+to|at\s+most"
_MORE = r"более|свыше|exceeding|more\s+than|over"
_AT_LEAST = r"не\s+менее|not\s+less\s+than|at\s+least"
_LESS = r"менее|less\s+than|under"
_BEFORE = re.compile(rf"(?<![^\W\d_])({_AT_MOST}|{_MORE}|{_AT_LEAST}|{_LESS})\s+{_AMOUNT}", re.IGNORECASE)
_TURKMEN_AFTER = re.compile(rf"{_AMOUNT}(?:-?[dt][ae]n)?\s+(çenli|köp|az)(?![^\W\d_])", re.IGNORECASE)
_STATED = re.compile(_AMOUNT, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Bound:
    """`quantity` (volume, mass, power, cylinder) compared with `limit` by `relation` (<=, >, >=, <)."""

    quantity: str
    relation: str
    limit: Decimal
    written: str

    def admits(self, value: Decimal) -> bool:
        return {"<=": value <= self.limit, ">": value > self.limit, ">=": value >= self.limit,
                "<": value < self.limit}[self.relation]  # fmt: skip


def _relation(words: str) -> str:
    plain = " ".join(words.lower().split())
    for relation, pattern in (("<=", _AT_MOST), (">=", _AT_LEAST), (">", _MORE), ("<", _LESS)):
        if re.fullmatch(pattern, plain):
            return relation
    return {"çenli": "<=", "köp": ">", "az": "<"}[plain]


def _base(number: str, unit: str) -> tuple[str, Decimal] | None:
    quantity, factor = _UNITS[unit.lower()]
    try:
        return quantity, Decimal(number.replace(",", ".")) * factor
    except InvalidOperation:
        return None


def bounds(text: str) -> list[Bound]:
    found = []
    for match in _BEFORE.finditer(text):
        if (base := _base(match.group(2), match.group(3))) is not None:
            found.append(Bound(base[0], _relation(match.group(1)), base[1], match.group(0)))
    for match in _TURKMEN_AFTER.finditer(text):
        if (base := _base(match.group(1), match.group(2))) is not None:
            found.append(Bound(base[0], _relation(match.group(3)), base[1], match.group(0)))
    return found


def stated_sizes(description: str) -> dict[str, tuple[Decimal, str]]:
    """The first size the description states per quantity, with how it is written: '420 l' -> {volume: 420}."""
    sizes: dict[str, tuple[Decimal, str]] = {}
    for match in _STATED.finditer(description):
        if (base := _base(match.group(1), match.group(2))) is not None:
            sizes.setdefault(base[0], (base[1], match.group(0)))
    return sizes
