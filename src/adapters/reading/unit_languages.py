"""Units a supplier's language writes otherwise than English trade: Turkish invoices write 'mt' for metres (as
'mtül' for running metres), where 'MT' in English is metric tonnes; a Turkish list of '100 mt' of cable at 2.50 a
metre was declared as 100 tonnes.

The language is told once for the file by its header row, not line by line: a list whose headers read hold one of
the language's header words ('Miktar', 'Birim', 'Birim fiyatı', 'Tutar') reads its units in that language, in the
unit column, after a quantity ('100 mt') and in the quantity header ('Miktar (mt)'). A guess by plausibility (the
price a tonne would cost, the goods named) was left aside: prices depend on the currency and the goods, and a
quantity in tonnes is already checked against the net mass, with a warning when they part (quantity_masses)."""

from collections.abc import Iterable

from adapters.reading.text_keys import text_key
from adapters.reading.vocabulary import units_in_languages


def language_units(headers: Iterable[str]) -> dict[str, str]:
    """The unit readings ({key: Rec 20 code}) of the language these headers are written in, or {} when they are in
    none of units.toml's [in_language] tables."""
    words = {word for header in headers for word in text_key(header).split()}
    return next((dict(language.codes) for language in units_in_languages() if words & language.header_words), {})
