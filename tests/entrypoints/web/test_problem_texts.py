"""The workers' English messages told in Russian and Turkmen: every template has both, its slots come back filled
in, a place in the file is told too, and a message no template fits stays in English."""

import json
import re

import pytest

from application.ports.jobs import JobLine
from application.processing.declared_conflicts import declared_conflicts
from domain.classification.candidate import Candidate, Classification, Source
from domain.classification.declared_conflict import declared_conflict
from domain.declaration.header_gaps import BOXES
from domain.goods.product_line import ProductLine
from entrypoints.http.web.problem_texts import MESSAGE_SLOTS, PROBLEM_MESSAGES, filled, translated, translated_column

CATALOGS = {code: json.loads((PROBLEM_MESSAGES / f"{code}.json").read_text(encoding="utf-8")) for code in ("ru", "tk")}
SLOT = re.compile(r"\{(\w+)\}")


def test_every_template_has_a_russian_and_a_turkmen_text_with_the_same_slots() -> None:
    russian, turkmen = CATALOGS["ru"], CATALOGS["tk"]
    for section in ("messages", "phrases"):
        assert list(russian[section]) == list(turkmen[section]), section
        for english in russian[section]:
            wanted = set(SLOT.findall(english))
            for code, catalog in CATALOGS.items():
                text = catalog[section][english]
                assert text.strip() and set(SLOT.findall(text)) == wanted, (code, english)
    assert len(russian["messages"]) >= 40


# a sample for each phrase slot: the English phrase, and the phrase template whose translation it takes
PHRASE_SAMPLES = {
    "place": ("line 7 of the file", "line {n} of the file"), "source": ("from the title rows", "from the title rows"),
    "box": ("box 22, the invoice currency", "box 22, the invoice currency"), "what": ("number", "number"),
}  # fmt: skip
PHRASE_SAMPLES |= dict.fromkeys(("places", "rows", "first", "last", "sheets", "names", "read"), PHRASE_SAMPLES["place"])
PHRASE_SAMPLES |= {"items": ("4", None), "given": ("no quantity", "no quantity"), "unit_name": ("pieces", "pieces"),
                   "apart": ("another chapter", "another chapter")}  # fmt: skip
PHRASE_SAMPLES["delimiter"] = ("tab", "tab")
MESSAGE_SAMPLE = "the description is empty"  # a message slot's value is a message of its own


@pytest.mark.parametrize("language", ["ru", "tk"])
def test_each_message_template_filled_in_comes_back_translated_with_its_values(language: str) -> None:
    """Every slot filled (a phrase slot with a phrase): the translation of that very template, so that no other
    template hides it, with the values in their places."""
    phrases = CATALOGS[language]["phrases"]
    for english, text in CATALOGS[language]["messages"].items():
        written: dict[str, str | None] = {}
        told: dict[str, str | None] = {}
        for n, name in enumerate(SLOT.findall(english)):
            if name in MESSAGE_SLOTS:
                written.setdefault(name, MESSAGE_SAMPLE)
                told.setdefault(name, CATALOGS[language]["messages"][MESSAGE_SAMPLE])
                continue
            sample, template = PHRASE_SAMPLES.get(name, (f"v{n}", None))
            written.setdefault(name, sample)
            told.setdefault(name, phrases[template].replace("{n}", "7") if template else sample)
        assert translated(filled(english, written), language) == filled(text, told), english


def test_the_problems_a_broker_meets_most_read_in_russian() -> None:
    assert translated("'abc' is not a number (line 3 of the file)", "ru") == "«abc» — не число (строка 3 файла)"
    assert translated("mass cannot be negative, found -80 (line 4 of the file)", "ru") == (
        "масса не может быть отрицательной, указано -80 (строка 4 файла)"
    )
    incomplete = (
        f"the declaration is incomplete: {BOXES['exporter.name']} is not stated; fill it in the declaration header"
    )
    assert translated(incomplete, "ru") == (
        "декларация неполная: не указана графа 2, отправитель/экспортёр (иностранный поставщик); заполните её в "
        "заголовке декларации"
    )
    assert translated("'x' is not a number (spreadsheet row 5 on sheet 'Goods')", "ru") == (
        "«x» — не число (строка 5 на листе «Goods»)"
    )
    assert translated("12 of 40 lines classified", "ru") == "классифицировано строк: 12 из 40"


def test_and_in_turkmen() -> None:
    assert translated("'abc' is not a number (line 3 of the file)", "tk") == "«abc» san däl (faýlyň 3 belgili setiri)"
    assert translated("the description is empty (spreadsheet row 9)", "tk") == (
        "harydyň ady boş (tablisanyň 9 belgili setiri)"
    )
    assert translated("declaration ready", "tk") == "deklarasiýa taýýar"


def test_places_and_currencies_inside_a_message_are_told_too() -> None:
    said = "'€ 20' is in EUR, but the line's currency is USD, from the header 'Amount, USD' (line 2 of the file)"
    assert translated(said, "ru") == "«€ 20» в EUR, но валюта строки — USD, по заголовку «Amount, USD» (строка 2 файла)"
    struck = (
        "struck-through rows are not read (spreadsheet row 3, spreadsheet row 4): a struck-through line is cancelled"
    )
    assert translated(struck, "ru") == (
        "зачёркнутые строки не читаются (строка 3 таблицы, строка 4 таблицы): зачёркнутая строка отменена"
    )
    assert translated("not verified (goods item 1 holds rows 1, 3 and 4)", "tk") == (
        "barlanmadyk (1 belgili haryt: 1, 3 we 4 belgili setirler)"
    )


def test_a_message_no_template_fits_stays_in_english_whole() -> None:
    for said in ("a message added tomorrow (line 2 of the file)",
                 "'x' is not a number (somewhere new)",  # a place no phrase fits: not half translated
                 "the amount is in EUR, but the declaration header's invoice currency is USD; convert the amounts to "
                 "GBP or set the invoice currency to EUR"):  # fmt: skip
        assert translated(said, "ru") == said and translated(said, "tk") == said
    english = "'abc' is not a number (line 3 of the file)"
    assert translated(english, "en") == english
    assert translated(None, "ru") is None


def test_columns_in_gumruks_words_are_told_and_the_suppliers_headers_kept() -> None:
    assert translated_column("header: exporter_name", "ru") == "заголовок декларации: Экспортёр"
    assert translated_column("commodity code", "ru") == "код товара"
    assert translated_column("number of packages", "tk") == "gaplaryň sany"
    assert translated_column("net_mass", "ru") == "вес нетто"
    assert translated_column("Unit price", "ru") == "Unit price"
    assert translated_column("commodity code", "en") == "commodity code"


def test_a_conflict_between_the_supplier_and_the_engine_reads_in_russian_and_turkmen_with_both_codes() -> None:
    declared = Candidate("382319", 0.0, "", tariff_text="Industrial fatty acids: other")
    engine = Candidate("320611", 1.0, "", tariff_text="Pigments: titanium dioxide")
    result = Classification([declared, engine], Source.DECLARED, conflict=declared_conflict(declared, engine, 0.97))
    placed = ProductLine(row=2, description="Titanium dioxide", place="spreadsheet row 3")
    head, row = declared_conflicts([JobLine(placed, result)])

    assert translated(row.reason, "ru") == (
        "код поставщика 3823.19 «Industrial fatty acids: other» противоречит коду движка 3206.11 «Pigments: titanium "
        "dioxide» (уверенность 97 %, другая группа): выберите один из них при проверке; до этого декларация не "
        "формируется (строка 3 таблицы)"
    )
    assert translated(head.reason, "tk") == (
        "1 setirde üpjün edijiniň kody klassifikatoryň koduna gapma-garşy gelýär (2 belgili setir); barlagda "
        "kod saýlanýança deklarasiýa düzülmeýär"
    )
