"""The scale an amount, price or quantity header states its figures in: thousands ("Amount, '000 USD",
"Amount (USD 000)", "Value, thousand USD", "Сумма, тыс. руб.", "Jemi, müň manat", "Quantity, '000 PCS") or
millions ("Сумма, млн руб."). The column's figures are then multiplied by it (see reading_plan), and the header
is read for its currency without it (header_currency). '000' counts only as a word of its own: 'Price per 1000',
'Price per 1,000 pcs' state no scale."""

import re
from decimal import Decimal

THOUSAND = Decimal(1000)
MILLION = Decimal(1_000_000)
SCALED_FIELDS = ("quantity", "unit_price", "value")

_THOUSANDS = r"'?000'?(?:'?s)?|thousands?|тыс\.?|тысяч\w*|müň|mün|мың|ming|минг"
_MILLIONS = r"millions?|mln\.?|mio\.?|млн\.?|миллион\w*"
# 'in thousands of USD', 'в тыс. руб.': the words joining the scale go with it
_SCALE = re.compile(
    rf"(?i)(?:\b(?:in|в)\s+)?(?<![\w.,])(?:(?P<thousands>{_THOUSANDS})|(?P<millions>{_MILLIONS}))(?!\w)(?:\s+of\b)?"
)
_AFTER_A_CODE = re.compile(r"(?<=[A-Za-z])'000\b")  # "USD'000"


def _spaced(header: str) -> str:
    return _AFTER_A_CODE.sub(" '000", header)


def scale_in_header(header: str) -> Decimal | None:
    """ "Amount, '000 USD" -> 1000, 'Сумма, млн руб.' -> 1000000, 'Price per 1000 pcs' -> None."""
    found = _SCALE.search(_spaced(header))
    if found is None:
        return None
    return THOUSAND if found.group("thousands") else MILLION


def scale_words(scale: Decimal) -> str:
    return "thousands" if scale == THOUSAND else "millions"


def without_scale(header: str) -> str:
    """The header with its scale left out, to read its currency: "Amount, '000 USD" -> 'Amount,  USD'."""
    return _SCALE.sub(" ", _spaced(header))
