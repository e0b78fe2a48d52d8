"""Which attribute values each subheading's tariff text names: read once when the index is built, then cached with
it (reading 5,612 texts for 28 attributes takes seconds; a warm start or the first lines ranked must not pay it)."""

from collections.abc import Sequence

import numpy as np

from adapters.classification.offline.attribute import Attribute
from adapters.classification.offline.attribute_catalogue import ATTRIBUTES
from adapters.classification.offline.attributes import all_tariff_values

VALUE_COLUMNS = tuple((attribute, value) for attribute in ATTRIBUTES for value in attribute.tariff_patterns)


def tariff_value_table(tariff_texts: Sequence[str]) -> np.ndarray:
    """(texts, VALUE_COLUMNS): whether each tariff text names each attribute value."""
    table = np.zeros((len(tariff_texts), len(VALUE_COLUMNS)), dtype=bool)
    for row, text in enumerate(tariff_texts):
        named = all_tariff_values(text)
        table[row] = [value in named[attribute] for attribute, value in VALUE_COLUMNS]
    return table


class TariffValues:
    """The table's rows by subheading code."""

    def __init__(self, codes: Sequence[str], table: np.ndarray) -> None:
        self._rows = {code: row for row, code in enumerate(codes)} if len(table) == len(codes) else {}
        self._table = table

    def named(self, code: str) -> dict[Attribute, set[str]] | None:
        """The values the code's tariff text names, per attribute; None for a code the table lacks."""
        row = self._rows.get(code)
        if row is None:
            return None
        named: dict[Attribute, set[str]] = {attribute: set() for attribute in ATTRIBUTES}
        for column in np.flatnonzero(self._table[row]):
            attribute, value = VALUE_COLUMNS[column]
            named[attribute].add(value)
        return named
