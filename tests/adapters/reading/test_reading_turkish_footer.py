"""A Turkish invoice's footer writes its summary labels ('Mal Toplamı', 'Toplam İskonto', 'KDV Matrahı', 'Hesaplanan
KDV', 'Genel Toplam', 'Ödenecek Tutar') in the unit price column beside their amounts: they are total rows and
charges, never goods lines with 'not a number' prices, and the total after the discount is checked against the
lines."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity
from domain.measures import Money

from .invoices import sheet_xlsx

reader = PolarsProductListReader()

HEADER = ["Sıra No", "Malzeme Adı", "Miktar", "Birim", "Birim Fiyat", "Tutar", "Net Ağırlık (kg)"]
LINES: list[list[object]] = [
    [1, "PPR boru 20 mm PN20", "2.400", "Adet", "0,65", "1.560,00", "336"],
    [2, "PPR dirsek 90° 20 mm", "5.000", "Adet", "0,08", "400,00", "45"],
]


def _footer(*labelled: tuple[str, str]) -> list[list[object]]:
    return [[None, None, None, None, label, amount] for label, amount in labelled]


def _read(footer: list[list[object]]) -> tuple[list[Money | None], list[str], Decimal | None]:
    listing = reader.read(sheet_xlsx([["Döviz Cinsi: EUR"], HEADER, *LINES, *footer]), "fatura.xlsx")
    problems = [*listing.problems, *(p for line in listing.lines for p in line.problems)]
    errors = [p.reason for p in problems if p.severity is Severity.ERROR]
    warnings = [p.reason for p in problems if p.severity is Severity.WARNING]
    return [line.value for line in listing.lines], errors + warnings, listing.totals.value


def test_the_footer_labels_beside_their_amounts_are_no_goods_lines() -> None:
    footer = _footer(
        ("Mal Toplamı", "1.960,00"),
        ("Toplam İskonto", "0,00"),
        ("KDV Matrahı", "1.960,00"),
        ("Hesaplanan KDV", "0,00"),
        ("Genel Toplam", "1.960,00"),
        ("Ödenecek Tutar", "1.960,00"),
    )

    values, problems, printed = _read(footer)

    assert values == [Money(Decimal("1560.00"), "EUR"), Money(Decimal("400.00"), "EUR")]
    assert printed == Decimal("1960.00")
    assert not [p for p in problems if "not a number" in p or "description is empty" in p or "differs" in p]
    assert not [p for p in problems if "footer" in p]


def test_the_total_discount_is_a_discount_and_the_total_after_it_adds_up() -> None:
    footer = _footer(
        ("Mal Toplamı", "1.960,00"),
        ("Toplam İskonto", "60,00"),
        ("KDV Matrahı", "1.900,00"),
        ("Hesaplanan KDV", "342,00"),
        ("Genel Toplam", "2.242,00"),
        ("Ödenecek Tutar", "2.242,00"),
    )

    values, problems, printed = _read(footer)

    assert len(values) == 2
    assert printed == Decimal("1900.00")
    assert [p for p in problems if p.startswith("'Toplam İskonto' 60.00 EUR") and "discount" in p]
    assert not [p for p in problems if "not a number" in p or "differs" in p]


@pytest.mark.parametrize("label", ["Mal Toplamı", "MAL TOPLAMI", "Genel Toplam", "Ödenecek Tutar", "KDV Matrahı"])
def test_a_total_label_in_the_price_column_is_a_total(label: str) -> None:
    values, problems, printed = _read(_footer((label, "1.960,00")))

    assert len(values) == 2
    assert printed == Decimal("1960.00")
    assert not [p for p in problems if "not a number" in p or "description is empty" in p]
