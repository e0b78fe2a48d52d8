"""Numbers as Excel shows a long one it rounded ('1.23457E+11', '8,47E+09'), saved so into a CSV or a text cell: a
figure is read with a warning naming the text, a commodity code is left out; a workbook's number cells are exact."""

from decimal import Decimal

from tests.adapters.reading import invoices

from adapters.reading import PolarsProductListReader
from adapters.reading.xlsx_table import Workbook as ReadableWorkbook
from domain.goods.problems import RowProblem, Severity
from domain.measures import Mass, Money, Quantity

reader = PolarsProductListReader()


def test_an_amount_in_scientific_notation_is_read_with_a_warning_naming_the_text() -> None:
    data = b"Description,Qty,Amount USD\nBolts M8,10,100.00\nExcavators,2,1.23457E+11\n"
    bolts, excavators = reader.read(data, "rounded.csv").lines
    assert bolts.problems == []
    assert excavators.value == Money(Decimal(123457000000), "USD")
    assert str(excavators.value.amount) == "123457000000"  # no exponent left for the declaration
    assert excavators.problems == [
        RowProblem(
            2,
            "Amount USD",
            "written as 1.23457E+11, Excel's rounded form; read as 123457000000, but check the full figure "
            "(line 3 of the file)",
            Severity.WARNING,
        )
    ]


def test_a_decimal_comma_file_writes_it_with_a_comma_and_is_read_too() -> None:
    """'8,47E+09' was 'not a number', an error, where Excel uses a decimal comma."""
    data = "Описание;Кол-во;Вес нетто, кг;Сумма, USD\nЦемент;8,47E+09;1,5E+06;12 500,50\n".encode()
    (line,) = reader.read(data, "rounded.csv").lines
    assert (line.quantity, line.net_mass) == (Quantity(Decimal(8470000000), "H87"), Mass(Decimal(1500000)))
    assert [(p.column, p.severity) for p in line.problems if "Excel's rounded form" in p.reason] == [
        ("Кол-во", Severity.WARNING),
        ("Вес нетто, кг", Severity.WARNING),
    ]
    assert "written as 8,47E+09" in line.problems[0].reason


def test_a_commodity_code_in_scientific_notation_is_left_out_naming_the_text() -> None:
    data = b"Description;HS code;Qty\nLaptops;8,47E+09;3\nBolts;7318150000;5\n"
    laptops, bolts = reader.read(data, "codes.csv").lines
    assert (laptops.declared_code, bolts.declared_code) == (None, "7318150000")
    assert [str(p) for p in laptops.problems] == [
        "row 1, column 'HS code': '8,47E+09' is a commodity code Excel rounded to scientific notation: its last "
        "digits are lost, so it is left out; format the column as text in Excel and write the code in full "
        "(line 2 of the file)"
    ]


def test_long_numbers_written_in_full_are_not_warned() -> None:
    data = b"Description,Qty,Amount USD,HS code\nTurbines,1,123456789012.50,8411820000\n"
    (line,) = reader.read(data, "full.csv").lines
    assert line.problems == []


def test_a_workbook_warns_of_text_cells_only_its_number_cells_are_exact() -> None:
    rows = [
        ["Description", "Qty", "Amount USD", "HS code"],
        ["Turbines", 1e-7, 123457000000, 8411820000],
        ["Cement", 2, "1.23457E+11", "8.47E+09"],
    ]
    turbines, cement = reader.read(invoices.sheet_xlsx(rows), "rounded.xlsx").lines
    assert turbines.problems == [] and turbines.declared_code == "8411820000"
    assert [(p.column, p.severity) for p in cement.problems] == [
        ("HS code", Severity.WARNING),
        ("Amount USD", Severity.WARNING),
    ]


def test_the_openpyxl_fallback_writes_numbers_without_an_exponent() -> None:
    workbook = ReadableWorkbook(invoices.sheet_xlsx([["Description", "Qty"], ["Pump", 1e20], ["Valve", 1.5e-7]]), "x")
    workbook._calamine = None  # as after calamine failed on the file
    table = workbook.sheet(workbook.sheet_names[0])
    assert table.frame.get_column("c1").to_list() == ["Qty", "100000000000000000000", "0.00000015"]
