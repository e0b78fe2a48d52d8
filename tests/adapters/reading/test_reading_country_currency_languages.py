"""Countries of origin and currencies as the suppliers' languages write them (Central European, Baltic, Greek,
Arabic, Persian, Hebrew, Turkish, German) read as ISO codes, in a list and one by one."""

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.countries import country_code
from adapters.reading.currencies import currency_code

reader = PolarsProductListReader()

# language: (header, the goods lines' origins as written, their ISO codes, the currency the value header names)
LISTS = {
    "polish": ("Nazwa towaru;Ilość;Wartość netto, zł;Kraj pochodzenia", ["Chiny", "Niemcy"], ["CN", "DE"], "PLN"),
    "czech": ("Název zboží;Množství;Celkem bez DPH, Kč;Země původu", ["Čína", "Německo"], ["CN", "DE"], "CZK"),
    "hungarian": ("Megnevezés;Mennyiség;Nettó érték, Ft;Származási ország", ["Kína", "Törökország"], ["CN", "TR"],
                  "HUF"),
    "romanian": ("Denumirea produselor;Cantitate;Valoare, lei;Ţara de origine", ["China", "Germania"], ["CN", "DE"],
                 "RON"),
    "lithuanian": ("Prekės pavadinimas;Kiekis;Suma, eurai;Kilmės šalis", ["Kinija", "Lenkija"], ["CN", "PL"], "EUR"),
    "latvian": ("Preces nosaukums;Daudzums;Summa, eiro;Izcelsmes valsts", ["Ķīna", "Vācija"], ["CN", "DE"], "EUR"),
    "estonian": ("Kauba nimetus;Kogus;Summa, EUR;Päritoluriik", ["Hiina", "Venemaa"], ["CN", "RU"], "EUR"),
    "greek": ("Περιγραφή είδους;Ποσότητα;Αξία, ευρώ;Χώρα προέλευσης", ["Κίνα", "Ιταλία"], ["CN", "IT"], "EUR"),
    "arabic": ("الوصف;الكمية;المبلغ, درهم;بلد المنشأ", ["الصين", "الإمارات"], ["CN", "AE"], "AED"),
    "persian": ("شرح کالا;تعداد;مبلغ کل, ریال;کشور سازنده", ["چین", "ایران"], ["CN", "IR"], "IRR"),
    "hebrew": ("תיאור פריט;כמות;סה״כ, ₪;ארץ מוצא", ["סין", "ארצות הברית"], ["CN", "US"], "ILS"),
    "turkish": ("Ürün adı;Miktar;Tutar, dolar;Menşe", ["Çin", "ABD"], ["CN", "US"], "USD"),
}  # fmt: skip


@pytest.mark.parametrize("language", LISTS)
def test_a_list_in_the_suppliers_language_reads_its_origins_and_currency(language: str) -> None:
    header, origins, codes, currency = LISTS[language]
    lines = [f"Goods {n};{n + 1};{100 * (n + 1)},00;{origin}" for n, origin in enumerate(origins)]
    listing = reader.read("\n".join([header, *lines]).encode(), "invoice.csv")
    assert [line.origin for line in listing.lines] == codes
    assert [line.value.currency for line in listing.lines if line.value] == [currency] * len(codes)


# Turkmenistan's main origins, one name per language (German, Polish, Czech, Slovak, Hungarian, Romanian, Lithuanian,
# Latvian, Estonian, Greek, Arabic, Persian, Hebrew, Turkish)
@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Türkei", "TR"), ("Turcja", "TR"), ("Τουρκία", "TR"), ("ترکیه", "TR"), ("טורקיה", "TR"),
        ("Rosja", "RU"), ("Oroszország", "RU"), ("Krievija", "RU"), ("روسيا", "RU"), ("Russland", "RU"),
        ("Németország", "DE"), ("Saksamaa", "DE"), ("آلمان", "DE"), ("גרמניה", "DE"), ("Nemecko", "DE"),
        ("Írán", "IR"), ("إيران", "IR"), ("Iranas", "IR"), ("איראן", "IR"),
        ("Zjednoczone Emiraty Arabskie", "AE"), ("Vereinigte Arabische Emirate", "AE"), ("امارات", "AE"),
        ("Kazachstán", "KZ"), ("Kasahstan", "KZ"), ("قزاقستان", "KZ"), ("Üzbegisztán", "UZ"), ("ازبکستان", "UZ"),
        ("Indie", "IN"), ("Indien", "IN"), ("הודו", "IN"), ("Włochy", "IT"), ("Olaszország", "IT"),
        ("ایتالیا", "IT"), ("Korea Południowa", "KR"), ("Dél-Korea", "KR"), ("Südkorea", "KR"),
        ("کره جنوبی", "KR"), ("Japonia", "JP"), ("Japāna", "JP"), ("ژاپن", "JP"), ("יפן", "JP"),
        ("Stany Zjednoczone", "US"), ("SUA", "US"), ("JAV", "US"), ("ΗΠΑ", "US"), ("ארה״ב", "US"),
        ("Białoruś", "BY"), ("Weißrussland", "BY"), ("Valgevene", "BY"), ("Ukrajina", "UA"), ("اوکراین", "UA"),
        ("Polska", "PL"), ("Lengyelország", "PL"), ("Poola", "PL"), ("لهستان", "PL"),
        ("Francja", "FR"), ("Franța", "FR"), ("Prantsusmaa", "FR"), ("צרפת", "FR"),
        ("Wielka Brytania", "GB"), ("Großbritannien", "GB"), ("Ühendkuningriik", "GB"), ("المملكة المتحدة", "GB"),
        ("Made in Chiny", "CN"), ("Niemcy / Germany", "DE"),
    ],
)  # fmt: skip
def test_the_main_origins_in_the_suppliers_languages(written: str, code: str) -> None:
    assert country_code(written) == code


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("zł", "PLN"), ("złotych", "PLN"), ("Kč", "CZK"), ("korun", "CZK"), ("Ft", "HUF"), ("forint", "HUF"),
        ("lei", "RON"), ("₪", "ILS"), ("ש״ח", "ILS"), ("грн", "UAH"), ("₴", "UAH"), ("ريال سعودي", "SAR"),
        ("ریال", "IRR"), ("د.إ", "AED"), ("dolarów", "USD"), ("dolārs", "USD"), ("δολάριο", "USD"),
        ("دلار", "USD"), ("eurų", "EUR"), ("ευρώ", "EUR"), ("יורו", "EUR"), ("juan", "CNY"), ("rubel", "RUB"),
        ("liră turcească", "TRY"), ("funt szterling", "GBP"), ("jen", "JPY"),
    ],
)  # fmt: skip
def test_currencies_in_the_suppliers_languages(written: str, code: str) -> None:
    assert currency_code(written) == code


def test_a_title_row_names_the_currency_in_the_suppliers_language() -> None:
    text = "Waluta: zł\nNazwa towaru;Ilość;Wartość netto;Kraj pochodzenia\nRękawice robocze;200;700,00;Chiny\n"
    listing = reader.read(text.encode(), "invoice.csv")
    assert [(line.value.currency if line.value else None, line.origin) for line in listing.lines] == [("PLN", "CN")]


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("السعودية", "SA"), ("المملكة العربية السعودية", "SA"), ("سلطنة عمان", "OM"), ("مصر", "EG"), ("الكويت", "KW"),
        ("الأردن", "JO"), ("تركمانستان", "TM"), ("فيتنام", "VN"), ("بنغلاديش", "BD"), ("KSA", "SA"),
        ("泰国", "TH"), ("印度尼西亚", "ID"), ("沙特阿拉伯", "SA"), ("巴基斯坦", "PK"), ("孟加拉国", "BD"),
        ("عربستان سعودی", "SA"), ("Suudi Arabistan", "SA"),
    ],
)  # fmt: skip
def test_the_gulf_states_and_usual_origins_read_in_arabic_chinese_and_persian(written: str, code: str) -> None:
    assert country_code(written) == code


def test_a_name_the_translations_give_two_countries_names_neither() -> None:
    assert country_code("فلسطين") is None  # the Arabic iso-codes names Palestine and Eritrea alike
