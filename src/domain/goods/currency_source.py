"""Where a line's currency was read, so a message about it can send the broker to that place."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CurrencySource:
    """`column`: the header, as written, of the column to name for it (the currency column, or the amount
    column whose header, cells or number formats state it); `place`: where it was read, in words, as in
    "from the header 'Amount, EUR'", "from the title rows", "the commonest in the file's amount cells"."""

    column: str | None
    place: str
