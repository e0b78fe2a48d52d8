"""A header over two rows whose top row groups sub-headers ('Количество' over 'в одном месте' and 'мест, штук'), as
the Russian ТОРГ-12 prints it: one header, never a goods line, no column lost as a duplicate; and the ТОРГ-12's
'Количество (масса нетто)', the quantity in the line's unit, which is the net mass of a line in kg."""

from decimal import Decimal

from tests.adapters.reading import invoices

from adapters.reading import PolarsProductListReader
from adapters.reading.header_detection import detect_header
from domain.goods.declarable import EMPTY_NET_MASS
from domain.goods.problems import Severity
from domain.measures import Mass, Money, Quantity

reader = PolarsProductListReader()

# the ТОРГ-12's 15 columns: the groups over the top row, their parts in the row below
TOP = [
    "Номер по порядку", "Товар", None, "Единица измерения", None, "Вид упаковки", "Количество", None, "Масса брутто",
    "Количество (масса нетто)", "Цена, руб. коп.", "Сумма без учета НДС, руб. коп.", "НДС", None,
    "Сумма с учетом НДС, руб. коп.",
]  # fmt: skip
PARTS = [
    None, "наименование, характеристика, сорт, артикул товара", "код", "наименование", "код по ОКЕИ", None,
    "в одном месте", "мест, штук", None, None, None, None, "ставка, %", "сумма, руб. коп.", None,
]  # fmt: skip
# name, article, unit, ОКЕИ, package, in one package, packages, gross, quantity (net mass), price, amount, VAT
TOOLS = [
    ["Шуруповёрт аккумуляторный 18В", "A-118", "шт", "796", "коробка", 10, 4, 62, 40, 4500, 180000, 36000],
    ["Перфоратор электрический 800 Вт", "P-800", "шт", "796", "коробка", 5, 5, 105, 25, 7200, 180000, 36000],
    ["Сверло по металлу HSS 8 мм", "S-8", "шт", "796", "коробка", 50, 20, 12, 1000, 85.5, 85500, 17100],
    ["Кабель медный ВВГ 3х2,5", "VVG", "м", "006", "бухта", 100, 10, 130, 1000, 95, 95000, 19000],
]
WEIGHED = [
    ["Гвозди строительные 100 мм", "G-100", "кг", "166", "ящик", 10, 5, 52, 50, 120, 6000, 1200],
    ["Цемент М500", "C-500", "т", "168", "мешок", 0.05, 40, 2050, 2, 9000, 18000, 3600],
]


def _form_line(number: int, line: list[object]) -> list[object]:
    *goods, amount, vat = line
    return [number, *goods, amount, "20%", vat, amount + vat]  # type: ignore[operator]


def torg12_xlsx(lines: list[list[object]]) -> bytes:
    """A ТОРГ-12 as 1C saves it: title rows, the groups merged over their parts, the other headers merged down over
    both rows, the column numbers, the lines, 'Итого' and 'Всего по накладной' labelled in the packages column."""
    amount = sum(line[-2] for line in lines)  # type: ignore[misc]
    vat = sum(line[-1] for line in lines)  # type: ignore[misc]
    rows: list[list[object]] = [
        ["Унифицированная форма № ТОРГ-12"],
        ["Грузоотправитель: ООО «СтройМаркет», г. Екатеринбург"],
        ["ТОВАРНАЯ НАКЛАДНАЯ № 118 от 12.03.2026"],
        [],
        TOP,
        PARTS,
        [str(number) for number in range(1, 16)],
        *(_form_line(number, line) for number, line in enumerate(lines, 1)),
        [None] * 7 + ["Итого", None, None, "X", amount, "X", vat, amount + vat],
        [None] * 7 + ["Всего по накладной", None, None, "X", amount, "X", vat, amount + vat],
    ]
    merges = ("A1:O1", "A2:O2", "A3:O3", "B5:C5", "D5:E5", "G5:H5", "M5:N5")
    return invoices.sheet_xlsx(rows, "ТОРГ-12", (*merges, *(f"{column}5:{column}6" for column in "AFIJKLO")))


def _csv(rows: list[list[object]]) -> bytes:
    return "\r\n".join(";".join("" if cell is None else str(cell) for cell in row) for row in rows).encode("cp1251")


def test_the_torg12_sub_headers_are_the_headers_parts_and_no_goods_line() -> None:
    listing = reader.read(torg12_xlsx(TOOLS), "torg12.xlsx")

    assert [line.description for line in listing.lines] == [line[0] for line in TOOLS]
    assert listing.columns == {
        "description": "Товар / наименование, характеристика, сорт, артикул товара",
        "unit": "Единица измерения / наименование",
        "package_kind": "Вид упаковки",
        "packages": "Количество / мест, штук",
        "gross_mass": "Масса брутто",
        "quantity": "Количество (масса нетто)",
        "net_mass": "Количество (масса нетто)",
        "unit_price": "Цена, руб. коп.",
        "value": "Сумма без учета НДС, руб. коп.",
    }
    assert not any("two columns are headed" in problem.reason for problem in listing.problems)


def test_the_torg12_lines_take_the_quantity_in_their_unit_the_packages_and_the_amount_without_vat() -> None:
    listing = reader.read(torg12_xlsx(TOOLS), "torg12.xlsx")

    drill, _, bits, cable = listing.lines
    assert drill.quantity == Quantity(Decimal(40), "H87")
    assert (drill.packages, drill.package_kind) == (4, "BX")
    assert drill.gross_mass == Mass(Decimal(62))
    assert drill.unit_price == Decimal(4500)
    assert drill.value == Money(Decimal(180000), "RUB")
    assert bits.quantity == Quantity(Decimal(1000), "H87")
    assert (bits.packages, bits.gross_mass, bits.value) == (20, Mass(Decimal(12)), Money(Decimal(85500), "RUB"))
    assert cable.quantity == Quantity(Decimal(1000), "MTR")
    assert (cable.packages, cable.package_kind) == (10, "CL")
    assert [line.net_mass for line in listing.lines] == [None] * 4
    assert not [problem for line in listing.lines for problem in line.problems]
    assert (listing.totals.value, listing.totals.gross_mass) == (Decimal(540500), None)
    assert listing.totals.quantity is None


def test_lines_in_pieces_have_no_net_mass_and_one_error_for_the_file_says_which_column_to_give() -> None:
    listing = reader.read(torg12_xlsx(TOOLS), "torg12.xlsx")

    (error,) = listing.errors
    assert error.row is None
    assert error.column == "Количество (масса нетто)"
    assert error.reason.startswith(
        "the column is the quantity in each line's unit of measure, the net mass only where that unit is kg, t or g: "
        "4 lines in other units (spreadsheet row 8, spreadsheet row 9, spreadsheet row 10, spreadsheet row 11) have "
        "no net mass, and the list has no column that gives it; add a net mass column ('Масса нетто, кг'"
    )
    assert "net_mass=HEADER" in error.reason
    assert not any(EMPTY_NET_MASS in problem.reason for problem in listing.all_problems())


def test_a_line_in_kg_or_tonnes_takes_its_net_mass_from_the_quantity() -> None:
    listing = reader.read(torg12_xlsx(WEIGHED), "torg12.xlsx")

    nails, cement = listing.lines
    assert nails.quantity == Quantity(Decimal(50), "KGM")
    assert nails.net_mass == Mass(Decimal(50))
    assert (nails.gross_mass, nails.packages, nails.package_kind) == (Mass(Decimal(52)), 5, "CS")
    assert cement.quantity == Quantity(Decimal(2), "TNE")
    assert cement.net_mass == Mass(Decimal(2000))
    assert (cement.gross_mass, cement.packages, cement.value) == (Mass(Decimal(2050)), 40, Money(Decimal(18000), "RUB"))
    assert not listing.errors


def test_of_lines_in_kg_and_in_pieces_only_those_in_pieces_are_named() -> None:
    listing = reader.read(torg12_xlsx([*WEIGHED, TOOLS[0]]), "torg12.xlsx")

    assert [line.net_mass for line in listing.lines] == [Mass(Decimal(50)), Mass(Decimal(2000)), None]
    (error,) = listing.errors
    assert "1 line in another unit (spreadsheet row 10) has no net mass" in error.reason


def test_a_net_mass_in_the_quantity_above_the_gross_mass_is_an_error_on_that_column() -> None:
    heavy = [["Гвозди строительные 100 мм", "G-100", "кг", "166", "ящик", 10, 5, 40, 50, 120, 6000, 1200]]
    (line,) = reader.read(torg12_xlsx(heavy), "torg12.xlsx").lines

    (problem,) = line.problems
    assert (problem.column, problem.severity) == ("Количество (масса нетто)", Severity.ERROR)
    assert problem.reason.startswith("net mass 50 kg is more than gross mass 40 kg")


def test_the_torg12_saved_as_csv_in_cp1251_carries_each_group_over_its_parts() -> None:
    rows = [
        ["ТОВАРНАЯ НАКЛАДНАЯ № 118 от 12.03.2026", *[None] * 14],
        TOP,
        PARTS,
        [str(number) for number in range(1, 16)],
        *(
            [str(cell).replace(".", ",") for cell in _form_line(number, line)]
            for number, line in enumerate([*TOOLS, *WEIGHED], 1)
        ),
    ]
    listing = reader.read(_csv(rows), "torg12.csv")

    assert [line.description for line in listing.lines] == [line[0] for line in [*TOOLS, *WEIGHED]]
    assert listing.columns["packages"] == "Количество / мест, штук"
    assert [line.quantity for line in listing.lines] == [
        Quantity(Decimal(40), "H87"), Quantity(Decimal(25), "H87"), Quantity(Decimal(1000), "H87"),
        Quantity(Decimal(1000), "MTR"), Quantity(Decimal(50), "KGM"), Quantity(Decimal(2), "TNE"),
    ]  # fmt: skip
    assert [line.packages for line in listing.lines] == [4, 5, 20, 10, 5, 40]
    assert [line.net_mass for line in listing.lines] == [None] * 4 + [Mass(Decimal(50)), Mass(Decimal(2000))]
    assert [line.value.amount for line in listing.lines if line.value] == [
        Decimal(180000), Decimal(180000), Decimal(85500), Decimal(95000), Decimal(6000), Decimal(18000)
    ]  # fmt: skip
    assert listing.lines[2].unit_price == Decimal("85.5")
    (error,) = listing.errors
    assert "4 lines in other units (line 5 of the file, line 6 of the file" in error.reason


def cp1251_torg12_like() -> bytes:
    """A list saved from a ТОРГ-12 template without its 'Количество (масса нетто)': its pieces under 'мест, штук'."""
    rows: list[list[object]] = [
        ["ТОВАРНАЯ НАКЛАДНАЯ № 77 от 02.02.2026", *[None] * 11],
        ["Поставщик: ООО «ПромТекс», г. Иваново", *[None] * 11],
        ["№ п/п", "Товар", "Ед. изм.", "Количество", None, "Масса брутто", "Масса нетто", "Цена", "Сумма без НДС",
         "НДС, %", "Сумма с НДС", "Страна происхождения"],
        [None, "наименование", None, "в одном месте", "мест, штук", *[None] * 7],
        [str(number) for number in range(1, 13)],
        ["1", "Полотенце махровое 50х90, хлопок 100%", "шт", "50", "1 200", "312,5", "300,0", "180,00", "216 000,00",
         "20", "259 200,00", "Россия"],
        ["2", "Простыня бязевая 150х220", "шт", "40", "800", "420,0", "400,0", "350,00", "280 000,00", "20",
         "336 000,00", "Россия"],
        ["3", "Носки мужские хлопковые", "пар", "120", "2 400", "130,0", "120,0", "45,00", "108 000,00", "20",
         "129 600,00", "Узбекистан"],
        [None, "Итого", None, None, "4 400", "862,5", "820,0", None, "604 000,00", None, "724 800,00", None],
        [None, "Всего по накладной", None, None, "4 400", "862,5", "820,0", None, "604 000,00", None, "724 800,00",
         None],
    ]  # fmt: skip
    return _csv(rows)


def test_a_packages_column_counting_what_the_price_is_for_is_the_quantity() -> None:
    listing = reader.read(cp1251_torg12_like(), "torg12.csv")

    towels, sheets, socks = listing.lines
    assert towels.description == "Полотенце махровое 50х90, хлопок 100%"
    assert towels.quantity == Quantity(Decimal(1200), "H87")
    assert (towels.net_mass, towels.gross_mass) == (Mass(Decimal(300)), Mass(Decimal("312.5")))
    assert (towels.unit_price, towels.value) == (Decimal(180), Money(Decimal(216000), towels.value.currency))
    assert (towels.origin, towels.packages) == ("RU", None)
    assert (sheets.quantity, sheets.net_mass) == (Quantity(Decimal(800), "H87"), Mass(Decimal(400)))
    assert (socks.quantity, socks.origin) == (Quantity(Decimal(2400), "PR"), "UZ")
    assert listing.columns["quantity"] == "Количество / мест, штук"
    assert "packages" not in listing.columns
    assert (listing.totals.quantity, listing.totals.net_mass) == (Decimal(4400), Decimal(820))
    assert not listing.errors
    assert not [problem for line in listing.lines for problem in line.problems]
    assert (
        "column 'Количество / мест, штук' is read as the quantity, not as the packages: on every line its figure times "
        "the unit price ('Цена') is the amount ('Сумма без НДС'), and times the figure per package of column "
        "'Количество / в одном месте' it would not be; the lines state no packages"
    ) in [problem.reason for problem in listing.problems]


def test_packages_beside_a_figure_per_package_that_agrees_with_the_amounts_stay_packages() -> None:
    rows = [
        ["Наименование", "Количество", None, "Цена", "Сумма"],
        [None, "в одном месте", "мест", None, None],
        ["Полотенце", "50", "24", "180,00", "216 000,00"],
        ["Простыня", "40", "20", "350,00", "280 000,00"],
    ]
    (towels, sheets) = reader.read(_csv(rows), "list.csv").lines

    assert (towels.quantity, towels.packages) == (Quantity(Decimal(1200), "H87"), 24)
    assert (sheets.quantity, sheets.packages) == (Quantity(Decimal(800), "H87"), 20)


def test_a_groups_vat_amount_and_rate_are_no_value_and_the_units_code_is_no_unit() -> None:
    layout = detect_header([TOP, PARTS, [str(number) for number in range(1, 16)]], "torg12.csv")

    assert (layout.header_row, layout.first_data_row) == (1, 3)
    assert layout.columns["value"] == 11
    assert layout.columns["unit"] == 3
    assert layout.net_mass_in_quantity
    assert not {4, 12, 13, 14} & set(layout.columns.values())


def test_english_sub_headers_under_a_merged_group_are_the_headers_parts() -> None:
    rows: list[list[object]] = [
        ["Item", "Goods", None, "Qty, pcs", "Weight, kg", None, "Amount, USD"],
        [None, "name", "code", None, "net", "gross", None],
        [1, "Electric kettle 1.7 l", "EK-17", 120, 150, 170, 1740],
    ]
    merges = ("B1:C1", "E1:F1", "A1:A2", "D1:D2", "G1:G2")
    listing = reader.read(invoices.sheet_xlsx(rows, merges=merges), "inv.xlsx")

    (kettle,) = listing.lines
    assert kettle.description == "Electric kettle 1.7 l"
    assert (listing.columns["description"], listing.columns["gross_mass"]) == ("Goods / name", "Weight, kg / gross")
    assert (kettle.quantity, kettle.value) == (Quantity(Decimal(120), "H87"), Money(Decimal(1740), "USD"))
    assert (kettle.net_mass, kettle.gross_mass) == (Mass(Decimal(150)), Mass(Decimal(170)))
    assert not listing.problems


def test_a_group_over_sub_headers_that_name_no_field_is_read_by_the_group() -> None:
    rows: list[list[str | None]] = [
        ["Description", "Qty", "Amount, USD", None],
        [None, None, "FOB", "CIF"],
        ["Pump", "2", "100", "110"],
    ]
    layout = detect_header(rows, "inv.csv")

    assert layout.first_data_row == 2
    assert layout.written["value"] == "Amount, USD / FOB"


def test_a_first_line_without_figures_under_a_header_with_an_unheaded_column_stays_a_line() -> None:
    """Its model number is written with digits, which no sub-header holds."""
    rows: list[list[str | None]] = [
        ["Description", "Unit", None, "Origin"],
        ["Pump PX-2", "pcs", "spare", None],
        ["Valve", "pcs", "2", "IT"],
    ]
    assert detect_header(rows, "inv.csv").first_data_row == 1


def test_a_packages_column_the_broker_named_stays_the_packages() -> None:
    listing = reader.read(cp1251_torg12_like(), "torg12.csv", named_columns={"packages": "мест, штук"})

    assert [line.packages for line in listing.lines] == [1200, 800, 2400]
    assert listing.columns["packages"] == "Количество / мест, штук"


def test_a_weight_group_over_gw_and_nw_reads_each_mass_by_its_sub_header() -> None:
    rows: list[list[str | None]] = [
        ["Description", "Qty", "Amount, USD", "Weight (kg)", None],
        [None, None, None, "G.W.", "N.W."],
        ["Kettle", "10", "50", "14", "12"],
    ]
    layout = detect_header(rows, "packing.csv")
    assert (layout.columns["gross_mass"], layout.columns["net_mass"]) == (3, 4)


def test_goods_under_a_description_header_merged_over_two_columns_are_lines_not_sub_headers() -> None:
    rows: list[list[str | None]] = [
        ["Наименование товара", "Наименование товара", "Код ТН ВЭД"],
        ["Футболка мужская", "хлопок", None],
        ["Гвозди строительные", "сталь", None],
    ]
    layout = detect_header(rows, "spec.xlsx")
    assert (layout.first_data_row, layout.columns["description"]) == (1, 0)
