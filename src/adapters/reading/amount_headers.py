"""Which of several amount columns is the goods' value: the total rather than the price ("Jemi bahasy" over
"Bahasy"), the amount without VAT rather than with it ("Wartość netto" over "Wartość brutto"), and never the VAT
itself ("Сумма НДС", "Kwota VAT", "מע״מ"). The 1C Счет-фактура names the VAT 'налог' ("Сумма налога,
предъявляемая покупателю" is the VAT, "Стоимость товаров без налога - всего" the value)."""

from adapters.reading.text_keys import text_key

# as text_key writes them: "w/o" -> "w o", "hariç" -> "haric", "GBS-siz" -> "gbs siz", "в т.ч." -> "в т ч",
# "ÁFA" -> "afa", "ΦΠΑ" -> "φπα", "מע״מ" -> "מע מ", "KM-ta" -> "km ta"; Arabic and Persian name the tax in words
_VAT = frozenset(
    {"vat", "ндс", "ygs", "kdv", "gbs", "iva", "mwst", "qqs", "dph", "afa", "tva", "φπα", "pvm", "pvn", "km", "מע",
     "מעמ", "ضريبة", "المضافة", "ماليات", "افزوده", "ust", "ққс", "ккс", "налог", "налога", "налогом", "tax",
     "акциз", "акциза", "акцизом"}
)  # fmt: skip
_WITHOUT = frozenset(
    {"без", "excl", "excluding", "without", "w", "ex", "net", "haric", "bolmazdan", "siz", "syz", "bez", "fara",
     "nelkul", "χωρις", "προ", "ללא", "לפני", "بدون", "قبل", "be", "ilma", "ta", "netto", "neto", "ohne", "exkl",
     "zzgl", "hors", "sin", "senza", "esclusa", "sem"}
)  # fmt: skip
_WITH = frozenset(
    {"с", "со", "вкл", "включая", "включено", "учетом", "т", "incl", "including", "included", "inc", "with",
     "dahil", "bilen", "gosulan", "gross", "z", "s", "vc", "vcetne", "vratane", "cu", "με", "כולל", "مع", "شامل",
     "با", "su", "ar", "koos", "ga", "brutto", "bruto", "inkl", "mit", "ttc", "con", "inclusa", "compresa", "com"}
)  # fmt: skip
_AMOUNT = frozenset(
    {"amount", "sum", "value", "total", "tax", "сумма", "стоимость", "итого", "налог", "jemi", "bahasy", "mukdary",
     "salgyt", "tutar", "tutary", "toplam", "of", "the", "kwota", "wartosc", "castka", "hodnota", "suma", "ertek",
     "osszeg", "valoare", "valoarea", "αξια", "ποσο", "סכום", "المبلغ", "القيمة", "مبلغ", "ارزش", "verte",
     "vertiba", "summa", "vaartus", "betrag", "wert", "summe", "montant", "valeur", "importe", "valor", "importo",
     "valore", "tutari", "сомасы", "сомасi", "предъявляемая", "предъявляемого", "покупателю"}
)  # fmt: skip
_TOTAL = frozenset(
    {"total", "jemi", "umumy", "итого", "всего", "общая", "toplam", "sum", "сумма", "razem", "celkem", "spolu",
     "celkom", "osszesen", "totala", "συνολο", "συνολικη", "الاجمالي", "المجموع", "كل", "viso", "kopa", "kokku",
     "gesamt", "gesamtbetrag", "gesamtpreis", "summe", "totale"}
)  # fmt: skip
_GROSS = frozenset({"brutto", "bruto", "ttc"})  # "Wartość brutto", "Montant TTC": the amount with VAT, though unnamed
PREFERRED = 5.0  # an amount header that says it is the total, or the amount without VAT
WITH_VAT = 10.0  # taken from an amount that includes VAT, so one without it wins


def amount_preference(header: str) -> float | None:
    """Points that rank a header among the amount columns; None when it names the VAT amount only ("Сумма НДС",
    "VAT amount, USD"): a header with VAT and words that say neither with nor without is taken to include it."""
    words = set(text_key(header).split())
    if not words & _VAT:
        return -WITH_VAT if words & _GROSS else PREFERRED if words & _TOTAL else 0.0
    if words & _WITHOUT:
        return PREFERRED
    if words & _WITH:
        return -WITH_VAT
    rest = {word for word in words - _VAT - _AMOUNT if not word.isdigit() and len(word) > 3}
    return -WITH_VAT if rest else None
