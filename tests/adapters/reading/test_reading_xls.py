"""Excel 97-2003 .xls lists (BIFF8, built by xls_files) are read like .xlsx ones, through calamine."""

from decimal import Decimal

import pytest
from tests.adapters.reading import invoices
from tests.adapters.reading.xls_files import xls

from adapters.reading import PolarsProductListReader
from adapters.tariff.file_reader import PolarsTariffFileReader
from application.ports.reader import UnusableFile
from domain.measures import Mass, Money, Quantity

reader = PolarsProductListReader()

_ROWS: list[list[str | float | int | None]] = [
    ["СЧЁТ-ФАКТУРА № 17 от 02.04.2026"],
    ["Поставщик: ТОО «Каспий Трейд», Алматы"],
    [],
    ["№", "Наименование товара", "Код ТН ВЭД", "Кол-во", "Ед. изм.", "Цена, USD", "Сумма, USD", "Вес нетто, кг"],
    [1, "Чайник электрический 1,7 л", "8516798000", 120, "шт", 9.5, 1140, 180.5],
    [2, "Плита газовая, 4 конфорки", "7321110000", 25, "шт", 145.5, 3637.5, 1050],
    [None, "Итого", None, None, None, None, 4777.5, 1230.5],
]


def test_an_xls_list_is_read_below_its_title_rows_like_an_xlsx() -> None:
    listing = reader.read(xls(("Лист1", _ROWS)), "счёт-17.xls")
    assert [line.description for line in listing.lines] == ["Чайник электрический 1,7 л", "Плита газовая, 4 конфорки"]
    kettle = listing.lines[0]
    assert kettle.quantity == Quantity(Decimal(120), "H87")
    assert kettle.value == Money(Decimal(1140), "USD")
    assert kettle.net_mass == Mass(Decimal("180.5"))
    assert kettle.declared_code == "8516798000"
    assert listing.totals.value == Decimal("4777.5")


def test_the_sheet_with_the_list_is_found_among_several_in_an_xls() -> None:
    data = xls(("Условия", [["Условия поставки: CPT Ашхабад"]]), ("Товары", _ROWS))
    listing = reader.read(data, "счёт-17.xls")
    assert len(listing.lines) == 2


def test_a_cut_short_xls_is_refused_as_a_damaged_xls_not_as_another_office_file() -> None:
    with pytest.raises(UnusableFile, match=r"^list\.xls is a damaged Excel 97-2003 \(\.xls\) workbook"):
        reader.read(invoices.old_excel(), "list.xls")


def test_an_old_word_document_is_not_taken_for_a_workbook() -> None:
    doc = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le") + b"\x00" * 512
    with pytest.raises(UnusableFile, match=r"is an old Word document \(\.doc\), not a spreadsheet"):
        reader.read(doc, "list.xls")


def test_an_office_file_without_a_workbook_stream_is_named_so() -> None:
    outlook = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "__properties_version1.0".encode("utf-16-le")
    with pytest.raises(UnusableFile, match=r"^mail\.xls is a Microsoft Office file that holds no workbook"):
        reader.read(outlook + b"\x00" * 512, "mail.xls")


def test_a_national_tariff_in_xls_is_read() -> None:
    rows: list[list[str | float | int | None]] = [
        ["Код ТН ВЭД", "Наименование", "Пошлина, %"],
        ["8516798000", "Чайники", 5],
    ]
    (row,) = PolarsTariffFileReader().read(xls(("Tariff", rows)), "tariff.xls")
    assert row.code.text == "8516798000"
