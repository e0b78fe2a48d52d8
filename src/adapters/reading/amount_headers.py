"""Which of several amount columns is the goods' value: the total rather than the price ("Jemi bahasy" over
"Bahasy"), the amount without VAT rather than with it, and never the VAT itself ("Сумма НДС")."""

from adapters.reading.text_keys import text_key

_VAT = frozenset({"vat", "ндс", "ygs", "kdv", "gbs", "iva", "mwst", "qqs"})
_WITHOUT = frozenset({"без", "excl", "excluding", "without", "ex", "net", "haric", "hariç", "bolmazdan"})
_WITH = frozenset({"с", "со", "incl", "including", "inc", "включая", "dahil", "bilen", "gross"})
_TOTAL = frozenset({"total", "jemi", "umumy", "итого", "всего", "общая", "toplam", "sum", "сумма"})
PREFERRED = 5.0  # an amount header that says it is the total, or the amount without VAT
WITH_VAT = 10.0  # taken from an amount that includes VAT, so one without it wins


def amount_preference(header: str) -> float | None:
    """Points that rank a header among the amount columns; None when it names the VAT amount only."""
    words = set(text_key(header).split())
    if words & _VAT:
        if words & _WITHOUT:
            return PREFERRED
        if words & _WITH:
            return -WITH_VAT
        return None
    return PREFERRED if words & _TOTAL else 0.0
