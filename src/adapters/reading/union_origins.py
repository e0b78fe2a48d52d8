"""A country of origin written as a union of states ('EU', 'Евросоюз', 'European Union', 'ЕС'): no country, as
ASYCUDA's box 34 takes an ISO 3166 country and refused 'EU' only when the declaration's XML was checked, in English.
It is read as no country, so the line's origin cell is an error at once, saying to state the member state of origin,
as for any origin not known; a cell that also names one member state ('EU / Germany') is of that state."""

import re
from collections.abc import Callable

from adapters.reading.countries import country_code

UNIONS = {"EU": "the European Union"}
_PARTS = re.compile(r"[/|;,()\[\]]|\s[-–—]\s")


def without_unions(read: Callable[[str], str | None]) -> Callable[[str], str | None]:
    """`read` (an origin cell's text to its country), giving None for a union, or the one member state the cell
    names beside it."""

    def country(text: str) -> str | None:
        code = read(text)
        if code not in UNIONS:
            return code
        states = {found for piece in _PARTS.split(text) if (found := read(piece)) and found not in UNIONS}
        return states.pop() if len(states) == 1 else None

    return country


def not_a_country(written: str) -> str:
    """Why an origin cell names no country: a union, or a name not known."""
    if (code := country_code(written)) in UNIONS:
        return (
            f"'{written}' is {UNIONS[code]}, not a country: state the member state the goods come from (such as DE "
            "or IT), as the declaration needs an ISO 3166 country of origin"
        )
    return f"'{written}' is not a country we know; write it as an ISO code such as CN or DE"
