"""Messages a second trial still found in English on the Russian and Turkmen pages, told now: a sheet not read and
why, a packing list whose lines do not match, columns of figures per package, figures that read two ways, figures
too large, charges, the header form's wrong fields and the national tariff's import (ADR 0035). Each is built by the
code that says it where that is cheap, so a changed English wording fails here instead of falling back to English."""

from decimal import Decimal

import pytest

from adapters.reading.agreeing_factors import read_otherwise_reason
from adapters.reading.mixed_number_styles import OtherWay, two_way_reason
from adapters.reading.packing_lists import not_combined
from adapters.reading.section_titles import section_title_reason
from adapters.reading.unsaved_formulas import UNSAVED_FORMULA
from domain.declaration.figure_limits import AMOUNT, MASS
from entrypoints.http.errors import InvalidHeader
from entrypoints.http.header_form import upload_header
from entrypoints.http.web.problem_texts import translated


def told(text: str, language: str) -> str:
    answer = translated(text, language)
    assert answer is not None and answer != text, text
    return answer


def test_a_sheet_not_read_says_why_in_russian_and_turkmen() -> None:
    said = "sheet 'Лист2' also holds a list and was not read: list.xlsx has a header but no product lines below it."
    assert told(said, "ru") == (
        "на листе «Лист2» тоже есть список, и он не прочитан: в файле list.xlsx есть заголовок, но под ним нет "
        "товарных строк."
    )
    assert told(said, "tk") == (
        "«Лист2» listinde hem sanaw bar, ol okalmady: list.xlsx faýlynda sözbaşy bar, emma onuň aşagynda haryt "
        "setirleri ýok."
    )
    old_excel = (
        "sheet 'Лист2' also holds a list and was not read: list.xls is a damaged Excel 97-2003 (.xls) workbook that "
        "cannot be opened; open it in Excel and save it as .xlsx."
    )  # a file's name never takes the sheet's words: the whole message is told, not the file's part alone
    assert told(old_excel, "ru") == (
        "на листе «Лист2» тоже есть список, и он не прочитан: файл list.xls — повреждённая книга Excel 97-2003 "
        "(.xls), её нельзя открыть; откройте её в Excel и сохраните как .xlsx."
    )
    unknown = "sheet 'Лист2' also holds a list and was not read: a reason added tomorrow"
    assert translated(unknown, "ru") == unknown  # the sheet told but not its reason: English, whole


def test_a_packing_list_that_does_not_match_says_where() -> None:
    why = "its lines do not match those of 'Invoice' one by one (it has 2 lines and the invoice 3)"
    said = not_combined(("Invoice", "Packing List"), why)
    assert told(said, "ru") == (
        "на листе «Packing List» тоже есть список, и он не прочитан: его строки не совпадают построчно со строками "
        "листа «Invoice» (в нём строк: 2, а в инвойсе: 3); перенесите его веса и места на лист «Invoice» или "
        "перечислите на обоих одни и те же товары в одном порядке"
    )
    assert told(said, "tk").startswith(
        "«Packing List» listinde hem sanaw bar, ol okalmady: onuň setirleri «Invoice» listiniň setirleri bilen "
        "setirme-setir gabat gelmeýär (onda 2 setir, inwoýsda bolsa 3 setir bar); "
    )
    taken = (
        "the net mass, gross mass and packages of the lines are taken from sheet 'Packing list', whose 2 lines list "
        "the same goods as sheet 'Invoice' in the same order"
    )
    assert told(taken, "ru") == (
        "для строк с листа «Packing list» взяты: вес нетто, вес брутто и грузовые места; его строки (2) перечисляют "
        "те же товары, что и лист «Invoice», в том же порядке"
    )


def test_columns_of_one_packages_figure_are_told() -> None:
    said = "the column gives one package's net mass: each line's is it times the line's packages (column 'CTNS')"
    assert told(said, "ru") == (
        "в колонке указано значение на одно место (вес нетто): значение каждой строки — оно, умноженное на число мест "
        "строки (колонка «CTNS»)"
    )
    assert told(said, "tk") == (
        "sütünde bir gabyň netto agramy görkezilen: her setiriňki ony setiriň gaplarynyň sanyna köpeltmek bilen "
        "alynýar («CTNS» sütüni)"
    )
    unit = "the column gives the mass of one unit: each line's mass is it times the quantity"
    assert told(unit, "tk") == (
        "sütünde bir birligiň agramy görkezilen: her setiriň agramy ony mukdara köpeltmek bilen alynýar"
    )


@pytest.mark.parametrize("language", ["ru", "tk"])
def test_figures_that_read_two_ways_are_told(language: str) -> None:
    mixed = two_way_reason("60,000", False, OtherWay(None, "Стоимость, USD", "13 500,00")) + " (spreadsheet row 2)"
    agreeing = read_otherwise_reason("1.500", "1.5", True) + " (line 3 of the file)"
    guessed = "'1.250' could be read two ways; it is read as 1250, with ',' as the decimal separator"
    for said in (mixed, agreeing, guessed):
        assert told(said, language)
    assert told(mixed, "ru") == (
        "«60,000» читается двояко: прочитано как 60\u00a0000, с '.' в качестве десятичного разделителя; в колонке "
        "«Стоимость, USD» десятичный разделитель ',' («13 500,00»), тогда это было бы 60: проверьте (строка 2 таблицы)"
    )


def test_figures_too_large_and_rows_not_goods_are_told() -> None:
    too_large = AMOUNT.refusal(Decimal("123456789012345678901.00")) + " (line 2 of the file)"
    assert told(too_large, "ru").startswith(
        "123\u00a0456\u00a0789\u00a0012\u00a0345\u00a0678\u00a0901,00 — слишком большое число для декларации: "
    )
    heavy = MASS.refusal(Decimal("1000000000000"), " kg")
    assert told(heavy, "tk").startswith("1\u00a0000\u00a0000\u00a0000\u00a0000 kg deklarasiýa üçin gaty uly")
    assert told(section_title_reason("LIGHTING"), "ru").startswith("«LIGHTING» — строка только из слов")
    assert told(UNSAVED_FORMULA, "tk").startswith("öýjükde ýazdyrylan bahasy bolmadyk formula bar")
    charges = (
        "'Freight' 3,200.00 USD (line 8 of the file) and 'Insurance' 450.00 USD (line 9 of the file) are charges, "
        "not goods: not declared as items; add them to the header's costs (external_freight, insurance)"
    )
    assert told(charges, "ru") == (
        "«Freight» 3\u00a0200,00 USD (строка 8 файла) и «Insurance» 450,00 USD (строка 9 файла) — расходы, а не "
        "товары: не декларируются как товары; добавьте их в расходы заголовка (фрахт до границы, страхование)"
    )


def test_the_header_forms_wrong_fields_are_told_with_the_fields_label() -> None:
    with pytest.raises(InvalidHeader) as wrong:
        upload_header("TM", {}, {"exchange_rate": "three", "customs_office": "X1"})
    assert wrong.value.told("ru") == [
        "Таможня оформления: «X1» не подходит; требуется: код таможни, например TM0100 (2 заглавные буквы, затем от 2 "
        "до 6 заглавных букв или цифр)",
        "Курс валюты: «three» не подходит; требуется: курс валюты от 0.000001 до 1000000000000 (не включая), "
        "например 3.5",
    ]
    rate = (
        "Walýuta hümmeti: «three» laýyk däl; gerek: 0.000001-den 1000000000000-e çenli (goşmazdan) walýuta hümmeti, "
        "meselem 3.5"
    )
    assert wrong.value.told("tk")[1] == rate
    assert wrong.value.told("en") == wrong.value.problems
