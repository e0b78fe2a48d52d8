"""Cells of a table's head as header detection reads them."""

import re

Row = list[str | None]
_NUMERIC = re.compile(r"[\d\s.,()%+\-]+")


def text_of(value: str | None) -> str:
    return (value or "").strip()


def is_numeric(text: str) -> bool:
    return bool(_NUMERIC.fullmatch(text))
