"""Signature rows below the grand total are the footer, even spread over the description and other columns
('Отпуск груза разрешил | директор | Смирнов'); a row there with a unit or origin the reader knows stays a line."""

from tests.adapters.reading import invoices

from adapters.reading import PolarsProductListReader

reader = PolarsProductListReader()
# name, article, unit, ОКЕИ, package, in one package, packages, gross, quantity (net mass), price, amount
LINES: list[list[object]] = [
    ["Кастрюля эмалированная 3 л", "K-3", "шт", "796", "коробка", 6, 10, 75, 60, 420, 25200],
    ["Сковорода чугунная 24 см", "S-24", "шт", "796", "коробка", 8, 5, 82, 40, 610, 24400],
]


def test_a_signature_over_the_description_and_unit_columns_is_footer() -> None:
    footer = [["Отпуск груза разрешил", "директор", None, "Смирнов"], ["Главный бухгалтер", None, None, "Кузнецова"]]
    listing = reader.read(invoices.torg12_xlsx(LINES, footer), "torg12.xlsx")
    assert [line.description for line in listing.lines] == [line[0] for line in LINES]
    (footer_note,) = [p.reason for p in listing.problems if "footer" in p.reason]
    assert footer_note.startswith("3 rows below the total read as the footer and left out: 'директор Смирнов'")


def test_a_row_below_the_total_with_a_known_unit_stays_a_line() -> None:
    footer = [[None, "Крышка стеклянная 24 см", None, "шт"]]
    listing = reader.read(invoices.torg12_xlsx(LINES, footer), "torg12.xlsx")
    assert [line.description for line in listing.lines][2:] == ["Крышка стеклянная 24 см"]


def test_a_signature_below_a_statement_of_the_lists_origin_is_footer_still() -> None:
    footer = [["Страна происхождения: Россия"], ["Отпуск груза разрешил", "директор", None, "Смирнов"]]
    listing = reader.read(invoices.torg12_xlsx(LINES, footer), "torg12.xlsx")
    assert [line.description for line in listing.lines] == [line[0] for line in LINES]
    assert [line.origin for line in listing.lines] == ["RU", "RU"]


SIGNED = "Директор ______ Иванов;;Гл. бухгалтер _____ Петрова;;\nМ.П.;;;;\n"  # and the place of the seal


def test_signature_lines_over_the_price_column_end_the_list_with_or_without_a_total() -> None:
    """A trial's 'Главный бухгалтер ____ Петрова' in the price column was 'not a number' and refused the file."""
    header = "Наименование;Кол-во;Цена, USD;Сумма, USD;Нетто, кг\nЧай черный;10;5;50;10\nКофе;2;10;20;2\n"
    for listed in (header + SIGNED, header + "Итого;;;70;12\n" + SIGNED):
        listing = reader.read(listed.encode(), "invoice.csv")
        assert [line.description for line in listing.lines] == ["Чай черный", "Кофе"]
        assert any("read as the footer and left out: 'Директор ______ Иванов" in p.reason for p in listing.problems)


def test_a_signature_line_with_goods_after_it_stays_a_line_with_its_errors() -> None:
    listed = "Наименование;Кол-во;Цена, USD;Сумма, USD;Нетто, кг\nЧай черный;10;5;50;10\n" + SIGNED + "Кофе;2;10;20;2\n"
    listing = reader.read(listed.encode(), "invoice.csv")
    assert len(listing.lines) == 3  # nothing between goods lines is dropped unseen
    assert any("is not a number" in p.reason for p in listing.all_problems())
