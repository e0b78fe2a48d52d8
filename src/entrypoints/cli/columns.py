"""`--column FIELD=HEADER`, of `declare` and `classify`: the header of a column the reader should not guess."""

from typing import Annotated

import typer

from domain.goods.product_list import COLUMN_FIELDS
from entrypoints.cli.exits import InputProblem

COLUMN_HELP = (
    "A column the reader should not guess, as FIELD=HEADER with the header as the list writes it, e.g. "
    '--column "description=Malın Cinsi" --column "origin=Ülke"; repeat it for more columns. '
    f"FIELD is one of {', '.join(COLUMN_FIELDS)}. A HEADER alone names the description column"
)
ColumnOption = Annotated[list[str] | None, typer.Option("--column", metavar="FIELD=HEADER", help=COLUMN_HELP)]


def named_columns(values: list[str] | None) -> dict[str, str]:
    """{'description': 'Malın Cinsi', 'origin': 'Ülke'} from the option's values; raises InputProblem for an
    unknown field, an empty header or a field named twice."""
    named: dict[str, str] = {}
    for value in values or []:
        field, header = value.split("=", 1) if "=" in value else ("description", value)
        field, header = field.strip(), header.strip()
        if field not in COLUMN_FIELDS:
            raise InputProblem(f"--column '{value}': '{field}' is no field; use one of {', '.join(COLUMN_FIELDS)}")
        if not header:
            raise InputProblem(f"--column '{value}': give the header as the list writes it after '{field}='")
        if field in named:
            raise InputProblem(f"--column: the {field} column is named twice ('{named[field]}' and '{header}')")
        named[field] = header
    return named
