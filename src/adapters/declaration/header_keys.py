"""Reading the header file's keys one by one, collecting every problem under the key's dotted name."""

import re
from collections.abc import Collection
from decimal import Decimal, InvalidOperation
from typing import Any

from domain.goods.problems import RowProblem


class HeaderKeys:
    """Typed reads of a parsed TOML table; a wrong or missing key adds a problem and reads as None."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data
        self.problems: list[RowProblem] = []
        self._read: set[str] = set()
        self.missing: list[str] = []  # required keys left out (each also a problem)

    def required(
        self, key: str, what: str, shape: re.Pattern[str] | None = None, allowed: Collection[str] | None = None
    ) -> str:
        """The value, or '' with a problem recorded (the header is then never built)."""
        value = self._text(key, what, shape, allowed)
        if value is None and not self._has_problem(key):
            self._missing(key, what)
        return value or ""

    def optional(
        self, key: str, what: str, shape: re.Pattern[str] | None = None, allowed: Collection[str] | None = None
    ) -> str | None:
        return self._text(key, what, shape, allowed)

    def _text(self, key: str, what: str, shape: re.Pattern[str] | None, allowed: Collection[str] | None) -> str | None:
        """A string (a whole number is taken as its digits) that `shape` matches whole and `allowed` holds."""
        raw = self._value(key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if isinstance(raw, bool) or not isinstance(raw, str | int):
            self._problem(key, f"{as_written(raw)} is not {what}")
            return None
        value = str(raw).strip()
        if control := _XML_INCOMPATIBLE.search(value):
            self._problem(key, f"holds a control character (U+{ord(control.group()):04X}) a declaration cannot carry")
            return None
        if (shape is not None and not shape.fullmatch(value)) or (allowed is not None and value not in allowed):
            self._problem(key, f"'{value}' is not {what}")
            return None
        return value

    def rate(self, key: str, what: str) -> Decimal:
        """An exchange rate, written bare (3.5) or quoted ("3.5"): at least 0.000001 (the declaration holds 6
        decimals) and below 10^12; 0 with a problem recorded otherwise."""
        raw = self._value(key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            self._missing(key, what)
            return Decimal(0)
        value = _decimal(raw)
        if not value.is_finite() or value < _SMALLEST_RATE or value.adjusted() >= _LARGEST_RATE_DIGITS:
            self._problem(key, f"{as_written(raw)} is not {what}")
            return Decimal(0)
        return value

    def amount(self, key: str, what: str) -> Decimal:
        """An optional amount of 0 or more, to the cent, written bare or quoted; 0 when left out."""
        raw = self._value(key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return Decimal(0)
        value = _decimal(raw)
        if (
            not value.is_finite()
            or value < 0
            or value.adjusted() >= _LARGEST_AMOUNT_DIGITS
            or _has_fraction_of_cent(value)
        ):
            self._problem(key, f"{as_written(raw)} is not {what}")
            return Decimal(0)
        return value

    def wrong(self, key: str, reason: str) -> None:
        """A problem found across keys, recorded under the one to change."""
        self._problem(key, reason)

    def unknown_keys(self) -> None:
        """Typos in optional keys would otherwise be dropped silently."""
        for key in sorted(_dotted(self._data) - self._read):
            self._problem(key, "unknown key")

    def _value(self, key: str) -> Any:
        self._read.add(key)
        node: Any = self._data
        for part in key.split("."):
            if not isinstance(node, dict):
                return None
            node = node.get(part)
        return node

    def _missing(self, key: str, what: str) -> None:
        self.missing.append(key)
        self._problem(key, f"missing: {what}")

    def _has_problem(self, key: str) -> bool:
        return any(problem.column == key for problem in self.problems)

    def _problem(self, key: str, reason: str) -> None:
        self.problems.append(RowProblem(row=None, column=key, reason=reason))


def as_written(raw: Any) -> str:
    """A value quoted back as TOML spells it: 'three' for a string, -3.5 for a number, true for a boolean."""
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if isinstance(raw, Decimal | int | float):
        return str(raw)
    return f"'{raw}'" if isinstance(raw, str) else repr(raw)


def _dotted(table: dict[str, Any], prefix: str = "") -> set[str]:
    keys = set()
    for name, value in table.items():
        key = prefix + name
        keys |= _dotted(value, key + ".") if isinstance(value, dict) else {key}
    return keys


_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # no XML 1.0 document holds these
_SMALLEST_RATE, _LARGEST_RATE_DIGITS = Decimal("0.000001"), 12  # the schema's rate: 18 digits, 6 of them decimals
_LARGEST_AMOUNT_DIGITS = 13  # an amount below 10^13: more than any invoice, and what the XML's amounts hold


def _has_fraction_of_cent(value: Decimal) -> bool:
    return value != value.quantize(Decimal("0.01"))


def _decimal(raw: Any) -> Decimal:
    """A number written bare (3.5) or quoted ("3.5"); NaN for anything else."""
    try:
        return Decimal(str(raw).strip()) if not isinstance(raw, bool) else Decimal("NaN")
    except InvalidOperation:
        return Decimal("NaN")
