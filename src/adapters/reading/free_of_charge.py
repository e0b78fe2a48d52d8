"""Amount cells that say the goods come free ('F.O.C.', 'Free of charge', 'бесплатно', 'ücretsiz'): an amount of 0,
which the line checks then name, since a declaration needs a customs value even for free goods (samples, gifts,
replacements). Read as text they stopped the list with "'F.O.C.' is not a number"."""

import polars as pl

_FREE = (
    r"(?i)^\W*(?:f\W?o\W?c|free(?:\W+of\W+charge)?|no\W+charge|n/c|without\W+charge|бесплатно|безвозмездно"
    r"|mugt|tölegsiz|ücretsiz|bedelsiz|kostenlos|gratis|gratuit)\W*$"
)


def free_as_zero(cell: pl.Expr) -> pl.Expr:
    return pl.when(cell.str.contains(_FREE)).then(pl.lit("0")).otherwise(cell)
