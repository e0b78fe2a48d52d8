"""Which of several amount columns is the goods' value: the total rather than the price ("Jemi bahasy" over
"Bahasy"), the amount without VAT rather than with it, and never the VAT itself ("Сумма НДС")."""

from adapters.reading.text_keys import text_key

_VAT = frozenset({"vat", "ндс", "ygs", "kdv", "gbs", "iva", "mwst", "qqs"})
# as text_key writes them: "w/o" -> "w o", "hariç" -> "haric", "GBS-siz" -> "gbs siz", "в т.ч." -> "в т ч"
_WITHOUT = frozenset({"без", "excl", "excluding", "without", "w", "ex", "net", "haric", "bolmazdan", "siz", "syz"})
_WITH = frozenset(
    {"с", "со", "вкл", "включая", "включено", "учетом", "т", "incl", "including", "included", "inc", "with",
     "dahil", "bilen", "gosulan", "gross"}
)  # fmt: skip
_AMOUNT = frozenset(
    {"amount", "sum", "value", "total", "tax", "сумма", "стоимость", "итого", "налог", "jemi", "bahasy", "mukdary",
     "salgyt", "tutar", "tutary", "toplam", "of", "the"}
)  # fmt: skip
_TOTAL = frozenset({"total", "jemi", "umumy", "итого", "всего", "общая", "toplam", "sum", "сумма"})
PREFERRED = 5.0  # an amount header that says it is the total, or the amount without VAT
WITH_VAT = 10.0  # taken from an amount that includes VAT, so one without it wins


def amount_preference(header: str) -> float | None:
    """Points that rank a header among the amount columns; None when it names the VAT amount only ("Сумма НДС",
    "VAT amount, USD"): a header with VAT and words that say neither with nor without is taken to include it."""
    words = set(text_key(header).split())
    if not words & _VAT:
        return PREFERRED if words & _TOTAL else 0.0
    if words & _WITHOUT:
        return PREFERRED
    if words & _WITH:
        return -WITH_VAT
    rest = {word for word in words - _VAT - _AMOUNT if not word.isdigit() and len(word) > 3}
    return -WITH_VAT if rest else None
