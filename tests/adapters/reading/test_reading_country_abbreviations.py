"""Origins with their long form's words abbreviated ('I.R. Iran', 'Rep. of Korea', 'Russian Fed.', 'Респ. Беларусь')
or turned round ('Korea, Dem. People's Rep.'), as real invoices write Turkmenistan's main partners; a name two
states share is never read as the wrong one."""

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.countries import country_code

reader = PolarsProductListReader()


def test_a_list_with_abbreviated_origins_is_read_without_errors() -> None:
    origins = ["I.R. Iran", "Rep. of Korea", "Russian Fed.", "P.R. China", "Респ. Беларусь", "Ysl. Resp. Eýran"]
    lines = [f"{n};Dried apricots lot {n};{n};{n}0;{n};{origin}" for n, origin in enumerate(origins, start=1)]
    header = "No;Description;Qty;Amount USD;Net kg;Origin"
    listing = reader.read("\n".join([header, *lines]).encode(), "invoice.csv")
    assert listing.errors == []
    assert [line.origin for line in listing.lines] == ["IR", "KR", "RU", "CN", "BY", "IR"]


PARTNERS = {
    "IR": [
        "I.R. Iran",
        "I. R. Iran",
        "IR Iran",
        "Islamic Rep. of Iran",
        "Isl. Rep. of Iran",
        "Iran, Isl. Rep.",
        "И.Р. Иран",
        "ИРИ",
        "Исламская Респ. Иран",
        "Иран, Исламская Республика",
        "Ysl. Resp. Eýran",
    ],
    "KR": [
        "Rep. of Korea",
        "Repub. of Korea",
        "Korea Rep.",
        "Korea, Rep. of",
        "S. Korea",
        "ROK",
        "R.O.K.",
        "Респ. Корея",
        "Корея, Республика",
        "Made in Rep. of Korea",
    ],
    "CN": ["PR China", "P. R. China", "China, P.R.", "Кит. Нар. Респ.", "People's Republic of China, Guangdong"],
    "RU": ["Russian Fed.", "Рос. Федерация", "Rusýa Federasiýasy"],
    "TR": ["Rep. of Turkey", "Rep. of Türkiye", "Турецкая Респ."],
    "DE": ["Fed. Rep. of Germany", "Germany, Fed. Rep."],
    "GB": ["U. K.", "Соед. Королевство", "United Kingdom of Great Britain and Northern Ireland"],
    "US": ["Соед. Штаты Америки", "U.S.A"],
    "AE": ["Utd. Arab Emirates", "U.A.E"],
    "UZ": ["Rep. of Uzbekistan", "Респ. Узбекистан"],
    "KZ": ["Rep. Kazakhstan", "Респ. Казахстан"],
    "BY": ["Rep. of Belarus", "Респ. Беларусь"],
    "AZ": ["Rep. of Azerbaijan"],
    "PK": ["Islamic Rep. of Pakistan"],
    "AF": ["Islamic Rep. of Afghanistan"],
    "VN": ["Socialist Republic of Vietnam", "Социалистическая Республика Вьетнам"],
    "IT": ["Italian Rep."],
}


@pytest.mark.parametrize("code", PARTNERS)
def test_the_main_partners_abbreviated(code: str) -> None:
    assert [country_code(name) for name in PARTNERS[code]] == [code] * len(PARTNERS[code])


@pytest.mark.parametrize(
    ("written", "code"),
    [("Korea, Dem. People's Rep.", "KP"), ("DPR Korea", "KP"), ("Korea (North)", "KP"), ("КНДР", "KP"),
     ("Корея, Народно-Демократическая Республика", "KP"), ("Congo, Dem. Rep.", "CD"), ("D.R. Congo", "CD"),
     ("Democratic Republic of Congo", "CD"), ("Rep. of Congo", "CG"), ("Korea", "KR"), ("Dominican Rep.", "DO")],
)  # fmt: skip
def test_a_name_two_states_share_is_read_as_the_one_its_words_tell(written: str, code: str) -> None:
    assert country_code(written) == code


@pytest.mark.parametrize(("written", "code"), [("IR", "IR"), ("PR", "PR"), ("DR", None), ("Rep.", None)])
def test_a_code_is_still_a_code_and_an_abbreviation_alone_no_country(written: str, code: str | None) -> None:
    assert country_code(written) == code


@pytest.mark.parametrize(
    ("written", "code"),
    [("South Korea / Южная Корея", "KR"), ("Северная Корея / North Korea", "KP"), ("USA, North Carolina", "US"),
     ("USA (South Carolina)", "US"), ("China, South", "CN"), ("Italy, South Tyrol", "IT")],
)  # fmt: skip
def test_a_telling_word_naming_no_other_state_with_the_piece_keeps_it(written: str, code: str) -> None:
    assert country_code(written) == code
