"""Units as Persian, Arabic, Russian (abbreviated as 1C writes them), Turkish, German and Uzbek lists write them,
read as UN/ECE Rec. 20 codes, in a list and one by one."""

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.units import unit_code

reader = PolarsProductListReader()

# language: (header, the goods lines' units as written, their codes); the German list has English headers, as
# German headers are the header vocabulary's to read
LISTS = {
    "persian": (
        "شرح کالا,مقدار,واحد,مبلغ کل (دلار),وزن خالص (کیلوگرم)",
        ["تن", "متر مربع", "تخته", "عدد", "کیلوگرم", "لیتر", "متر", "جفت", "بسته"],
        ["TNE", "MTK", "H87", "H87", "KGM", "LTR", "MTR", "PR", "XPK"],
    ),
    "russian": (
        "Товар,Кол-во,Ед.,Сумма USD,Масса нетто кг",
        ["меш", "ведро", "пач", "км", "рул", "бут", "упак", "шт"],
        ["XBG", "XBJ", "XPK", "KMT", "XRO", "XBO", "XPK", "H87"],
    ),
    "turkish": (
        "Ürün adı,Miktar,Birim,Tutar (USD),Net Ağırlık (Kg)",
        ["adet", "kg", "koli", "çuval", "top", "rulo", "kova"],
        ["H87", "KGM", "XCT", "XBG", "XRO", "XRO", "XBJ"],
    ),
    "german": (
        "Description,Quantity,Unit,Amount EUR,Net weight kg",
        ["Stk", "Stück", "Paar", "Rolle", "Sack", "Karton", "Eimer", "St."],
        ["H87", "H87", "PR", "XRO", "XBG", "XCT", "XBJ", "H87"],
    ),
}


@pytest.mark.parametrize("language", LISTS)
def test_a_list_in_the_suppliers_language_reads_its_units(language: str) -> None:
    header, units, codes = LISTS[language]
    lines = [f"Goods {n},{n + 1},{unit},{100 * (n + 1)},{n + 1}" for n, unit in enumerate(units)]
    listing = reader.read("\n".join([header, *lines]).encode(), "invoice.csv")
    assert [line.quantity.unit for line in listing.lines if line.quantity] == codes
    assert not [p for p in listing.all_problems() if "is not known" in p.reason]


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("طن", "TNE"), ("لتر", "LTR"), ("زوج", "PR"), ("كرتون", "XCT"), ("كيس", "XBG"), ("کارتن", "XCT"),
        ("کیسه", "XBG"), ("رول", "XRO"), ("سطل", "XBJ"), ("متر مکعب", "MTQ"), ("گرم", "GRM"), ("меш.", "XBG"),
        ("мешки", "XBG"), ("ведра", "XBJ"), ("пачки", "XPK"), ("рул.", "XRO"), ("бут.", "XBO"), ("километр", "KMT"),
        ("km", "KMT"), ("Säcke", "XBG"), ("Rollen", "XRO"), ("Flaschen", "XBO"), ("Packung", "XPK"), ("Satz", "SET"),
        ("dona", "H87"), ("juft", "PR"), ("bedre", "XBJ"),
    ],
)  # fmt: skip
def test_more_units_in_the_suppliers_languages(written: str, code: str) -> None:
    assert unit_code(written) == code


def test_a_1c_invoice_counts_plasterboard_and_plywood_in_sheets() -> None:
    rows = [
        "Счет на оплату № 312 от 15 февраля 2026 г.;;;;;",
        "№;Товары (работы, услуги);Кол-во;Ед.;Цена;Сумма",
        "1;Лист гипсокартонный влагостойкий 12,5 мм;2 500;лист;3,90;9 750,00",
        "2;Фанера березовая ФК 10 мм 1525х1525;120;листов;14,20;1 704,00",
        "3;Лист оцинкованный 0,5 мм;40;листа;8,00;320,00",
        "4;Sandwich panel 100 mm;12;sheets;60,00;720,00",
        ";Итого:;;;;12 494,00",
    ]
    listing = reader.read("\r\n".join(rows).encode("cp1251"), "schet.csv")
    assert [line.quantity.unit for line in listing.lines if line.quantity] == ["ST", "ST", "ST", "ST"]
    assert not [p for p in listing.all_problems() if "is not known" in p.reason]
