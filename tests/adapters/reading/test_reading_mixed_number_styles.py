"""A mass like '12,340' (12.34 or 12340) in a file whose amounts write '68,487.00': read the file's way when its
column decides nothing itself, even with 'kg' after it; where its column writes decimal commas ('8,5'), read as
the column does and warned about on its line, with the other reading, never silently a thousand times off."""

from decimal import Decimal

from tests.adapters.reading.invoices import sheet_xlsx

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity
from domain.measures import Mass

reader = PolarsProductListReader()


def _csv(rows: list[str]) -> bytes:
    return "\r\n".join(rows).encode("cp1251")


def _two_way(reasons: list[str]) -> list[str]:
    return [reason for reason in reasons if "two ways" in reason]


def test_a_mass_with_kg_after_it_follows_the_files_thousands_commas() -> None:
    rows = [
        "Description;Qty;Net weight;Amount, USD",
        "Seamless steel pipe DN50;200;12,340 kg;68,487.00",
        "Gate valve DN50;40;85 kg;4,120.00",
    ]
    listing = reader.read(_csv(rows), "invoice.csv")

    assert [line.net_mass for line in listing.lines] == [Mass(Decimal(12340)), Mass(Decimal(85))]
    assert not _two_way([problem.reason for problem in listing.all_problems()])


def test_a_mass_in_a_column_of_decimal_commas_is_read_so_and_warned_about_on_its_line() -> None:
    rows = [
        "Description;Qty;Net weight, kg;Amount, USD",
        "Seamless steel pipe DN50;200;12,340;68,487.00",
        "Gate valve DN50;40;8,5;4,120.00",
    ]
    pipe, valve = reader.read(_csv(rows), "invoice.csv").lines

    assert (pipe.net_mass, valve.net_mass) == (Mass(Decimal("12.34")), Mass(Decimal("8.5")))
    (problem,) = pipe.problems
    assert (problem.row, problem.column, problem.severity) == (1, "Net weight, kg", Severity.WARNING)
    assert problem.reason == (
        "'12,340' reads two ways: it is read as 12.34, with ',' as the decimal separator, as in '8,5' in this column; "
        "column 'Amount, USD' writes '.' as the decimal separator ('68,487.00'), which would make it 12340: check it "
        "(line 2 of the file)"
    )
    assert not valve.problems


def test_a_workbooks_text_figures_warn_the_same_way() -> None:
    rows: list[list[object]] = [
        ["Description", "Qty", "Gross weight, kg", "Amount, USD"],
        ["Seamless steel pipe DN50", 200, "1,250.5", "68.487,00"],
        ["Gate valve DN50", 40, "1,234", "4.120,00"],
    ]
    _, valve = reader.read(sheet_xlsx(rows), "invoice.xlsx").lines

    assert valve.gross_mass == Mass(Decimal(1234))
    (reason,) = _two_way([problem.reason for problem in valve.problems])
    assert "it is read as 1234, with '.' as the decimal separator, as in '1,250.5' in this column" in reason
    assert "column 'Amount, USD' writes ',' as the decimal separator ('68.487,00'), which would make it 1.234" in reason


def test_a_file_writing_decimal_commas_throughout_reads_12_340_as_its_column_without_a_warning() -> None:
    rows = [
        "Наименование;Кол-во;Вес нетто, кг;Сумма, руб.",
        "Труба стальная бесшовная;200;12,340;68 487,00",
        "Задвижка;40;8,5;4 120,00",
    ]
    listing = reader.read(_csv(rows), "schet.csv")

    assert [line.net_mass for line in listing.lines] == [Mass(Decimal("12.34")), Mass(Decimal("8.5"))]
    assert not _two_way([problem.reason for problem in listing.all_problems()])


def test_a_list_whose_lines_write_decimals_each_its_own_way_reads_a_two_way_mass_as_its_line_does() -> None:
    """A hostile trial: lines alternating '1,020.00' and '6.375,00' made '60.500' kg 60500 on a line of LED bulbs,
    in a declaration that validated; and a quantity settled by its amount was warned about twice, both ways."""
    rows = [
        "Description;Qty;Unit price;Amount, USD;Net weight, kg",
        "LED bulb 9W E27;1,200;0.85;1,020.00;60.500",
        "Stainless steel kitchen sink;150;42,50;6.375,00;1.350,000",
        "Men's cotton T-shirt;2,400;2.35;5,640.00;480.000",
        "Ceramic floor tile 60x60, m2;1.234,5;7,10;8.764,95;24.690,000",
    ]
    bulbs, sinks, shirts, _ = reader.read(_csv(rows), "invoice.csv").lines

    assert [line.net_mass for line in (bulbs, sinks, shirts)] == [Mass(Decimal("60.5")), Mass(Decimal(1350)),
                                                                   Mass(Decimal(480))]  # fmt: skip
    two_way = {problem.column: problem for problem in bulbs.problems if "two ways" in problem.reason}
    assert sum("two ways" in problem.reason for problem in bulbs.problems) == len(two_way) == 2  # one a cell
    assert "with which quantity x unit price = amount holds" in two_way["Qty"].reason
    assert two_way["Net weight, kg"].reason == (
        "'60.500' reads two ways: it is read as 60.5, as its own line writes decimals ('1,020.00'); read as the "
        "column's other figures are, it would be 60500: check it (line 2 of the file)"
    )


def test_a_mass_read_as_its_line_writes_is_checked_against_the_gross_mass_so() -> None:
    """A check after the fix: '900.000' kg net was read as 900 but checked as 900000 against '1,000.000' gross."""
    rows = [
        "Description;Qty;Amount, USD;Net weight, kg;Gross weight, kg",
        "Plastic toys for children;3000;3,450.00;900.000;1,000.000",
        "Stainless steel kitchen sink;150;6.375,00;1.350,000;1.500,000",
    ]
    toys, _ = reader.read(_csv(rows), "invoice.csv").lines
    assert (toys.net_mass, toys.gross_mass) == (Mass(Decimal(900)), Mass(Decimal(1000)))
    assert not [problem for problem in toys.problems if problem.severity is Severity.ERROR]
