"""Columns a broker names for the reader, as FIELD=HEADER with the header as the list writes it ('description=Malın
Cinsi'): the command line's --column and the upload form's `columns` (one per line, or several on a line parted by
'; '). A HEADER alone names the description column."""

import re
from collections.abc import Iterable

from application.errors import Invalid
from domain.goods.product_list import COLUMN_FIELDS

# A ';' parts two namings where a word and '=' follow it (a wrong field too, to be refused by its name), so that
# a header holding a ';' ('Amount; USD') stays whole.
_NEXT_NAMING = re.compile(r";\s*(?=[A-Za-z_]+\s*=)")


class InvalidColumns(Invalid):
    code = "invalid_columns"


def form_columns(text: str) -> list[str]:
    """The namings of the upload form's `columns`: 'description=Kalem; origin=Ülke' and the same on two lines
    both give ['description=Kalem', 'origin=Ülke']; blank lines are left out."""
    return [part for line in text.splitlines() for part in _NEXT_NAMING.split(line) if part.strip()]


def named_columns(values: Iterable[str]) -> dict[str, str]:
    """{'description': 'Malın Cinsi', 'origin': 'Ülke'}; InvalidColumns for an unknown field, an empty header or
    a field named twice."""
    named: dict[str, str] = {}
    for value in values:
        field, header = value.split("=", 1) if "=" in value else ("description", value)
        field, header = field.strip(), header.strip()
        if field not in COLUMN_FIELDS:
            raise InvalidColumns(f"column '{value}': '{field}' is no field; use one of {', '.join(COLUMN_FIELDS)}")
        if not header:
            raise InvalidColumns(f"column '{value}': give the header as the list writes it after '{field}='")
        if field in named:
            raise InvalidColumns(f"the {field} column is named twice ('{named[field]}' and '{header}')")
        named[field] = header
    return named
