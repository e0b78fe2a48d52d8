"""`--sheet NAME`, of `declare` and `classify`: the workbook sheets to read, when not every sheet of goods is."""

from typing import Annotated

import typer

SHEET_HELP = (
    'A workbook sheet to read, by its name on the tab, e.g. --sheet "Invoice 2"; repeat it for more sheets. '
    "Without it every sheet that holds goods is read, as one list in the workbook's order"
)
SheetOption = Annotated[list[str] | None, typer.Option("--sheet", metavar="NAME", help=SHEET_HELP)]
