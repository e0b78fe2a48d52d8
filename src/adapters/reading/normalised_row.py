"""One data row of a product list after normalisation, as the row-by-row checks see it."""

from typing import NamedTuple


class NormalisedRow(NamedTuple):
    """One data row after normalisation; `*_n` are canonical numbers as text, `*_code` looked-up codes."""

    position: int
    description: str | None
    unit: str | None
    origin: str | None
    declared_code: str | None
    package_kind: str | None
    currency: str | None
    quantity: str | None
    net_mass: str | None
    gross_mass: str | None
    value: str | None
    unit_price: str | None
    packages: str | None
    quantity_n: str | None
    net_mass_n: str | None
    gross_mass_n: str | None
    value_n: str | None
    unit_price_n: str | None
    packages_n: str | None
    unit_code: str | None
    origin_code: str | None
    currency_code: str | None
    package_kind_code: str | None  # UN/ECE Rec 21, from the package kind column or the words in a packages cell
    value_currency: str | None  # the currency a mark in the amount cell names ('$10.00' -> 'USD')
    unit_price_currency: str | None
    value_format: str | None  # the currency the amount cell's format shows where the list states its own
    unit_price_format: str | None
    declared_digits: str | None
    is_total: bool
    maybe_total: bool  # a label starting with a total word: a total if its figures add up the lines above
    charge_label: str | None  # the cell that names a charge: 'Freight', 'Страхование', 'VAT 20%'
    lone_text: str | None  # the only cell of the row, a text: a section title if shaped as one and goods follow
    is_charge: bool  # a charge label on a row with no quantity or mass of its own: no goods line
    is_group_sum: bool  # a group heading carrying the sums of the lines below it (see group_sums)
    has_figures: bool
    extra_fields: int  # fields with text beyond the last header column of a CSV
    needs_checks: bool  # False only when no rule of line_checks can fail on this row
    read_otherwise: str | None  # the figures read otherwise than their column, so the amount agrees (agreeing_factors)
