"""The country of origin of each line, when the product list leaves it to the declaration header."""

from collections.abc import Sequence

from domain.declaration.header import DeclarationHeader
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine

HOW_TO_STATE_THE_ORIGIN = "add a column 'Country of origin' if any goods come from elsewhere: the origin sets the duty"


def origin_of(line: ProductLine, header: DeclarationHeader) -> str:
    """The line's own origin, else the header's country of origin, else its country of export."""
    return line.origin or header.default_origin or header.export_country


def origin_taken_from_header(lines: Sequence[ProductLine], header: DeclarationHeader) -> list[RowProblem]:
    """One note for the file when any line's origin was taken from the header, naming the country, so that a
    broker sees where it came from rather than finding every line of one origin."""
    unstated = sum(1 for line in lines if not line.origin)
    country = header.default_origin or header.export_country
    if not unstated or not country:
        return []  # a header without either country is incomplete, and says so
    box = "country of origin" if header.default_origin else "country of export (it names no country of origin)"
    if unstated == len(lines):
        said = f"no line states its origin (there is no origin column, or it is empty): every line is of {country}"
    else:
        said = f"{unstated} line(s) leave the origin empty: they are of {country}"
    reason = f"{said} origin, the declaration header's {box}; {HOW_TO_STATE_THE_ORIGIN}"
    return [RowProblem(None, None, reason, Severity.WARNING)]
