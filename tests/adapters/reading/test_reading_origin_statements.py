"""A row below the goods that states the country of origin of the whole list ('Страна происхождения: Россия' in a
ТОРГ-12's footer) gives its country to each line that states none; a line's own origin wins."""

from tests.adapters.reading import invoices

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity

reader = PolarsProductListReader()

# name, article, unit, ОКЕИ, package, in one package, packages, gross, quantity (net mass), price, amount
KITCHENWARE = [
    ["Кастрюля эмалированная 3 л", "K-3", "шт", "796", "коробка", 6, 10, 75, 60, 850, 51000],
    ["Сковорода чугунная 24 см", "S-24", "шт", "796", "коробка", 8, 5, 90, 40, 1200, 48000],
    ["Набор ножей кухонных, 5 предметов", "N-5", "компл", "839", "коробка", 12, 3, 20, 36, 1500, 54000],
]


def torg12(footer: list[list[object]]) -> bytes:
    return invoices.torg12_xlsx(KITCHENWARE, footer)


def test_a_footer_stating_the_origin_gives_it_to_every_line() -> None:
    listing = reader.read(torg12([["Страна происхождения: Россия"]]), "torg12.xlsx")

    assert [line.description for line in listing.lines] == [line[0] for line in KITCHENWARE]
    assert [line.origin for line in listing.lines] == ["RU", "RU", "RU"]
    warnings = [problem.reason for problem in listing.problems if problem.severity is Severity.WARNING]
    assert (
        "'Страна происхождения: Россия' (spreadsheet row 10) states the country of origin of the whole list, not "
        "goods: each line that leaves its origin empty is of RU"
    ) in warnings
    assert not any("Страна происхождения" in reason for reason in warnings if "footer" in reason)


def test_the_label_and_the_country_may_stand_in_two_cells() -> None:
    listing = reader.read(torg12([["Страна происхождения товара:", None, "Китай"]]), "torg12.xlsx")

    assert [line.origin for line in listing.lines] == ["CN", "CN", "CN"]


def _csv(rows: list[str]) -> bytes:
    return "\r\n".join(rows).encode("cp1251")


def test_a_lines_own_origin_wins_and_an_unknown_one_stays_an_error() -> None:
    rows = [
        "Наименование;Кол-во;Ед. изм.;Сумма, руб.;Вес нетто, кг;Страна происхождения",
        "Чайник электрический 1,7 л;20;шт;24 000,00;30,0;",
        "Термос стальной 1 л;15;шт;13 500,00;9,0;Китай",
        "Кружка керамическая;100;шт;9 000,00;35,0;Атлантида",
        ";Итого;;46 500,00;74,0;",
        "Страна происхождения: Россия;;;;;",
    ]
    kettle, flask, mug = reader.read(_csv(rows), "list.csv").lines

    assert (kettle.origin, flask.origin, mug.origin) == ("RU", "CN", None)
    assert [problem.severity for problem in mug.problems] == [Severity.ERROR]
    assert "'Атлантида' is not a country we know" in mug.problems[0].reason


def test_rows_stating_different_origins_give_none() -> None:
    footer = [["Страна происхождения: Россия"], ["Страна происхождения: Беларусь"]]
    listing = reader.read(torg12(footer), "torg12.xlsx")

    assert [line.origin for line in listing.lines] == [None, None, None]
    assert (
        "rows state different countries of origin of the whole list, not goods: 'Страна происхождения: Россия' "
        "(spreadsheet row 10), 'Страна происхождения: Беларусь' (spreadsheet row 11); no line takes its origin from "
        "them: state each line's origin in a column 'Country of origin'"
    ) in [problem.reason for problem in listing.problems]


def test_a_footer_naming_two_countries_or_the_country_of_export_states_no_origin() -> None:
    for footer in ("Страна происхождения: Россия, Беларусь", "Страна отправления: Россия"):
        listing = reader.read(torg12([[footer]]), "torg12.xlsx")

        assert [line.origin for line in listing.lines] == [None, None, None]
        assert any(footer in problem.reason and "footer" in problem.reason for problem in listing.problems)


def test_a_statement_heading_the_goods_gives_its_country_to_every_line() -> None:
    rows = [
        "Наименование;Кол-во;Ед. изм.;Сумма, руб.",
        "Страна происхождения: Казахстан;;;",
        "Мука пшеничная, мешок 50 кг;40;мешок;52 000,00",
        "Масло подсолнечное 5 л;60;шт;33 000,00",
    ]
    flour, oil = reader.read(_csv(rows), "list.csv").lines

    assert (flour.origin, oil.origin) == ("KZ", "KZ")


def test_a_statement_between_goods_lines_states_no_origin_of_the_list() -> None:
    rows = [
        "Наименование;Кол-во;Ед. изм.;Сумма, руб.",
        "Мука пшеничная, мешок 50 кг;40;мешок;52 000,00",
        "Страна происхождения: Казахстан;;;",
        "Масло подсолнечное 5 л;60;шт;33 000,00",
        "Сахар-песок, мешок 50 кг;20;мешок;38 000,00",
        "Страна происхождения: Казахстан;;;",
    ]
    lines = reader.read(_csv(rows), "list.csv").lines

    assert "Масло подсолнечное 5 л" in [line.description for line in lines]
    assert all(line.origin is None for line in lines)


def test_a_country_written_with_a_comma_in_its_name_is_one_country() -> None:
    for footer, country in (
        ("Country of origin: Congo, Dem. Rep.", "CD"),
        ("Страна происхождения: Корея, Республика", "KR"),
    ):
        listing = reader.read(torg12([[footer]]), "torg12.xlsx")

        assert [line.origin for line in listing.lines] == [country] * 3
