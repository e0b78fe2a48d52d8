"""Invoices headed in Uzbek (Latin and Cyrillic), Kazakh, Kyrgyz and Azerbaijani: every column is read, and their
total row, like the Ukrainian, German, Turkish, Persian and Chinese ones, is left out of the lines."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader

reader = PolarsProductListReader()

FIELDS = ("description", "quantity", "unit_price", "value", "net_mass", "gross_mass", "origin", "unit")
HEADERS = {
    "uzbek-latin": "Tovar nomi;Miqdori;Narxi;Summasi;Sof vazn, kg;Yalpi vazn, kg;Kelib chiqish mamlakati;"
    "O'lchov birligi",
    "uzbek-latin-weights": "Tovar nomi;Miqdori;Narxi;Summasi;Netto og‘irligi, kg;Brutto og‘irligi, kg;"
    "Kelib chiqish mamlakati;Oʻlchov birligi",
    "uzbek-latin-total-weight": "Tovar nomi;Miqdori;Narxi;Summasi;Sof og'irligi, kg;Umumiy og'irligi, kg;"
    "Kelib chiqish mamlakati;O’lchov birligi",
    "uzbek-cyrillic": "Товар номи;Миқдори;Нархи;Суммаси;Соф вазн, кг;Ялпи вазн, кг;Келиб чиқиш мамлакати;Ўлчов бирлиги",
    "kazakh": "Тауардың атауы;Саны;Бағасы;Сомасы;Таза салмағы, кг;Жалпы салмағы, кг;Шығарылған елі;Өлшем бірлігі",
    "kyrgyz": "Товардын аталышы;Саны;Баасы;Суммасы;Таза салмагы, кг;Жалпы салмагы, кг;Келип чыккан өлкөсү;"
    "Өлчөө бирдиги",
    "azerbaijani": "Malın adı;Miqdarı;Qiyməti;Məbləğ;Xalis çəki, kg;Ümumi çəki, kg;Mənşə ölkəsi;Ölçü vahidi",
}
LINES = "Quritilgan o'rik;6000;3,20;19200,00;6000;6300;O'zbekiston;kg\nMayiz, qora;4000;2,10;8400,00;4000;4200;UZ;kg\n"


@pytest.mark.parametrize("header", HEADERS.values(), ids=HEADERS.keys())
def test_an_invoice_headed_in_a_language_of_the_region_is_read_whole(header: str) -> None:
    listing = reader.read(f"{header}\n{LINES}".encode(), "invoys.csv")
    assert [listing.columns[field] for field in FIELDS] == header.split(";")
    assert [(line.description, line.origin) for line in listing.lines] == [
        ("Quritilgan o'rik", "UZ"),
        ("Mayiz, qora", "UZ"),
    ]
    assert [line.gross_mass.kilograms for line in listing.lines if line.gross_mass] == [6300, 4200]
    assert [line.quantity.unit for line in listing.lines if line.quantity] == ["KGM", "KGM"]


TOTAL_WORDS = [
    "Jami", "Jami summa", "Hammasi", "Жами", "Барлығы:", "Жиыны", "Барлық", "Бардыгы", "Жалпы", "Cəmi", "Yekun",
    "Toplam", "Genel toplam", "Ara toplam", "Summe", "Gesamt", "Gesamtsumme", "Zwischensumme", "جمع", "جمع کل",
    "合计", "总计", "小计", "Разом", "Усього", "Всього",
]  # fmt: skip


@pytest.mark.parametrize("word", TOTAL_WORDS)
def test_a_total_row_in_a_suppliers_language_is_no_goods_line(word: str) -> None:
    """Its amount off by 50, so that the word alone tells it from a goods line (see test_reading_figure_totals)."""
    invoice = (
        "Description,Quantity,Unit,Unit price,Amount USD,Net weight kg,Origin\n"
        "Dried apricots,6000,kg,3.20,19200.00,6000,Uzbekistan\n"
        "Raisins black,4000,kg,2.10,8400.00,4000,Uzbekistan\n"
        f"{word},,,,27650.00,10000,\n"
    )
    listing = reader.read(invoice.encode(), "invoice.csv")
    assert [line.description for line in listing.lines] == ["Dried apricots", "Raisins black"]
    assert (listing.totals.value, listing.totals.net_mass) == (Decimal("27650.00"), Decimal(10000))
    assert [p.reason for p in listing.all_problems()] == [
        "the printed total 27650.00 differs from the sum of the lines 27600.00 by 50.00 (line 4 of the file)"
    ]
