"""A figure too large for the declaration is refused when the file is read, with its row, column and limit."""

from adapters.reading import PolarsProductListReader
from domain.goods.problems import RowProblem, Severity

reader = PolarsProductListReader()
HEADER = "Description;Quantity;Unit;Amount, USD;Net weight, t;Gross weight, kg;Origin;Packages\n"


def _errors(*rows: str, header: str = HEADER) -> list[RowProblem]:
    listing = reader.read((header + "\n".join(rows) + "\n").encode(), "invoice.csv")
    return [p for line in listing.lines for p in line.problems if p.severity is Severity.ERROR]


def test_an_amount_of_21_digits_is_refused_with_its_row_column_and_limit() -> None:
    assert _errors("Office chair;10;pcs;123456789012345678901.00;0,12;135;PL;3") == [
        RowProblem(
            1,
            "Amount, USD",
            "123456789012345678901.00 is too large for a declaration: an amount holds at most 16 digits before the "
            "decimal point (the largest is 9999999999999999.99) (line 2 of the file)",
        )
    ]


def test_the_largest_amount_the_declaration_holds_is_read() -> None:
    listing = reader.read((HEADER + "Desk lamp;5;pcs;9999999999999999.99;0,01;12;PL;1\n").encode(), "invoice.csv")
    assert listing.lines[0].value is not None and str(listing.lines[0].value.amount) == "9999999999999999.99"
    assert listing.lines[0].problems == []


def test_an_amount_rounding_up_past_the_limit_is_refused() -> None:
    (error,) = _errors("Desk lamp;5;pcs;9999999999999999.996;0,01;12;PL;1")
    assert error.column == "Amount, USD" and "at most 16 digits" in error.reason


def test_an_amount_computed_from_the_unit_price_names_the_price_column() -> None:
    header = "Description;Quantity;Unit price, USD;Net weight, kg\n"
    (error,) = _errors("Desk lamp;1000000;99999999999,00;1", header=header)
    assert (error.row, error.column) == (1, "Unit price, USD")
    assert error.reason.startswith("99999999999000000.00 is too large for a declaration: an amount holds at most 16")


def test_an_amount_computed_from_the_unit_price_beside_an_empty_amount_column_names_the_price_column() -> None:
    header = "Description;Quantity;Unit price, USD;Amount, USD;Net weight, kg\n"
    computed, written = _errors("Desk lamp;1000000;99999999999,00;;1", "Desk;1;1;12345678901234567;1", header=header)
    assert (computed.row, computed.column) == (1, "Unit price, USD")
    assert (written.row, written.column) == (2, "Amount, USD")


def test_quantities_and_masses_in_kilograms_beyond_12_digits_are_refused() -> None:
    errors = _errors("Lamp;10000000000000;pcs;1;1000000000;99999999999999;PL;1")
    assert [(e.column, e.reason.split(" is too large")[0]) for e in errors] == [
        ("Quantity", "10000000000000"),
        ("Net weight, t", "1000000000000 kg"),
        ("Gross weight, kg", "99999999999999 kg"),
    ]
    assert all("at most 12 digits before the decimal point" in e.reason for e in errors)


def test_more_packages_than_the_declaration_counts_are_refused() -> None:
    assert _errors("Lamp;1;pcs;1;0,01;12;PL;99999999999") == [
        RowProblem(
            1,
            "Packages",
            "99999999999 packages are too many for a declaration: it holds at most 2147483647 (line 2 of the file)",
        )
    ]
