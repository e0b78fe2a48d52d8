"""Countries of origin in their official long forms, in Uzbek (Latin with each apostrophe, and Cyrillic), Kazakh,
Kyrgyz, Tajik and Azerbaijani, read as ISO codes, in a list and one by one."""

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.countries import country_code

reader = PolarsProductListReader()


def test_a_list_from_kazakhstan_reads_long_forms_and_uzbek_names() -> None:
    origins = ["Республика Узбекистан", "O'zbekiston", "Ўзбекистон", "Республика Казахстан", "Қазақстан", "Ресей"]
    lines = [f"{n},Goods {n},{n},{n}0,{n},{origin}" for n, origin in enumerate(origins, start=1)]
    header = "№,Наименование,Кол-во,Стоимость USD,Нетто кг,Страна происхождения"
    listing = reader.read("\n".join([header, *lines]).encode(), "invoice.csv")
    assert listing.errors == []
    assert [line.origin for line in listing.lines] == ["UZ", "UZ", "UZ", "KZ", "KZ", "RU"]


@pytest.mark.parametrize("apostrophe", ["'", "ʻ", "ʼ", "’", "‘", "`"])
def test_uzbek_latin_names_with_any_apostrophe(apostrophe: str) -> None:
    assert country_code(f"O{apostrophe}zbekiston") == "UZ"
    assert country_code(f"Qozog{apostrophe}iston") == "KZ"
    assert country_code(f"Afg{apostrophe}oniston") == "AF"


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Республика Узбекистан", "UZ"), ("Республика Казахстан", "KZ"), ("Китайская Народная Республика", "CN"),
        ("Islamic Republic of Iran", "IR"), ("Türkiye Cumhuriyeti", "TR"), ("Federal Republic of Germany", "DE"),
        ("Kyrgyz Republic", "KG"), ("Кыргызская Республика", "KG"), ("Республика Беларусь", "BY"),
        ("Republic of Türkiye", "TR"), ("Федеративная Республика Германия", "DE"), ("Республика Таджикистан", "TJ"),
        ("Азербайджанская Республика", "AZ"), ("Republic of India", "IN"), ("Kazakistan Cumhuriyeti", "KZ"),
        ("Çin Halk Cumhuriyeti", "CN"), ("Bundesrepublik Deutschland", "DE"), ("Islamische Republik Iran", "IR"),
        ("Oʻzbekiston Respublikasi", "UZ"), ("Қазақстан Республикасы", "KZ"), ("Кыргыз Республикасы", "KG"),
        ("Ҷумҳурии Тоҷикистон", "TJ"), ("Azərbaycan Respublikası", "AZ"), ("Özbegistan Respublikasy", "UZ"),
        ("جمهوری اسلامی ایران", "IR"), ("Made in the Republic of Korea", "KR"),
        ("Сделано в Республике Казахстан", "KZ"),
    ],
)  # fmt: skip
def test_official_long_forms(written: str, code: str) -> None:
    assert country_code(written) == code


@pytest.mark.parametrize("written", ["Republic", "Democratic Republic", "Народная Республика", "State of"])
def test_state_words_alone_or_leaving_an_ambiguous_name_are_no_country(written: str) -> None:
    assert country_code(written) is None


# Turkmenistan's main partners, in the order Uzbek (Latin), Uzbek (Cyrillic), Kazakh, Kyrgyz, Tajik, Azerbaijani
PARTNERS = {
    "CN": ["Xitoy", "Хитой", "Қытай", "Кытай", "Чин", "Çin"],
    "TR": ["Turkiya", "Туркия", "Түркия", "Туркия", "Türkiyə"],
    "RU": ["Rossiya", "Россия", "Ресей", "Орусия", "Русия", "Rusiya"],
    "IR": ["Eron", "Эрон", "Иран", "Иран", "Эрон", "İran"],
    "KZ": ["Qozogʻiston", "Қозоғистон", "Қазақстан", "Казакстан", "Қазоқистон", "Qazaxıstan"],
    "UZ": ["Oʻzbekiston", "Ўзбекистон", "Өзбекстан", "Өзбекстан", "Ӯзбекистон", "Özbəkistan"],
    "AE": ["Birlashgan Arab Amirliklari", "БАА", "Біріккен Араб Әмірліктері", "БАЭ", "АМА", "BƏƏ"],
    "DE": ["Germaniya", "Германия", "Германия", "Германия", "Олмон", "Almaniya"],
    "BY": ["Belarus", "Беларус", "Беларусь", "Беларусь", "Белорус", "Belarus"],
    "UA": ["Ukraina", "Украина", "Украина", "Украина", "Украина", "Ukrayna"],
    "KR": ["Janubiy Koreya", "Жанубий Корея", "Оңтүстік Корея", "Түштүк Корея", "Кореяи Ҷанубӣ", "Cənubi Koreya"],
    "IN": ["Hindiston", "Ҳиндистон", "Үндістан", "Индия", "Ҳиндустон", "Hindistan"],
    "AF": ["Afgʻoniston", "Афғонистон", "Ауғанстан", "Ооганстан", "Афғонистон", "Əfqanıstan"],
    "AZ": ["Ozarbayjon", "Озарбайжон", "Әзірбайжан", "Азербайжан", "Озарбойҷон", "Azərbaycan"],
    "GE": ["Gruziya", "Грузия", "Грузия", "Грузия", "Гурҷистон", "Gürcüstan"],
    "KG": ["Qirgʻiziston", "Қирғизистон", "Қырғызстан", "Кыргызстан", "Қирғизистон", "Qırğızıstan"],
    "TJ": ["Tojikiston", "Тожикистон", "Тәжікстан", "Тажикстан", "Тоҷикистон", "Tacikistan"],
}


@pytest.mark.parametrize("code", PARTNERS)
def test_the_main_partners_in_the_languages_of_central_asia_and_azerbaijan(code: str) -> None:
    assert [country_code(name) for name in PARTNERS[code]] == [code] * len(PARTNERS[code])


@pytest.mark.parametrize("written", ["Republic of China (Taiwan)", "Made in Republic of China", "Taiwan, R.O.C."])
def test_the_republic_of_china_is_taiwan_not_china_without_its_state_words(written: str) -> None:
    assert country_code(written) == "TW"


@pytest.mark.parametrize(
    ("written", "code"),
    [("Österreich", "AT"), ("Tschechien", "CZ"), ("Niederlande", "NL"), ("Ungarn", "HU"), ("Pays-Bas", "NL"),
     ("España", "ES"), ("Hergestellt in Deutschland", "DE"), ("Fabriqué en France", "FR"), ("Menşei: Türkiye", "TR")],
)  # fmt: skip
def test_european_suppliers_name_origins_in_their_own_languages(written: str, code: str) -> None:
    assert country_code(written) == code
