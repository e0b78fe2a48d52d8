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
