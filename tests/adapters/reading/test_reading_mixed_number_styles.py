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
