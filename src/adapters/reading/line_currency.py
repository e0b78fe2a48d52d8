"""A row's currency, and the problems of its amount cells marked or formatted in another."""

from collections.abc import Callable

from adapters.reading.cell_currencies import currency_of_line, marked_otherwise, marked_reason
from adapters.reading.line_currency_sources import LineCurrencySources
from adapters.reading.normalised_row import NormalisedRow
from adapters.reading.reading_plan import ReadingPlan
from adapters.reading.stale_formats import StaleFormats
from domain.goods.currency_source import CurrencySource
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import NO_CURRENCY

Report = Callable[[NormalisedRow, str | None, str, Severity], RowProblem]


class LineCurrency:
    """Reads each row's currency for one list; stale number formats of a column are gathered in `stale_formats`."""

    def __init__(self, plan: ReadingPlan, report: Report) -> None:
        self._plan = plan
        self._report = report
        self._sources = LineCurrencySources(plan)
        self.stale_formats = StaleFormats(plan.stale_format_fields, plan.sheet)

    def read(self, row: NormalisedRow, problems: list[RowProblem]) -> tuple[str, CurrencySource | None]:
        """The line's currency and where it was read; each amount cell marked with another is an error on its
        cell, and one whose number format alone shows another, where the list states its own, a warning (gathered
        with its column's others in `stale_formats` if there are more)."""
        if row.currency_code is None and row.currency:
            reason = f"currency '{row.currency}' is not known; the file's currency is used"
            problems.append(self._report(row, "currency", reason, Severity.WARNING))
        marks = {"value": row.value_currency, "unit_price": row.unit_price_currency}
        currency = currency_of_line(row.currency_code, self._plan.currency, marks)
        source = self._sources.of_row(row.currency_code, marks)
        if currency is None:  # no cell is marked or formatted otherwise than a line without a currency
            return NO_CURRENCY, source
        stated = f"the line's currency is {currency}" + (f", {source.place}" if source else "")
        for field, mark in marked_otherwise(currency, marks).items():
            reason = f"{marked_reason(getattr(row, field), mark)}, but {stated}"
            problems.append(self._report(row, field, reason, Severity.ERROR))
        formats = {"value": row.value_format, "unit_price": row.unit_price_format}
        for field, shown in marked_otherwise(currency, formats).items():
            if marks[field] is None:
                read = f"it is read in {currency}; check which currency the amount is in"
                reason = f"{marked_reason(getattr(row, field), shown)}, but {stated}: {read}"
                warning = self._report(row, field, reason, Severity.WARNING)
                if field in self.stale_formats.fields:
                    self.stale_formats.add(warning, shown, currency, source, row.position + 1)
                else:
                    problems.append(warning)
        return currency, source
