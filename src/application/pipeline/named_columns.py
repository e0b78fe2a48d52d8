"""Columns a broker names for the reader, as FIELD=HEADER with the header as the list writes it ('description=Malın
Cinsi'): the command line's --column and the upload form's `columns` (one per line). A HEADER alone names the
description column."""

from collections.abc import Iterable

from application.errors import Invalid
from domain.goods.product_list import COLUMN_FIELDS


class InvalidColumns(Invalid):
    code = "invalid_columns"


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
