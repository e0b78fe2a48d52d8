"""The row of column numbers an official form prints under its header is no goods line."""

from adapters.reading import PolarsProductListReader

reader = PolarsProductListReader()
HEADER = "Наименование товара,Ед. изм.,Количество,Цена,Стоимость без налога,Страна происхождения,Вес нетто\n"


def test_a_forms_column_numbers_under_the_header_are_set_aside_with_a_warning() -> None:
    rows = "1,2,3,4,5,10а,11\nПодшипник шариковый 6205-2RS,шт,1200,185.50,222600.00,Китай,86.4\n"
    listing = reader.read((HEADER + rows).encode(), "invoice.csv")

    assert [line.description for line in listing.lines] == ["Подшипник шариковый 6205-2RS"]
    assert not listing.errors
    assert "the form's column numbers (line 2 of the file) are not read as goods" in [str(p) for p in listing.problems]


def test_a_line_of_small_figures_is_still_a_line() -> None:
    rows = "Болт М10,шт,1,2,3,Китай,4\n"
    listing = reader.read((HEADER + rows).encode(), "invoice.csv")

    assert [line.description for line in listing.lines] == ["Болт М10"]


def test_the_upd_letters_among_its_column_numbers_do_not_make_them_a_line() -> None:
    rows = [
        "№ п/п;Наименование товара;Ед. изм.;Количество;Цена;Стоимость без налога;Страна происхождения",
        "А;1;2а;3;4;5;10а",
        "1;Мука пшеничная высший сорт, мешок 50 кг;кг;20 000;38,50;770 000,00;RU",
    ]
    listing = reader.read("\r\n".join(rows).encode("cp1251"), "upd.csv")

    assert [line.description for line in listing.lines] == ["Мука пшеничная высший сорт, мешок 50 кг"]
    assert "the form's column numbers (line 2 of the file) are not read as goods" in [str(p) for p in listing.problems]
