"""The invoice's total in a workbook of several sheets: a total row below a sheet's own total ('Итого по листу',
then 'Всего по инвойсу'), or one labelled for the whole invoice ('Grand total', 'Jemi inwoýs boýunça'), sums every
sheet, so it is checked against the lines of every sheet read (ADR 0034)."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from adapters.reading.line_sums import SUMMED_FIELDS, LineSums, agrees
from domain.goods.problems import RowProblem
from domain.goods.product_list import PrintedTotals

_FOR_THE_INVOICE = re.compile(
    r"(?i)\b(?:grand\s+total|total\s+(?:of\s+(?:the\s+)?)?invoice|invoice\s+total|общий\s+итог|umumy\s+jemi"
    r"|(?:всего|итого)\s+по\s+(?:инвойсу|счёту|счету|всем\s+листам)|jemi\s+inwo[ýy]s|genel\s+toplam)"
)


def for_the_invoice(label: str | None) -> bool:
    """A total label naming the whole invoice, not a sheet or a page."""
    return bool(label and _FOR_THE_INVOICE.search(label))


@dataclass(frozen=True, slots=True)
class InvoiceTotal:
    printed: PrintedTotals
    at: Callable[[str, str], RowProblem]  # a warning at the total row's cell of a field


def invoice_disagreements(totals: list[InvoiceTotal], sums: LineSums) -> list[RowProblem]:
    """A warning, at the total row's cell, for each printed figure that is not the sum of every sheet's lines."""
    problems = []
    for total in totals:
        for name in SUMMED_FIELDS:
            figure: Decimal | None = getattr(total.printed, name)
            if figure is None or (name == "value" and len(sums.currencies) > 1):
                continue
            summed: Decimal = getattr(sums, name)
            if not agrees(figure, summed):
                reason = (
                    f"the invoice's printed total {figure} differs from the sum of the lines of every sheet {summed} "
                    f"by {abs(figure - summed)}"
                )
                problems.append(total.at(name, reason))
    return problems
