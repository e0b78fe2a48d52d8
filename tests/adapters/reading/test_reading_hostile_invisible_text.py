"""Invisible characters that change how text shows (a right-to-left override, zero-width spaces, tag characters)
are removed from cells when read, with the control-character warning; the letters of every script stay."""

import pytest

from adapters.reading import PolarsProductListReader
from domain.goods.problems import RowProblem, Severity

reader = PolarsProductListReader()
WARNING = "invisible control characters were removed from the text"


def _description(written: str) -> tuple[str, list[RowProblem]]:
    (line,) = reader.read(f"Description;Qty\n{written};1\n".encode(), "invisible.csv").lines
    return line.description, line.problems


def test_a_right_to_left_override_is_removed_so_the_description_reads_as_written() -> None:
    """'Trojan\u202eexe.txt' shows as 'Trojantxt.exe' wherever the override is honoured."""
    description, problems = _description("Trojan\u202eexe.txt")
    assert description == "Trojanexe.txt"
    assert problems == [RowProblem(1, "Description", f"{WARNING} (line 2 of the file)", Severity.WARNING)]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("\u2067Screws\u2069 M8\u200b", "Screws M8"),  # an isolate and a zero-width space
        ("Bolts\u200d M8\ufeff", "Bolts M8"),  # a zero-width joiner and a BOM within the text
        ("Nuts\U000e0069\U000e0067\U000e006e\U000e006f\U000e0072\U000e0065", "Nuts"),  # tags hiding 'ignore'
        ("Cable\u00ad lugs\u2060", "Cable lugs"),  # a soft hyphen and a word joiner
    ],
)
def test_zero_width_and_direction_characters_are_removed(written: str, read: str) -> None:
    assert _description(written)[0] == read


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("\u200fشاي أخضر\u061c 500 غ", "شاي أخضر 500 غ"),  # Arabic, with a right-to-left and an Arabic letter mark
        ("\u202bברגים מפלדה\u202c M8", "ברגים מפלדה M8"),  # Hebrew, within a right-to-left embedding
        ("چای سبز ایرانی", "چای سبز ایرانی"),  # Persian, nothing to remove
    ],
)
def test_the_letters_of_right_to_left_scripts_stay(written: str, read: str) -> None:
    assert _description(written)[0] == read


def test_the_zero_width_non_joiner_persian_spells_with_stays_and_is_no_warning() -> None:
    description, problems = _description("روغن‌های موتور ۵ لیتری")  # "motor oils": روغن‌های
    assert description == "روغن‌های موتور ۵ لیتری" and problems == []


def test_a_header_with_a_zero_width_space_is_still_recognised() -> None:
    listing = reader.read("Description;Amount\u200b USD\nBolts;10\n".encode(), "invisible.csv")
    assert listing.columns["value"] == "Amount USD"
    assert listing.lines[0].value is not None and listing.lines[0].value.currency == "USD"
