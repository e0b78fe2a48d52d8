"""`--column FIELD=HEADER`, of `declare` and `classify`: the header of a column the reader should not guess."""

from typing import Annotated

import typer

from domain.goods.product_list import COLUMN_FIELDS

COLUMN_HELP = (
    "A column the reader should not guess, as FIELD=HEADER with the header as the list writes it, e.g. "
    '--column "description=Malın Cinsi" --column "origin=Ülke"; repeat it for more columns. '
    f"FIELD is one of {', '.join(COLUMN_FIELDS)}. A HEADER alone names the description column"
)
ColumnOption = Annotated[list[str] | None, typer.Option("--column", metavar="FIELD=HEADER", help=COLUMN_HELP)]
