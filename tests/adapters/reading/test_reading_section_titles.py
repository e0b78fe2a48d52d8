"""Rows that hold one text and nothing else: a section title when goods lines follow it (named in a warning, never
read as a line), the footer below the total; a row with a second cell stays a line, with its errors."""

from tests.adapters.reading.invoices import sheet_xlsx

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity

reader = PolarsProductListReader()
HEADER = "№;Наименование товара;Ед. изм.;Кол-во;Цена, USD;Сумма, USD;Вес нетто, кг;Страна происхождения\r\n"
FRIDGE = "1;Холодильник двухкамерный Атлант ХМ-4012;шт;24;318,00;7632,00;1536;Беларусь\r\n"
BUCKWHEAT = "2;Гречневая крупа ядрица;кг;10000;0,92;9200,00;10000;Россия\r\n"
TOTAL = ";Итого;;;;16832,00;11536;\r\n"


def _read(rows: str) -> tuple[list[str], list[tuple[int | None, str, Severity]]]:
    listing = reader.read((HEADER + rows).encode("cp1251"), "spec.csv")
    problems = [(p.row, p.reason, p.severity) for p in listing.all_problems()]
    return [line.description for line in listing.lines], problems


def test_section_titles_between_goods_lines_are_named_and_not_read_as_lines() -> None:
    rows = ";Раздел 1. Бытовая техника;;;;;;\r\n" + FRIDGE + ";Раздел 2. Продукты питания;;;;;;\r\n" + BUCKWHEAT + TOTAL
    descriptions, problems = _read(rows)
    assert descriptions == ["Холодильник двухкамерный Атлант ХМ-4012", "Гречневая крупа ядрица"]
    assert problems == [
        (
            row,
            f"'{text}' is a row with words only, shaped as a title (no quantity, price or amount): read as a section "
            f"title, not a goods line (line {row + 1} of the file)",
            Severity.WARNING,
        )
        for row, text in ((1, "Раздел 1. Бытовая техника"), (3, "Раздел 2. Продукты питания"))
    ]


def test_a_title_after_a_section_subtotal_is_a_title_too() -> None:
    rows = FRIDGE + ";Итого по разделу;;;;7632,00;1536;\r\n;Раздел 2. Продукты питания;;;;;;\r\n" + BUCKWHEAT + TOTAL
    descriptions, problems = _read(rows)
    assert len(descriptions) == 2
    assert [row for row, _, _ in problems] == [2, 3]
    assert "read as a section title" in problems[1][1]


def test_a_title_in_a_column_the_list_does_not_read_is_a_title() -> None:
    descriptions, problems = _read("I. Бытовая техника;;;;;;;\r\n" + FRIDGE + BUCKWHEAT)
    assert len(descriptions) == 2
    assert [(row, "'I. Бытовая техника' is a row with words only" in reason) for row, reason, _ in problems] == [
        (1, True)
    ]


def test_a_goods_line_with_its_number_and_no_figures_stays_a_line_with_its_errors() -> None:
    rows = FRIDGE + "2;Гречневая крупа ядрица;;;;;;\r\n" + BUCKWHEAT.replace("2;", "3;", 1)
    descriptions, problems = _read(rows)
    assert descriptions[1] == "Гречневая крупа ядрица"
    assert (2, "the line has no quantity, mass or value (line 3 of the file)", Severity.WARNING) in problems


def test_a_lone_text_with_no_goods_after_it_stays_a_line() -> None:
    """Above the total nothing says it is a title: a goods line whose figures were never written looks the same."""
    descriptions, problems = _read(FRIDGE + ";Гречневая крупа ядрица;;;;;;\r\n" + TOTAL.replace("16832", "7632"))
    assert descriptions == ["Холодильник двухкамерный Атлант ХМ-4012", "Гречневая крупа ядрица"]
    assert (2, "the line has no quantity, mass or value (line 3 of the file)", Severity.WARNING) in problems


def test_a_lone_number_is_no_title() -> None:
    descriptions, _ = _read(FRIDGE + "7;;;;;;;\r\n" + BUCKWHEAT)
    assert len(descriptions) == 3


def test_the_sellers_name_and_signature_under_the_total_end_the_list_in_whatever_column() -> None:
    """Chinese invoices sign in the cartons column, a number column: text there is no figure."""
    csv = (
        "Description,Qty,Unit,Unit Price USD,Amount USD,N.W. kg,CTNS\n"
        "LED bulb E27 9W,10000,pcs,0.42,4200.00,450,100\n"
        "Electric kettle 1.7L,1200,pcs,6.85,8220.00,1140,200\n"
        "TOTAL,11200,,,12420.00,1590,300\n"
        ",,,,,,NINGBO HUAXIN IMP. & EXP. CO. LTD.\n"
        ",,,,,,(Authorized Signature)\n"
    )
    listing = reader.read(csv.encode(), "invoice.csv")
    assert [line.row for line in listing.lines] == [1, 2]
    assert [str(p) for p in listing.all_problems()] == [
        "2 rows below the total read as the footer and left out: 'NINGBO HUAXIN IMP. & EXP. CO. LTD.' (line 5 of the "
        "file), '(Authorized Signature)' (line 6 of the file)"
    ]
    assert listing.totals.value == 12420


def test_say_bank_and_signature_rows_below_a_workbooks_total_are_its_footer() -> None:
    rows: list[list[object]] = [
        ["Item No.", "Description of Goods", "Qty", "Unit", "Amount (USD)", "CTNS", "N.W. (KGS)"],
        [1, "Electric kettle 1.7L", 1200, "PCS", 8220, 200, 1140],
        [2, "Microwave oven 20L", 300, "PCS", 11550, 300, 3150],
        ["TOTAL:", None, 1500, None, 19770, 500, 4290],
        [],
        ["SAY US DOLLARS NINETEEN THOUSAND SEVEN HUNDRED AND SEVENTY ONLY."],
        ["Bank: BANK OF CHINA NINGBO BRANCH  SWIFT: BKCHCNBJ92A"],
        [None, None, None, None, None, "NINGBO HUAXIN IMP. & EXP. CO., LTD."],
        [None, None, None, None, None, "(Authorized Signature)"],
    ]
    listing = reader.read(sheet_xlsx(rows), "invoice.xlsx")
    assert len(listing.lines) == 2
    assert [str(p) for p in listing.all_problems()] == [
        "4 rows below the total read as the footer and left out: 'SAY US DOLLARS NINETEEN THOUSAND SEVEN HUNDRED AND "
        "SEVENTY ONLY.' (spreadsheet row 6), 'Bank: BANK OF CHINA NINGBO BRANCH  SWIFT: BKCHCNBJ92A' (spreadsheet row "
        "7), "
        "'NINGBO HUAXIN IMP. & EXP. CO., LTD.' (spreadsheet row 8), '(Authorized Signature)' (spreadsheet row 9)"
    ]


def test_a_lone_description_not_shaped_as_a_title_stays_a_line_between_goods_lines() -> None:
    descriptions, problems = _read(FRIDGE + ";Free samples of tiles;;;;;;\r\n" + BUCKWHEAT)
    assert descriptions[1] == "Free samples of tiles"
    assert (2, "the line has no quantity, mass or value (line 3 of the file)", Severity.WARNING) in problems
    assert not any("section title" in reason for _, reason, _ in problems)


def test_a_lone_description_under_a_complete_one_is_no_section_title() -> None:
    """It does not read on from the line above (see wrapped_descriptions), so it stays a line of its own."""
    rows = "1;Laptop Lenovo ThinkPad E14;шт;5;700,00;3500,00;8;Китай\r\n;Intel i5, 8GB RAM, 256GB SSD;;;;;;\r\n"
    descriptions, problems = _read(rows + BUCKWHEAT)
    assert "Intel i5, 8GB RAM, 256GB SSD" in descriptions
    assert not any("section title" in reason for _, reason, _ in problems)


def test_titles_in_capitals_or_ending_with_a_colon_are_section_titles() -> None:
    descriptions, problems = _read(";BATHROOM FITTINGS;;;;;;\r\n" + FRIDGE + ";Продукты питания:;;;;;;\r\n" + BUCKWHEAT)
    assert len(descriptions) == 2
    assert [row for row, reason, _ in problems if "section title" in reason] == [1, 3]


def test_a_goods_like_row_below_the_total_stays_a_line_with_its_errors() -> None:
    csv = "Description;Qty;Unit price;Amount USD\nPump seal;2;10;20\nTotal;2;;20\nSpare seal kit;TBD;on request;\n"
    listing = reader.read(csv.encode(), "invoice.csv")
    assert [line.description for line in listing.lines] == ["Pump seal", "Spare seal kit"]
    assert "row 3, column 'Qty': 'TBD' is not a number (line 4 of the file)" in map(str, listing.errors)
    assert not any("footer" in p.reason for p in listing.all_problems())


def test_a_row_with_a_digit_in_a_figure_cell_below_the_total_is_no_footer() -> None:
    csv = "Description,Qty,Amount USD,CTNS\nLED bulb E27 9W,100,42.00,1\nTOTAL,100,42.00,1\n,,,2 ctns extra\n"
    listing = reader.read(csv.encode(), "invoice.csv")
    assert not any("footer" in p.reason for p in listing.all_problems())
    assert [line.row for line in listing.lines] == [1, 3]
