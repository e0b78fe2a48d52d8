"""A quantity that reads two ways ('1.500') is read, on its line, the way quantity x unit price = amount holds,
even where the column's other figures are read the other way."""

import io
from decimal import Decimal

from openpyxl import Workbook

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity
from domain.measures import Quantity

reader = PolarsProductListReader()

GERMAN = [
    "Pos;Bezeichnung;Menge;Einheit;Einzelpreis EUR;Gesamtpreis EUR;Nettogewicht kg;Ursprungsland",
    "1;Edelstahl-Schrauben M8x40;1.500;Stk;2,40;3.600,00;45,000;Deutschland",
    "2;Hydrauliköl HLP 46;1.500;t;2.400,00;3.600,00;1.500,000;Deutschland",
    "3;Kugelhahn Messing DN25;250;Stk;12,80;3.200,00;125,000;Italien",
]


def test_a_two_way_quantity_is_read_the_way_its_line_amount_agrees_with() -> None:
    listing = reader.read("\r\n".join(GERMAN).encode("cp1252"), "rechnung.csv")

    screws, oil, valves = listing.lines
    assert screws.quantity == Quantity(Decimal(1500), "H87")
    assert oil.quantity == Quantity(Decimal("1.5"), "TNE")
    assert valves.quantity == Quantity(Decimal(250), "H87")
    assert not listing.errors
    assert not screws.problems
    assert [(p.column, p.severity) for p in oil.problems] == [("Menge", Severity.WARNING)]
    assert oil.problems[0].reason == (
        "'1.500' reads two ways: it is read as 1.5, with which quantity x unit price = amount holds; the column's "
        "other figures are read with ',' as the decimal separator, which would make it 1500: check it (line 3 of "
        "the file)"
    )


def test_a_line_agreeing_neither_way_keeps_its_columns_reading() -> None:
    rows = [*GERMAN[:2], "2;Hydrauliköl HLP 46;1.500;t;2.400,00;3.700,00;1.500,000;Deutschland"]
    _, oil = reader.read("\r\n".join(rows).encode("cp1252"), "rechnung.csv").lines

    assert oil.quantity == Quantity(Decimal(1500), "TNE")
    assert not any("reads two ways" in problem.reason for problem in oil.problems)


def test_a_number_cell_of_a_workbook_is_never_read_the_other_way() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Description", "Quantity", "Unit", "Unit price USD", "Amount USD"])
    sheet.append(["Steel wire rod", 1.234, "t", 2.4, 2961.6])  # Excel's 1.234 is 1.234, whatever the amount says
    sheet.append(["Steel nails", 2, "t", 800, 1600])
    saved = io.BytesIO()
    book.save(saved)

    wire, _ = reader.read(saved.getvalue(), "invoice.xlsx").lines

    assert wire.quantity == Quantity(Decimal("1.234"), "TNE")
