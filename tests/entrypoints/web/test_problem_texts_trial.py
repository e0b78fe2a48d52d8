"""What a broker's trial still found in English on the Russian and Turkmen pages: the messages about a workbook's
sheets, the currency taken from the header, the lines left to review, lists of items, units in box 41 and the
review table's places."""

import pytest

from adapters.reading.packing_lists import matched_by_none
from adapters.reading.several_sheets import left_out
from adapters.reading.sheet_names import quoted_names
from domain.classification.candidate import DeclaredConflict
from domain.classification.declared_conflict import conflict_reason
from domain.declaration.supplementary import UNIT_NAMES
from domain.goods.row_lists import listed
from entrypoints.classifier_index import BUILDING
from entrypoints.http.web.problem_texts import translated, translated_place

SHEETS_OPTION = "name them (--sheet NAME, or the upload form's Sheets)"
NOT_READ = "put every line on one sheet, or upload that sheet as a file of its own"


def told(text: str, language: str) -> str:
    answer = translated(text, language)
    assert answer is not None
    return answer


def test_the_sheets_read_as_one_list_are_named_in_russian_and_turkmen() -> None:
    said = (
        "the goods of 3 sheets are read as one list, in the workbook's order: 'Summary' (2 lines), 'Лист1' (3 lines) "
        f"and 'Лист2' (1 line); to read only some of them, {SHEETS_OPTION}"
    )
    assert told(said, "ru") == (
        "товары со всех листов (3) прочитаны как один список, в порядке книги: «Summary» (строк: 2), «Лист1» "
        "(строк: 3) и «Лист2» (строк: 1); чтобы прочитать только некоторые из них, укажите их (--sheet ИМЯ или поле "
        "«Листы» формы загрузки)"
    )
    assert told(said, "tk") == (
        "3 listiň harytlary kitapdaky tertipde bir sanaw hökmünde okaldy: «Summary» (2 setir), «Лист1» (3 setir) we "
        "«Лист2» (1 setir); diňe käbirini okamak üçin olary görkeziň (--sheet ADY ýa-da ýükleme formasynyň "
        "«Listler» meýdany)"
    )


def test_a_sheet_not_read_the_copies_and_a_missing_sheet_are_told() -> None:
    hidden = f"hidden sheet 'Old' also holds a list and was not read (one sheet is read: 'Goods'); {NOT_READ}"
    assert told(hidden, "ru") == (
        "на скрытом листе «Old» тоже есть список, и он не прочитан (прочитан один лист: «Goods»); поместите все "
        "строки на один лист или загрузите этот лист отдельным файлом"
    )
    shown = (
        f"sheet 'Лист 3' also holds a list and was not read (the sheets read are {quoted_names(['A', 'B'])}, those "
        f"with the amounts); {NOT_READ}"
    )
    assert told(shown, "tk") == (
        "«Лист 3» listinde hem sanaw bar, ol okalmady (okalan listler: «A» we «B», jemi bahalary bolanlar); ähli "
        "setirleri bir liste ýerleşdiriň ýa-da ol listi aýratyn faýl edip ýükläň"
    )
    copies = (
        "sheets 'Лист1' and 'Лист1 (2)' hold the same rows, cell for cell: read both, their goods are declared twice; "
        "name the sheets to read (--sheet NAME, or the upload form's Sheets)"
    )
    assert told(copies, "ru").startswith(
        "на листах «Лист1» и «Лист1 (2)» одни и те же строки, ячейка в ячейку: прочитаны оба"
    )
    assert (
        told(left_out("Лист 4"), "ru")
        == "на листе «Лист 4» есть заголовок, но под ним нет товарных строк; лист не читается"
    )
    assert told(matched_by_none("Упаковка"), "tk").startswith("«Упаковка» listinde hem sanaw bar, ol okalmady: ")
    missing = f"list.xlsx has no sheet 'Goods'; its sheets are {quoted_names(['Лист1', 'Лист2', 'Лист3'])}."
    assert told(missing, "ru") == "В файле list.xlsx нет листа «Goods»; его листы: «Лист1», «Лист2» и «Лист3»."
    assert told(missing, "tk") == "list.xlsx faýlynda «Goods» listi ýok; onuň listleri: «Лист1», «Лист2» we «Лист3»."


def test_a_problem_of_a_whole_sheet_names_the_sheet_and_is_told_whole_or_not_at_all() -> None:
    assert told("sheet 'Лист2': 'x' is not a number (line 3 of the file)", "ru") == (
        "лист «Лист2»: «x» — не число (строка 3 файла)"
    )
    assert told("sheet 'Лист2': the description is empty", "tk") == "«Лист2» listi: harydyň ady boş"
    assert told("sheet 'Лист2': a message added tomorrow", "ru") == "sheet 'Лист2': a message added tomorrow"


def test_the_currency_taken_from_the_header_and_the_lines_left_to_review_are_told() -> None:
    taken = (
        "the product list states no currency: its amounts are taken as USD, the invoice currency the declaration "
        "header gives"
    )
    assert told(taken, "ru") == (
        "в списке товаров не указана валюта: суммы приняты в USD, валюте счёта из заголовка декларации"
    )
    assert "USD" in told(taken, "tk") and "walýuta" in told(taken, "tk")
    left = "3 lines still need review (rows 1, 3 and 4): the declaration carries the codes proposed for them"
    assert told(left, "ru") == (
        "строк, код которых ещё нужно проверить: 3 (строки 1, 3 и 4); в декларации пока предложенные для них коды"
    )
    one = "1 line still needs review (row 4): the declaration carries the codes proposed for them"
    assert told(one, "tk") == (
        "1 setiriň kody entek barlanmaly (4 belgili setir): deklarasiýada häzirlikçe onuň üçin teklip edilen kod dur"
    )


def test_lists_of_items_are_joined_with_the_languages_and() -> None:
    said = (
        f"Items {listed(['1', '3', '4', '5', '6'])}: the number of packages is not stated for their lines (0 written);"
        " state how many packages (cartons, bags, pallets, ...) the goods travel in before lodging"
    )
    assert told(said, "ru").startswith("Товары № 1, 3, 4, 5 и 6: ")
    assert told(said, "tk").startswith("1, 3, 4, 5 we 6 belgili harytlar: ")
    unverified = (
        "national subdivision not verified on 1 goods item(s) (4): their codes are the HS subheading padded with "
        "zeros; check the national tariff"
    )
    assert told(unverified, "ru").startswith(
        "у товаров № 4 (всего товаров: 1) национальная подсубпозиция не проверена: "
    )


@pytest.mark.parametrize("language", ["ru", "tk"])
def test_every_unit_name_is_a_phrase_alone_and_after_a_figure(language: str) -> None:
    for name in set(UNIT_NAMES.values()):
        said = f"box 41: quantity in {name} not stated; the line gives 40 {name}, which tariff line 6403000000 cannot "
        said += f"take: state it in {name} (PR)"
        assert told(said, language) != said, name


def test_units_in_box_41_are_told() -> None:
    said = (
        "box 41: quantity of goods not stated; the line gives 40 cartons, which count the packages: state the "
        "quantity in the supplementary unit its tariff line prescribes (pieces, pairs, litres, ...) if any"
    )
    assert told(said, "ru").startswith("графа 41: количество товара не указано; в строке 40 карт. кор., ")
    assert "setirde berlen 40 karton guty gaplaryň sanydyr" in told(said, "tk")
    wanted = (
        "box 41: quantity in pairs not stated; the line gives 12 pieces, which tariff line 6403000000 cannot take: "
        "state it in pairs (PR) (spreadsheet row 4)"
    )
    assert told(wanted, "ru") == (
        "графа 41: количество в единицах «пары» не указано; в строке: 12 шт., что не подходит для товарной позиции "
        "6403000000: укажите его в единицах «пары» (PR) (строка 4 таблицы)"
    )


def test_the_review_tables_place_is_told() -> None:
    place = "spreadsheet row 4 on sheet 'Контейнер 2'"
    assert translated_place(place, "ru") == "строка 4 на листе «Контейнер 2»"
    assert translated_place(place, "tk") == "«Контейнер 2» listiniň 4 belgili setiri"
    assert translated_place(place, "en") == place and translated_place("somewhere new", "ru") == "somewhere new"


def test_a_conflict_the_line_itself_decides_is_told_in_russian_and_turkmen() -> None:
    said = conflict_reason(
        DeclaredConflict("090240", "Tea over 3 kg", "090230", "Tea up to 3 kg", 0.89, "another subheading", "0.25 kg")
    )
    assert told(said, "ru").startswith("код поставщика 0902.40 «Tea over 3 kg» противоречит коду движка 0902.30")
    assert "(в строке указано 0.25 kg, что исключает код поставщика, другая субпозиция)" in told(said, "ru")
    assert "(setirde 0.25 kg görkezilen, üpjün edijiniň kody muny aradan aýyrýar, " in told(said, "tk")


@pytest.mark.parametrize(
    ("note", "russian"),
    [
        ("material not stated", "материал не указан"),
        ("not stated whether covering the ankle", "не указано, закрывает ли лодыжку"),
        ("declared code 690721 differs from the engine's first choice 690722",
         "заявленный код 690721 отличается от первого выбора движка 690722"),
        ("chosen in review by broker@ak.tm", "выбран при проверке: broker@ak.tm"),
    ],
)  # fmt: skip
def test_the_engines_notes_on_a_line_are_told_in_russian_and_turkmen(note: str, russian: str) -> None:
    """The trial's Russian and Turkmen review pages showed them in English."""
    assert told(note, "ru") == russian
    assert told(note, "tk") != note


def test_the_index_build_and_an_undecided_national_line_are_told() -> None:
    undecided = (
        "1101 00 990 is not a national line in force; national line under 110100 not decided: the description fits "
        "national lines 1101 00 110, 1101 00 150 equally; 1101 00 110 put provisionally, check it"
    )
    assert told(BUILDING, "ru").startswith("классификатор строит свой индекс")
    assert told(BUILDING, "tk").startswith("klassifikator öz indeksini gurýar")
    assert told(undecided, "ru") == (
        "1101 00 990 — не действующая национальная подсубпозиция; национальная подсубпозиция под 110100 не "
        "определена: описание одинаково подходит к национальным подсубпозициям 1101 00 110, 1101 00 150; "
        "предварительно поставлена 1101 00 110, проверьте"
    )
