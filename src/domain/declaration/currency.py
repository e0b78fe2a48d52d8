"""The currency each line is invoiced in, when the product list leaves it to the declaration header."""

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from domain.declaration.header import DeclarationHeader
from domain.goods.problems import ProblemKind, RowProblem, Severity
from domain.goods.product_line import NO_CURRENCY, ProductLine

NO_CURRENCY_STATED = "the product list states no currency"
HOW_TO_STATE_THE_CURRENCY = "write it in the amount header, for example 'Amount, USD'"


def invoiced_currency(line: ProductLine, header: DeclarationHeader) -> str:
    """The currency of the line's amount; a list that states none is invoiced in the declaration's currency."""
    stated = line.value.currency if line.value else NO_CURRENCY
    return header.currency if stated == NO_CURRENCY else stated


def currency_taken_from_header(lines: Sequence[ProductLine], header: DeclarationHeader) -> list[RowProblem]:
    """One note for the file when any amount was taken in the header's currency, so a broker can check it."""
    if not any(line.value and line.value.currency == NO_CURRENCY for line in lines):
        return []
    return [header_currency_taken(header)]


def header_currency_taken(header: DeclarationHeader) -> RowProblem:
    """The note that the list's amounts are in the currency the broker gave in the header (the upload form, the
    account's saved fields, or the header file): no advice to write it in the list, since it was given."""
    taken = f"its amounts are taken as {header.currency}, the invoice currency the declaration header gives"
    reason = f"{NO_CURRENCY_STATED}: {taken}"
    return RowProblem(None, None, reason, Severity.WARNING, kind=ProblemKind.NO_CURRENCY_STATED)


def says_no_currency(problem: RowProblem) -> bool:
    """The reader's note on a list that states no currency; the declaration's note, which names the currency
    taken, replaces it, so the file is told once."""
    return problem.kind is ProblemKind.NO_CURRENCY_STATED


def in_another_currency(line: ProductLine, header: DeclarationHeader, columns: dict[str, str]) -> RowProblem | None:
    """A line invoiced in another currency than the declaration header's, which a declaration cannot hold: an
    error of its row, on the column its currency was read from and saying where; a line that does not say is
    reported on its amount column (`columns`: field -> header as written). The reason ends with the line's place
    in the file, as the reader's own messages do."""
    stated = line.value.currency if line.value else NO_CURRENCY
    if stated in (NO_CURRENCY, header.currency):
        return None
    reason = (
        f"the amount is in {stated}, but the declaration header's invoice currency is {header.currency}; "
        f"convert the amounts to {header.currency} or set the invoice currency to {stated}"
    )
    source = line.currency_source
    if source is None:
        return line.problem(columns.get("value") or columns.get("unit_price"), line.placed(reason))
    return line.problem(source.column, line.placed(f"{reason} ({stated} is {source.place})"))


def in_the_lists_currency(
    header: DeclarationHeader, lines: Sequence[ProductLine]
) -> tuple[DeclarationHeader, RowProblem | None]:
    """A header whose invoice currency was only assumed (the account's saved one), turned to the one currency the
    lines state when they state another: the declaration is invoiced as the invoice is, and its exchange rate
    (box 23), which was of the other currency, is asked for. With the note that says so; as it was otherwise."""
    stated = {line.value.currency for line in lines if line.value and line.value.currency != NO_CURRENCY}
    if not header.currency_assumed or len(stated) != 1 or header.currency in stated:
        return header, None
    currency = stated.pop()
    source = next((line.currency_source for line in lines if line.currency_source), None)
    place = f" ({source.place})" if source else ""
    missing = tuple(dict.fromkeys((*(box for box in header.missing if box != "currency"), "exchange_rate")))
    reason = (
        f"the amounts are in {currency}{place}, not in {header.currency}, the invoice currency saved for the "
        f"account: the declaration is invoiced in {currency}; state its exchange rate in the declaration header"
    )
    turned = replace(header, currency=currency, exchange_rate=Decimal(0), missing=missing, currency_assumed=False)
    return turned, RowProblem(None, source.column if source else None, reason, Severity.WARNING)
