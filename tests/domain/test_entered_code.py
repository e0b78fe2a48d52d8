"""Codes as brokers type them in review: HS-6, the national line, or the declaration's 8-digit Commodity_code."""

import pytest

from domain.classification.entered_code import EnteredCode
from domain.errors import InvalidCommodityCode

LINES = ["730439100", "730439910", "730439920", "847130000"]


@pytest.mark.parametrize(
    ("typed", "digits", "national", "prefix"),
    [
        ("7304.39", "730439", False, False),
        ("73043900", "73043900", False, True),
        ("7304.39.00", "73043900", False, True),
        ("7304 39 000", "730439000", True, False),
        ("7304.39.000", "730439000", True, False),
    ],
)
def test_separators_are_dropped_and_the_length_says_what_was_typed(
    typed: str, digits: str, national: bool, prefix: bool
) -> None:
    entered = EnteredCode.parse(typed, 9)
    assert (entered.digits, entered.hs6, entered.is_national, entered.is_prefix) == (digits, "730439", national, prefix)


@pytest.mark.parametrize("typed", ["73043", "7304390001", "7304.39.A", "abc"])
def test_too_short_too_long_or_letters_are_not_a_code(typed: str) -> None:
    with pytest.raises(InvalidCommodityCode, match="neither an HS-6 subheading nor a 9-digit national tariff line"):
        EnteredCode.parse(typed, 9)


def test_a_prefix_names_the_only_line_beginning_with_it() -> None:
    assert EnteredCode.parse("73043910", 9).line_among(LINES) == "730439100"
    assert EnteredCode.parse("84713000", 9).line_among(LINES) == "847130000"


def test_a_prefix_of_several_lines_or_none_leaves_the_national_line_open_and_says_why() -> None:
    several = EnteredCode.parse("7304399", 9)
    assert several.line_among(LINES) is None
    assert several.open_line_note(LINES) == (
        "2 national lines begin with 7304399: 730439910, 730439920; 730439 is kept and its national line is open: "
        "type the 9-digit line to choose one"
    )
    none = EnteredCode.parse("73043900", 9)
    assert none.line_among(LINES) is None
    assert none.open_line_note([]).startswith("no national tariff line begins with 73043900; 730439 is kept")
