"""A zero amount is kept and declared at 0.00, with a warning on its row and column that a value is needed."""

from decimal import Decimal

from adapters.reading import PolarsProductListReader
from domain.goods.problems import RowProblem, Severity
from domain.measures import Money

reader = PolarsProductListReader()
NEEDS_A_VALUE = (
    "the amount is 0: the declaration needs a customs value for this line even for free goods (samples, gifts, "
    "replacements); it is declared at 0.00 until the value of the goods is written here"
)


def test_a_zero_amount_is_declared_at_zero_with_a_warning_naming_row_and_column() -> None:
    listed = "Description;Qty;Amount, USD;Net kg\nSample chair;1;0.00;5\nDesk;1;120.00;20\n"
    sample, desk = reader.read(listed.encode(), "invoice.csv").lines
    assert sample.value == Money(Decimal("0.00"), "USD")
    assert sample.problems == [RowProblem(1, "Amount, USD", f"{NEEDS_A_VALUE} (line 2 of the file)", Severity.WARNING)]
    assert desk.problems == []


def test_a_zero_unit_price_names_the_price_column_when_the_amount_is_computed_from_it() -> None:
    listed = "Description;Qty;Unit price, USD;Net kg\nSample chair;3;0;5\n"
    (sample,) = reader.read(listed.encode(), "invoice.csv").lines
    assert sample.value == Money(Decimal(0), "USD")
    assert sample.problems == [
        RowProblem(1, "Unit price, USD", f"{NEEDS_A_VALUE} (line 2 of the file)", Severity.WARNING)
    ]


def test_a_negative_unit_price_is_an_error_of_its_column() -> None:
    listed = "Description;Qty;Unit price, USD;Net kg\nChair;3;-4;5\n"
    (chair,) = reader.read(listed.encode(), "invoice.csv").lines
    assert [(p.row, p.column, p.reason, p.severity) for p in chair.problems] == [
        (1, "Unit price, USD", "the amount cannot be negative, found -12 (line 2 of the file)", Severity.ERROR)
    ]


def test_a_zero_or_negative_amount_computed_beside_an_empty_amount_column_names_the_price_column() -> None:
    listed = (
        "Description;Qty;Unit price, USD;Amount, USD;Net kg\n"
        "Free sample;10;0;;1\nRefund;10;-5;;1\nSample;10;0;0;1\nGift;10;;0;1\n"
    )
    lines = reader.read(listed.encode(), "invoice.csv").lines
    assert [(p.row, p.column, p.reason.split(":")[0].split(", found")[0]) for line in lines for p in line.problems] == [
        (1, "Unit price, USD", "the amount is 0"),
        (2, "Unit price, USD", "the amount cannot be negative"),
        (3, "Amount, USD", "the amount is 0"),
        (4, "Amount, USD", "the amount is 0"),
    ]


def test_an_empty_amount_beside_a_price_is_computed_with_one_warning_for_the_file() -> None:
    listed = "Description;Qty;Unit price, USD;Amount, USD;Net kg\nChair;3;4;12;5\nTable;2;50;;20\nLamp;4;10;;3\n"
    listing = reader.read(listed.encode(), "invoice.csv")
    chair, table, lamp = listing.lines
    assert (table.value, lamp.value) == (Money(Decimal(100), "USD"), Money(Decimal(40), "USD"))
    assert chair.problems == table.problems == lamp.problems == []
    assert [(p.row, p.column, p.reason, p.severity) for p in listing.problems if p.column == "Amount, USD"] == [
        (
            None,
            "Amount, USD",
            "the amount is empty: quantity x unit price is declared in its place; check it: "
            "row 2 (line 3 of the file): 100, row 3 (line 4 of the file): 40",
            Severity.WARNING,
        )
    ]


def test_amounts_only_in_another_currencys_column_are_named_once_for_the_file() -> None:
    listed = (
        "Description,Qty,Unit price,Amount USD,Amount EUR,Net kg\n"
        "Cotton T-shirt,100,3.00,300.00,,20\nDenim jeans,50,8.00,,370.00,30\nWool sweater,20,15.00,300.00,,10\n"
    )
    listing = reader.read(listed.encode(), "invoice.csv")
    [note] = [p for p in listing.problems if p.column == "Amount EUR"]
    assert (note.row, note.severity) == (None, Severity.WARNING)
    assert note.reason == (
        "holds amounts in EUR on row 2, whose 'Amount USD' is empty: only 'Amount USD' is read as the value; "
        "convert them into it, or name the column to read as value=HEADER"
    )


def test_an_amount_written_in_words_is_not_a_number_and_not_also_an_empty_amount() -> None:
    listed = "Описание;Кол-во;Цена;Сумма\nСтул;3;200;шестьсот\nСтол;2;50;\n"
    listing = reader.read(listed.encode(), "invoice.csv")
    chair, _ = listing.lines
    assert [(p.column, p.reason, p.severity) for p in chair.problems] == [
        ("Сумма", "'шестьсот' is not a number (line 2 of the file)", Severity.ERROR)
    ]
    empty = [p.reason for p in listing.problems if p.reason.startswith("the amount is empty")]
    assert len(empty) == 1 and "row 2 (line 3 of the file)" in empty[0] and "row 1 " not in empty[0]
