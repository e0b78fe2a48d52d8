"""Product lines for clean rows, built column by column: no check can fail on them, so no row-by-row logic."""

from decimal import Decimal

import polars as pl

from adapters.reading.cell_currencies import line_currency
from adapters.reading.file_lines import place_in_file
from adapters.reading.line_currency_sources import LineCurrencySources
from adapters.reading.mass_per_item import times_quantity
from adapters.reading.reading_plan import ReadingPlan
from adapters.reading.units import PIECES
from domain.goods.product_line import NO_CURRENCY, ProductLine
from domain.measures import Mass, Money, Quantity


def _decimals(frame: pl.DataFrame, field: str, factor: Decimal = Decimal(1)) -> list[Decimal | None]:
    values = frame.get_column(f"{field}_n").to_list()
    if factor == 1:
        return [None if v is None else Decimal(v) for v in values]
    return [None if v is None else Decimal(v) * factor for v in values]


def _amounts(
    values: list[Decimal | None], prices: list[Decimal | None], quantities: list[Decimal | None]
) -> list[Decimal | None]:
    """The amount as written, or unit price x quantity when only those are given."""
    return [
        v if v is not None or p is None or q is None else p * q
        for v, p, q in zip(values, prices, quantities, strict=True)
    ]


def clean_lines(frame: pl.DataFrame, plan: ReadingPlan) -> list[ProductLine]:
    """Lines for rows with `slow` false, in frame order."""
    factors = plan.header_factors
    quantities = _decimals(frame, "quantity", factors.get("quantity", Decimal(1)))  # '000 PCS (header_scale)
    prices = _decimals(frame, "unit_price", factors.get("unit_price", Decimal(1)))
    amounts = _amounts(_decimals(frame, "value", factors.get("value", Decimal(1))), prices, quantities)
    nets = _decimals(frame, "net_mass", factors.get("net_mass", Decimal(1)))
    grosses = _decimals(frame, "gross_mass", factors.get("gross_mass", Decimal(1)))
    if "net_mass" in plan.mass_per_item:
        nets = times_quantity(nets, quantities)
    if "gross_mass" in plan.mass_per_item:
        grosses = times_quantity(grosses, quantities)
    packages = frame.get_column("packages_n").cast(pl.Int64).to_list()
    default_unit = plan.default_unit or PIECES
    units = frame.get_column("unit_code").fill_null(default_unit).to_list()
    currencies = frame.select(line_currency(plan.currency).fill_null(NO_CURRENCY)).to_series().to_list()
    positions = frame.get_column("position").to_list()
    rows = [position - plan.layout.first_data_row + 1 for position in positions]
    places = [place_in_file(position, plan.is_workbook, plan.file_lines, plan.sheet) for position in positions]
    descriptions = frame.get_column("description").str.strip_chars().fill_null("").to_list()
    cells = zip(
        rows,
        descriptions,
        quantities,
        units,
        nets,
        grosses,
        amounts,
        currencies,
        frame.get_column("origin_code").to_list(),
        frame.get_column("declared_digits").to_list(),
        packages,
        frame.get_column("package_kind_code").to_list(),
        prices,
        LineCurrencySources(plan).of_rows(frame),
        places,
        strict=True,
    )
    return [
        ProductLine(
            row=row,
            description=text,
            quantity=None if qty is None else Quantity(qty, unit),
            net_mass=None if net is None else Mass(net),
            gross_mass=None if gross is None else Mass(gross),
            value=None if amount is None else Money(amount, currency),
            origin=origin,
            declared_code=code or None,
            packages=count,
            package_kind=kind,
            unit_price=price,
            currency_source=None if amount is None else source,
            place=place,
        )
        for row, text, qty, unit, net, gross, amount, currency, origin, code, count, kind, price, source, place in cells
    ]
