"""Spot the charge rows of a product list (freight, insurance, discount, VAT, bank charges in three languages):
a label cell that is a charge, maybe with qualifiers ('Special discount 3%'), figures and a route ('to Ashgabat',
'by truck', 'Mashhad - Ashgabat'), on a row with no quantity or mass; a discount's label may go on in words of its
own after a qualifier ('Скидка 3% за объём', 'Discount for early payment of the order'). A tax is named more
loosely: a label that opens with a tax word, or any cell of a row without a description that names one, as the
footers of 1C and Turkish invoices do."""

import re
from functools import cache

import polars as pl

from adapters.reading.vocabulary import CHARGE_GROUPS, charge_qualifiers, charge_words, tax_words
from adapters.reading.word_alternatives import alternatives

_BETWEEN = r"[\W\d_]*"  # signs, digits, '%' and currency marks may stand between the words of a label
# a route written as two places and a dash, after the charge: 'Freight Mashhad - Ashgabat by truck', 'Доставка
# Мешхед–Ашхабад'; each place opens with a capital (or a letter of a script without case), so that a goods name
# with a dash ('Transport box - small') reads as no route. Written for Polars' (Rust) regex: Python's re has no \p{}
_PLACE = r"(?-i:[\p{Lu}\p{Lt}\p{Lo}])"
_PLACE_PAIR = rf"{_PLACE}[^-–—→]*?\s*[-–—→]+>?\s*{_PLACE}.*"


@cache
def _word_patterns() -> dict[str, str]:
    return {group: alternatives(words) for group, words in charge_words().items()}


@cache
def _label_pattern() -> str:
    qualifiers, routes = charge_qualifiers()
    charge = "|".join(_word_patterns().values())
    word = rf"(?:(?:{charge}|{alternatives(qualifiers)})\b{_BETWEEN})"
    route = rf"(?:(?:{alternatives(routes)})\b.*|{_PLACE_PAIR})?"
    discount = rf"{_BETWEEN}{word}*?(?:{_word_patterns()['deducted']})\b{_BETWEEN}(?:{alternatives(qualifiers)})\b.*"
    return rf"(?is)^(?:{_BETWEEN}{word}*?(?:{charge})\b{_BETWEEN}{word}*{route}|{discount})$"


@cache
def _tax_patterns() -> tuple[str, str]:
    """(a label that opens with a tax word, maybe after qualifiers, whatever follows: 'KDV (%0 - İhracat
    istisnası)', 'incl. VAT, exempt'; a cell with a tax word among any others: 'В том числе НДС:')."""
    qualifiers, _ = charge_qualifiers()
    tax = alternatives(tax_words())
    opening = rf"(?is)^{_BETWEEN}(?:(?:{alternatives(qualifiers)})\b{_BETWEEN})*?(?:{tax})\b"
    return opening, rf"(?is)\b(?:{tax})\b"


@cache
def _tax_phrase() -> str:
    """A label of tax words and qualifiers only, with a rate, an amount or a qualifier: 'VAT 15%', 'KDV (%0)',
    'В том числе НДС:'."""
    qualifiers, _ = charge_qualifiers()
    words, tax = alternatives(qualifiers), alternatives(tax_words())
    rated = rf"(?:\d|%|\b(?:{words})\b)"
    return rf"(?is)^(?=.*{rated}){_BETWEEN}(?:(?:{tax}|{words})\b{_BETWEEN})+$"


def opens_with_a_tax_word_only(label: str) -> bool:
    """A label a tax word opens that is no tax phrase ('Tax-free gift boxes', 'IVA helmet visors', 'Vat', 'Value
    added tax (zero rated export)'): goods as well as a tax row may be so named, so such a row is a charge only
    below the goods lines (see TotalsWatch)."""
    opening, _ = _tax_patterns()
    return bool(re.match(opening, label)) and not re.match(_tax_phrase(), label)


def _first_matching(columns: list[str], pattern: str) -> pl.Expr:
    if not columns:
        return pl.lit(None, dtype=pl.String)
    cells = [pl.col(c).str.strip_chars() for c in columns]
    return pl.coalesce([pl.when(cell.str.contains(pattern).fill_null(False)).then(cell) for cell in cells])


def charge_label(columns: list[str]) -> pl.Expr:
    """The first of these cells that reads as a charge ('Freight', 'Доставка до Ашхабада', 'VAT 20%'), or null."""
    return _first_matching(columns, _label_pattern())


def tax_label(columns: list[str], *, anywhere: bool) -> pl.Expr:
    """The first of these cells that opens with a tax word ('KDV (%0 - İhracat istisnası)') or, `anywhere`, names a
    tax among other words ('В том числе НДС:'), or null."""
    opening, mention = _tax_patterns()
    return _first_matching(columns, mention if anywhere else opening)


def charge_group(label: str) -> str:
    """How the charge a label names bears on the customs value: 'added', 'deducted' or 'other' (the group of
    its first charge word)."""
    found = {
        group: match.start()
        for group in CHARGE_GROUPS
        if (match := re.search(rf"(?i)(?<!\w)(?:{_word_patterns()[group]})(?!\w)", label))
    }
    return min(found, key=found.__getitem__) if found else "other"
