"""Units as Persian, Arabic, Russian (abbreviated as 1C writes them), Turkish, German, Azerbaijani, Kazakh and Uzbek
lists write them, read as UN/ECE Rec. 20 codes, in a list and one by one; 'mt' is metres in a list headed in Turkish,
metric tonnes otherwise."""

import pytest
from tests.adapters.reading.invoices import sheet_xlsx

from adapters.reading import PolarsProductListReader
from adapters.reading.unit_languages import language_units
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
    "german with german headers": (
        "Bezeichnung,Menge,Einh.,Betrag EUR,Nettogewicht kg",
        ["Stk", "Stck", "Stk.", "Stck.", "lfm", "qm", "Beutel", "Fass"],
        ["H87", "H87", "H87", "H87", "MTR", "MTK", "XBG", "XDR"],
    ),
    "azerbaijani": (
        "Malın adı,Miqdarı,Ölçü vahidi,Məbləğ (USD),Xalis çəki (kq)",
        ["kq", "ədəd", "əd.", "dəst", "qutu", "şüşə", "litr", "kv.m"],
        ["KGM", "H87", "H87", "SET", "XBX", "XBO", "LTR", "MTK"],
    ),
    "turkish, more": (
        "Ürün adı,Miktar,Birim,Tutar (USD),Net Ağırlık (Kg)",
        ["paket", "takım", "ADET", "KG", "KOLİ", "mtül", "düzine", "varil"],
        ["XPK", "SET", "H87", "KGM", "XCT", "MTR", "DZN", "XDR"],
    ),
    "kazakh": (
        "Тауардың атауы,Саны,Өлшем бірлігі,Сомасы (USD),Таза салмағы (кг)",
        ["дана", "кг", "жұп", "қорап", "жиынтық", "литр", "қап", "орам"],
        ["H87", "KGM", "PR", "XBX", "SET", "LTR", "XBG", "XRO"],
    ),
    "uzbek": (
        "Tovar nomi,Miqdori,O'lchov birligi,Summa (USD),Sof og'irligi (kg)",
        ["dona", "kg", "juft", "quti", "qop", "shisha", "chelak", "metr"],
        ["H87", "KGM", "PR", "XBX", "XBG", "XBO", "XBJ", "MTR"],
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


def _units(data: bytes, filename: str) -> list[str]:
    listing = reader.read(data, filename)
    assert not [p for p in listing.all_problems() if "is not known" in p.reason]
    return [line.quantity.unit for line in listing.lines if line.quantity]


def test_a_turkish_list_writes_mt_for_metres() -> None:
    rows: list[list[object]] = [
        ["PROFORMA FATURA"],
        ["Sıra", "Malın Cinsi", "Miktar", "Birim", "Birim Fiyat (USD)", "Tutar (USD)"],
        [1, "NYM kablo 3x2,5 mm²", 100, "mt", 2.5, 250],
        [2, "Bakır boru 15 mm", 40, "MT", 6.1, 244],
        [3, "Kablo kanalı 40x16", 200, "mtül", 0.8, 160],
        [4, "Buat 80 mm", 50, "adet", 0.4, 20],
    ]
    assert _units(sheet_xlsx(rows), "fatura.xlsx") == ["MTR", "MTR", "MTR", "H87"]


def test_a_turkish_list_reads_mt_as_metres_after_the_quantity_and_in_its_header() -> None:
    in_the_cell = 'Ürün adı,Miktar,Birim fiyatı,Tutar (USD)\n"NYM kablo 3x2,5",100 mt,2.50,250.00\n'
    in_the_header = 'Ürün adı,Miktar (mt),Birim fiyatı,Tutar (USD)\n"NYM kablo 3x2,5",100,2.50,250.00\n'
    assert _units(in_the_cell.encode(), "fatura.csv") == ["MTR"]
    assert _units(in_the_header.encode(), "fatura.csv") == ["MTR"]


def test_an_english_list_reads_mt_as_metric_tonnes() -> None:
    rows: list[list[object]] = [
        ["Description", "Quantity", "Unit", "Unit price, USD", "Amount, USD", "Net weight, kg"],
        ["Portland cement CEM I 42.5 in bulk", 20, "MT", 80, 1600, 20000],
        ["Urea 46% N, granular", 5, "mt", 410, 2050, 5000],
    ]
    assert _units(sheet_xlsx(rows), "invoice.xlsx") == ["TNE", "TNE"]


@pytest.mark.parametrize(
    ("headers", "metre"),
    [
        (["Malın Cinsi", "Miktar", "Tutar (USD)"], True),
        (["Description", "Qty", "Birim Fiyatı"], True),
        (["Description", "Qty", "Amount (USD)"], False),
        (["Harydyň ady", "Mukdary", "Bahasy"], False),
    ],
)
def test_the_header_row_tells_the_language_of_the_units(headers: list[str], metre: bool) -> None:
    assert (unit_code("mt", language_units(headers)) == "MTR") is metre
