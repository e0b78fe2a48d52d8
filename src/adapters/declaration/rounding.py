"""The decimals each ASYCUDA amount carries: money 2, masses and quantities 3, exchange rates 6."""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_MONEY = Decimal("0.01")
_MASS = Decimal("0.001")
_RATE = Decimal("0.000001")


def _round(value: Decimal, step: Decimal) -> Decimal:
    try:
        return value.quantize(step, rounding=ROUND_HALF_UP)
    except InvalidOperation:  # too many digits to round: written as is, the schema rejects it
        return value


def money(value: Decimal) -> Decimal:
    return _round(value, _MONEY)


def mass(value: Decimal) -> Decimal:
    """Kilograms, to the gram."""
    return _round(value, _MASS)


def quantity(value: Decimal) -> Decimal:
    """Supplementary quantities carry three decimals, like masses."""
    return _round(value, _MASS)


def rate(value: Decimal) -> Decimal:
    return _round(value, _RATE)
