"""Numbers as suppliers write them, and the property that formatting a number never changes what is read."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adapters.reading.numbers import NotANumber, parse_number


@pytest.mark.parametrize(
    ("written", "decimal_comma", "expected"),
    [
        ("1 234,50", True, "1234.50"),
        ("1,234.50", False, "1234.50"),
        ("1.234,50", True, "1234.50"),
        ("1.234,50", False, "1234.50"),
        ("1\u00a0234,5", False, "1234.5"),
        ("1\u202f234,5", False, "1234.5"),
        ("1'234.50", False, "1234.50"),
        ("(12.00)", False, "-12.00"),
        ("-7,5", True, "-7.5"),
        ("5-", False, "-5"),
        ("$ 1,200.00", False, "1200.00"),
        ("USD 99", False, "99"),
        ("1 500 руб.", True, "1500"),
        ("0,500", False, "0.500"),
        ("1,234", False, "1234"),
        ("1,234", True, "1.234"),
        ("1.234", False, "1.234"),
        ("1.234", True, "1234"),
        ("12 345 678.9", False, "12345678.9"),
        ("1e5", False, "100000"),
    ],
)
def test_reads_the_ways_numbers_are_written(written: str, decimal_comma: bool, expected: str) -> None:
    assert parse_number(written, decimal_comma=decimal_comma) == Decimal(expected)


@pytest.mark.parametrize("written", [None, "", "  ", "-", "—", "n/a"])
def test_empty_cells_and_dashes_are_no_value(written: str | None) -> None:
    assert parse_number(written) is None


@pytest.mark.parametrize("written", ["abc", "12-5", "1,2,3", "1.2.3", "100 pcs", ".", "see annex"])
def test_text_that_is_not_a_number_is_refused(written: str) -> None:
    with pytest.raises(NotANumber, match="is not a number"):
        parse_number(written)


amounts = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2, allow_nan=False)
group_marks = st.sampled_from(["", " ", "\u00a0", "\u202f", "'"])
currencies = st.sampled_from(["", "$", "USD ", "€", " EUR", " руб."])


def _written(amount: Decimal, group: str, decimal_comma: bool, brackets: bool, currency: str) -> str:
    whole, fraction = f"{abs(amount):.2f}".split(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    thousands = group or ("." if decimal_comma else ",")
    digits = thousands.join(groups) + ("," if decimal_comma else ".") + fraction
    if amount < 0:
        digits = f"({digits})" if brackets else f"-{digits}"
    return (
        currency + digits if currency.endswith(("$", " ", "€")) and not currency.startswith(" ") else digits + currency
    )


@given(amounts, group_marks, st.booleans(), st.booleans(), currencies)
def test_any_written_form_of_an_amount_reads_back_as_that_amount(
    amount: Decimal, group: str, decimal_comma: bool, brackets: bool, currency: str
) -> None:
    written = _written(amount, group, decimal_comma, brackets, currency)
    assert parse_number(written, decimal_comma=decimal_comma) == amount


@given(st.decimals(min_value=0, max_value=Decimal("1e9"), places=2, allow_nan=False), st.booleans(), st.booleans())
def test_the_column_style_settles_only_what_is_ambiguous(amount: Decimal, comma: bool, column_style: bool) -> None:
    """'1234.56' and '1234,56' read the same whatever the column's style: only one reading accepts them."""
    written = f"{amount:.2f}".replace(".", "," if comma else ".")
    assert parse_number(written, decimal_comma=column_style) == amount


@given(st.text(max_size=30))
def test_any_text_is_a_number_no_value_or_refused(written: str) -> None:
    try:
        result = parse_number(written)
    except NotANumber:
        return
    assert result is None or isinstance(result, Decimal)
