"""A description wrapped onto the next row without merged cells is joined to the goods line above when it reads on
from it; section titles and goods lines whose figures are missing stay what they were."""

from decimal import Decimal

from tests.adapters.reading.invoices import sheet_xlsx

from adapters.reading import PolarsProductListReader
from domain.goods.product_list import ProductList
from domain.measures import Money

reader = PolarsProductListReader()
RUSSIAN_HEADER = "№;Наименование товара;Ед. изм.;Кол-во;Цена, USD;Сумма, USD;Вес нетто, кг\r\n"
BUCKWHEAT = "2;Гречневая крупа ядрица;кг;10000;0,92;9200,00;10000\r\n"


def _russian(rows: str) -> ProductList:
    return reader.read((RUSSIAN_HEADER + rows + BUCKWHEAT).encode("cp1251"), "spec.csv")


def _reasons(listing: ProductList) -> list[str]:
    return [str(problem) for problem in listing.all_problems()]


def test_a_row_going_on_in_lower_case_is_joined_to_the_line_above() -> None:
    csv = (
        "Description;Qty;Unit;Unit price USD;Amount USD;N.W. kg\n"
        "Stainless steel kitchen sink, single bowl;10;pcs;45.00;450.00;82\n"
        "with drain and overflow kit;;;;;\n"
        "Mixer tap, chrome plated brass;20;pcs;18.00;360.00;24\n"
        "TOTAL;30;;;810.00;106\n"
    )
    listing = reader.read(csv.encode(), "invoice.csv")
    assert [(line.row, line.description, line.value) for line in listing.lines] == [
        (1, "Stainless steel kitchen sink, single bowl with drain and overflow kit", Money(Decimal("450.00"), "USD")),
        (3, "Mixer tap, chrome plated brass", Money(Decimal("360.00"), "USD")),
    ]
    assert _reasons(listing) == [
        "1 row with only a description carried on the description of the line above and joined to it: 'with drain "
        "and overflow kit' (line 3 of the file)"
    ]


def test_rows_under_a_description_that_breaks_off_are_joined_to_it() -> None:
    rows = "1;Ноутбук Lenovo ThinkPad E14,;шт;5;700,00;3500,00;8\r\n;Intel i5, 8GB RAM,;;;;;\r\n;SSD 256GB;;;;;\r\n"
    listing = _russian(rows)
    assert [line.description for line in listing.lines] == [
        "Ноутбук Lenovo ThinkPad E14, Intel i5, 8GB RAM, SSD 256GB", "Гречневая крупа ядрица"
    ]  # fmt: skip
    assert listing.errors == []


def test_a_wrap_in_capitals_opening_with_a_joining_word_is_joined_and_a_title_in_capitals_is_a_title() -> None:
    rows: list[list[object]] = [
        ["Item No.", "Description of Goods", "Qty", "Unit", "Unit Price (USD)", "Amount (USD)", "N.W. (KGS)"],
        ["LIGHTING"],
        [1, "LED PANEL LIGHT 600X600MM 40W", 200, "PCS", 12.5, 2500, 460],
        [None, "WITH DRIVER, 4000K"],
        ["ELECTRICAL GOODS"],
        [2, "EXTENSION CORD 3M", 500, "PCS", 2.1, 1050, 240],
    ]
    listing = reader.read(sheet_xlsx(rows), "invoice.xlsx")
    assert [line.description for line in listing.lines] == [
        "LED PANEL LIGHT 600X600MM 40W WITH DRIVER, 4000K", "EXTENSION CORD 3M"
    ]  # fmt: skip
    assert [reason.split(" is a row")[0] for reason in _reasons(listing) if "section title" in reason] == [
        "row 1: 'LIGHTING'", "row 4: 'ELECTRICAL GOODS'"
    ]  # fmt: skip


def test_section_titles_under_a_description_that_breaks_off_are_titles() -> None:
    rows = "1;Холодильник Атлант ХМ-4012,;шт;24;318,00;7632,00;1536\r\n;Electrical goods:;;;;;\r\n"
    rows += "3;Чайник электрический,;шт;100;9,00;900,00;120\r\n;РАЗДЕЛ 2;;;;;\r\n"
    listing = _russian(rows)
    assert [line.description for line in listing.lines] == [
        "Холодильник Атлант ХМ-4012,", "Чайник электрический,", "Гречневая крупа ядрица"
    ]  # fmt: skip
    assert [reason.split(" is a row")[0] for reason in _reasons(listing)] == [
        "row 2: 'Electrical goods:'", "row 4: 'РАЗДЕЛ 2'"
    ]  # fmt: skip


def test_a_goods_row_with_its_figures_missing_keeps_its_error() -> None:
    """With its own item number, after a blank row, or under a complete description a row is a line of its own."""
    fridge = "1;Холодильник двухкамерный Атлант ХМ-4012;шт;24;318,00;7632,00;1536\r\n"
    numbered = _russian(fridge + "3;морозильная камера Атлант М-7184;;;;;\r\n")
    after_a_blank_row = _russian(fridge + ";;;;;;\r\n;морозильная камера Атлант М-7184;;;;;\r\n")
    complete_above = _russian(fridge + ";Морозильная камера Атлант М-7184;;;;;\r\n")
    for listing, row in ((numbered, 2), (after_a_blank_row, 3), (complete_above, 2)):
        assert [line.row for line in listing.lines] == [1, row, row + 1]
        assert "row with only a description" not in " ".join(_reasons(listing))
        assert f"row {row}: the line has no quantity, mass or value" in " ".join(_reasons(listing))


def test_a_wrap_opening_with_the_figures_of_a_measure_is_joined_to_the_line_above() -> None:
    rows: list[list[object]] = [
        ["No.", "Description", "Qty", "Unit", "Unit price, USD", "Amount, USD", "Net weight, kg"],
        [1, "Steel pipe DN50", 120, "m", 9.5, 1140, 610],
        [None, "3.2 mm wall, galvanised"],
        [2, "Copper cable NYY", 500, "m", 3.2, 1600, 260],
        [None, "4 x 2.5 mm², black"],
        [3, "Ball valve DN50", 40, "pcs", 14, 560, 52],
        [None, "100% Pressure tested fittings"],
        [4, "Pipe clamp 60 mm", 200, "pcs", 0.5, 100, 30],
    ]
    listing = reader.read(sheet_xlsx(rows), "invoice.xlsx")
    assert [line.description for line in listing.lines] == [
        "Steel pipe DN50 3.2 mm wall, galvanised",
        "Copper cable NYY 4 x 2.5 mm², black",
        "Ball valve DN50",
        "100% Pressure tested fittings",
        "Pipe clamp 60 mm",
    ]
    assert _reasons(listing)[0] == (
        "2 rows with only a description carried on the description of the line above and joined to it: '3.2 mm "
        "wall, galvanised' (spreadsheet row 3), '4 x 2.5 mm², black' (spreadsheet row 5)"
    )


def test_a_row_opening_with_a_count_of_pieces_is_not_joined_to_the_line_above() -> None:
    """'20 pcs spare filters' counts goods of its own; only the figures of a size or share open a wrap."""
    rows: list[list[object]] = [
        ["No.", "Description", "Qty", "Unit", "Unit price, USD", "Amount, USD", "Net weight, kg"],
        [1, "Air compressor 50L", 10, "pcs", 120, 1200, 250],
        [None, "20 pcs spare filters"],
        [2, "Steel pipe DN50", 120, "m", 9.5, 1140, 610],
        [None, "3.2 mm wall, galvanised"],
        [3, "Ball valve DN50", 40, "pcs", 14, 560, 52],
        [None, "5 шт запасных уплотнений"],
    ]
    listing = reader.read(sheet_xlsx(rows), "invoice.xlsx")
    assert [line.description for line in listing.lines] == [
        "Air compressor 50L",
        "20 pcs spare filters",
        "Steel pipe DN50 3.2 mm wall, galvanised",
        "Ball valve DN50",
        "5 шт запасных уплотнений",
    ]


def test_a_list_of_descriptions_alone_joins_nothing_every_row_is_a_line() -> None:
    listed = 'Description\nrefrigerator household two doors\nwheat flour\n"steel pipes, seamless"\nwith sockets\n'
    listing = reader.read(listed.encode(), "to-classify.csv")
    assert [line.description for line in listing.lines] == [
        "refrigerator household two doors",
        "wheat flour",
        "steel pipes, seamless",
        "with sockets",
    ]
    assert not any("joined" in problem.reason for problem in listing.all_problems())
