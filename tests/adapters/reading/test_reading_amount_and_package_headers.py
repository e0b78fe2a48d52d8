"""Amount and package headers as suppliers cut or word them: Russian 'Стоим.' and 'Кол-во упак.', English
'Ext. Price' and 'Total ctns' (the cartons, no amount), German 'Gebinde'; a header naming a unit is no amount."""

from decimal import Decimal

import pytest
from tests.adapters.reading.best_field import best_field

from adapters.reading import PolarsProductListReader

reader = PolarsProductListReader()


def test_a_russian_invoice_with_cut_amount_and_package_headers_reads_them() -> None:
    listed = (
        "Счёт № 118 от 12.11.2026, валюта USD\r\n"
        "№;Наименование;Ед.;Кол-во;Стоим. ед.;Стоим.;Кол-во упак.;Страна происх.\r\n"
        "1;Насос центробежный Grundfos CR 10-3;шт;4;1640,00;6560,00;2;Дания\r\n"
        "2;Кабель ВВГнг 3х2,5;м;500;1,20;600,00;5;Россия\r\n"
        ";Итого;;;;7160,00;7;\r\n"
    )
    listing = reader.read(listed.encode("cp1251"), "счет.csv")
    assert listing.columns["unit_price"] == "Стоим. ед."
    assert listing.columns["value"] == "Стоим."
    assert listing.columns["packages"] == "Кол-во упак."
    assert [(line.value.amount if line.value else None, line.packages) for line in listing.lines] == [
        (Decimal("6560.00"), 2), (Decimal("600.00"), 5)
    ]  # fmt: skip
    assert listing.errors == []


@pytest.mark.parametrize(("cartons", "amount"), [("Total ctns", "Ext. Price (USD)"), ("TOTAL CTNS", "Ext Price USD")])
def test_total_ctns_is_the_cartons_and_ext_price_the_amount(cartons: str, amount: str) -> None:
    """'Total ctns' stands left of the amount column: read as an amount, it took the value from 'Ext. Price'."""
    listed = (
        f"Item No.,Description,{cartons},Qty,Unit,Unit Price (USD),{amount},N.W. (kg)\n"
        "1,LED panel light 600x600 40W,20,200,pcs,12.50,2500.00,460\n"
        "2,Ceiling fan 56 inch,10,50,pcs,30.00,1500.00,310\n"
        "TOTAL,,30,250,,,4000.00,770\n"
    )
    listing = reader.read(listed.encode(), "invoice.csv")
    assert (listing.columns["packages"], listing.columns["value"]) == (cartons, amount)
    assert [(line.packages, line.value.amount if line.value else None) for line in listing.lines] == [
        (20, Decimal("2500.00")), (10, Decimal("1500.00"))
    ]  # fmt: skip
    assert listing.totals.value == Decimal("4000.00")
    assert listing.errors == []


def test_a_german_invoice_reads_gebinde_and_leaves_the_article_number_out() -> None:
    listed = (
        "Pos.;Art.-Nr.;Bezeichnung;Gebinde;Anzahl Gebinde;Menge;Einzelpreis;Betrag EUR;Herkunftsland;Nettogewicht;"
        "Bruttogewicht\n"
        "1;KP-4410;Kreiselpumpe, elektrisch;Kiste;2;4;2480,00;9920,00;Deutschland;372;410\n"
        "2;DV-20;Druckventil DN20;Karton;1;20;35,50;710,00;Österreich;12;14\n"
    )
    listing = reader.read(listed.encode("cp1252"), "rechnung.csv")
    assert listing.columns == {
        "description": "Bezeichnung", "package_kind": "Gebinde", "packages": "Anzahl Gebinde", "quantity": "Menge",
        "unit_price": "Einzelpreis", "value": "Betrag EUR", "origin": "Herkunftsland", "net_mass": "Nettogewicht",
        "gross_mass": "Bruttogewicht",
    }  # fmt: skip
    first = listing.lines[0]
    assert (first.description, first.package_kind, first.packages, first.origin) == (
        "Kreiselpumpe, elektrisch", "CS", 2, "DE"
    )  # fmt: skip
    assert [line.gross_mass.kilograms for line in listing.lines if line.gross_mass] == [410, 14]


def test_an_artikel_column_is_no_description() -> None:
    listed = "Artikel;Bezeichnung;Menge;Einzelpreis;Gesamtpreis EUR;Herkunft\nKP-4410;Kreiselpumpe;4;2480;9920;DE\n"
    listing = reader.read(listed.encode(), "rechnung.csv")
    assert "Artikel" not in listing.columns.values()
    assert [line.description for line in listing.lines] == ["Kreiselpumpe"]


@pytest.mark.parametrize(
    ("header", "field"),
    [("Total ctns", "packages"), ("Total pcs", "quantity"), ("Стоим. ед.", "unit_price"), ("Стоимость за единицу",
     "unit_price"), ("Amount, kg", None), ("Total, USD", "value"), ("Кол. упак.", "packages")],
)  # fmt: skip
def test_a_header_naming_a_unit_is_no_amount(header: str, field: str | None) -> None:
    """'Total pcs' counts pieces (a packing list's line quantity) and 'Стоим. ед.' is a price per unit; a currency
    after the words is the amount's."""
    assert best_field(header) == field
