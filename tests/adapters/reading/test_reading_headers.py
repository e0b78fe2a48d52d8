"""Header cells scored against the synonyms, and the header row found below any title block."""

from decimal import Decimal

import pytest
from tests.adapters.reading.best_field import best_field

from adapters.reading import PolarsProductListReader
from adapters.reading.header_detection import detect_header
from adapters.reading.header_matching import field_scores
from application.ports.reader import UnusableFile
from domain.measures import Mass, Money, Quantity


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Description of goods", "description"), ("Наименование товара", "description"),
        ("Harydyň ady", "description"), ("Descripton", "description"),
        ("Qty", "quantity"), ("Кол-во", "quantity"), ("Mukdary", "quantity"), ("Quantitiy", "quantity"),
        ("Unit", "unit"), ("Ед. изм.", "unit"), ("Ölçeg birligi", "unit"),
        ("Net weight, kg", "net_mass"), ("Вес нетто (кг)", "net_mass"), ("Netto agramy", "net_mass"),
        ("Gross Wt (kg)", "gross_mass"), ("Вес брутто", "gross_mass"), ("Brutto agramy", "gross_mass"),
        ("Country of origin", "origin"), ("Страна происхождения", "origin"), ("Gelip çykan ýurdy", "origin"),
        ("C/O", "origin"), ("Orig.", "origin"), ("Страна пр-ва", "origin"), ("Страна-производитель", "origin"),
        ("Amount, USD", "value"), ("Сумма (долл. США)", "value"), ("Bahasy", "value"), ("Total value", "value"),
        ("Unit price", "unit_price"), ("Цена", "unit_price"), ("Bahasy (birlik)", "unit_price"),
        ("HS code", "declared_code"), ("Код ТН ВЭД", "declared_code"), ("HS kody", "declared_code"),
        ("Tariff code", "declared_code"), ("Packages", "packages"), ("Кол-во мест", "packages"),
        ("Ýer sany", "packages"), ("Вид упаковки", "package_kind"), ("Currency", "currency"),
        ("Наименование товара / Description of goods", "description"),
    ],
)  # fmt: skip
def test_headers_in_three_languages(header: str, field: str) -> None:
    assert best_field(header) == field


@pytest.mark.parametrize("header", ["No.", "№ п/п", "Article", "Remarks", "Item No.", "Артикул", "Art.-Nr.", "Code"])
def test_headers_that_name_no_field(header: str) -> None:
    assert field_scores(header) == {}


def test_the_header_is_found_below_the_title_rows() -> None:
    head: list[list[str | None]] = [
        ["PACKING LIST", None, None],
        ["Shipper: Caspian Logistics", None, None],
        [None, None, None],
        ["Description", "Qty", "Gross weight"],
        ["Fridge", "2", "140"],
    ]
    layout = detect_header(head, "pl.xlsx")
    assert (layout.header_row, layout.first_data_row) == (3, 4)
    assert layout.columns == {"description": 0, "quantity": 1, "gross_mass": 2}


def test_a_title_right_above_the_header_is_not_part_of_it() -> None:
    head: list[list[str | None]] = [
        ["PACKING LIST", None, None, None],
        ["No.", "Description", "Qty", "N.W.(KGS)"],
        ["1", "Electric kettle 1.7L", "1200", "1080"],
    ]
    layout = detect_header(head, "pl.csv")
    assert (layout.header_row, layout.first_data_row) == (1, 2)
    assert layout.columns == {"description": 1, "quantity": 2, "net_mass": 3}


def test_an_amount_header_naming_its_currency_is_the_value_beside_a_bare_one() -> None:
    head: list[list[str | None]] = [
        ["Description", "Qty", "Rate USD", "Amount USD", "Amount", "Net Wt kg"],
        ["Disposable syringe 5 ml", "200000", "0.045", "9000", "1230000", "1400"],
    ]
    assert detect_header(head, "inv.csv").columns["value"] == 3


def test_a_group_header_over_sub_headers_spans_two_rows() -> None:
    head: list[list[str | None]] = [
        ["Description", "Quantity", "Weight, kg", None, "Origin"],
        [None, None, "Net", "Gross", None],
        ["Pump", "2", "30", "34", "IT"],
    ]
    layout = detect_header(head, "inv.csv")
    assert layout.first_data_row == 2
    assert layout.written["net_mass"] == "Weight, kg / Net"
    assert layout.written["gross_mass"] == "Weight, kg / Gross"


def test_a_row_numbering_the_columns_is_skipped() -> None:
    head: list[list[str | None]] = [["Наименование", "Кол-во", "Цена"], ["1", "2", "3"], ["Насос", "2", "40"]]
    assert detect_header(head, "inv.csv").first_data_row == 2


def test_without_a_description_column_the_headers_found_are_listed() -> None:
    with pytest.raises(UnusableFile, match="the headers found are: 'Qty', 'Price', 'Origin'"):
        detect_header([["Invoice 5"], ["Qty", "Price", "Origin"], ["2", "3", "CN"]], "inv.csv")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Amount USD", "value"), ("Amount in USD", "value"), ("Total USD", "value"), ("Value USD", "value"),
        ("Amount EUR", "value"), ("Amount $", "value"), ("Сумма долл. США", "value"), ("Price USD", "unit_price"),
        ("Unit price USD", "unit_price"), ("Weight kg", "net_mass"), ("Gross weight kg", "gross_mass"),
        ("Qty pcs", "quantity"), ("Кол-во шт", "quantity"), ("Amount SAR", "value"), ("Unit price BOB", "unit_price"),
    ],
)  # fmt: skip
def test_a_unit_or_currency_written_after_the_words_without_punctuation(header: str, field: str) -> None:
    assert best_field(header) == field


def test_the_currency_and_unit_come_from_headers_without_punctuation() -> None:
    data = b"Description,Qty pcs,Amount in USD,Weight kg\nPump,2,100,30\n"
    listing = PolarsProductListReader().read(data, "inv.csv")
    line = listing.lines[0]
    assert listing.currency == "USD"
    assert (line.quantity, line.value, line.net_mass) == (
        Quantity(Decimal(2), "H87"),
        Money(Decimal(100), "USD"),
        Mass(Decimal(30)),
    )
    assert listing.problems == []


def test_a_price_per_cup_is_not_in_cuban_pesos() -> None:
    data = b"Description,Cup size,Qty pcs,Price per cup,Amount\nMug,M,2,5,10\n"
    listing = PolarsProductListReader().read(data, "mugs.csv")
    assert listing.currency is None
    assert [p.reason for p in listing.problems if "currency" in p.reason] == [
        "the product list states no currency: none was found in the headers, the title rows or the amounts; "
        "write it in the amount header, for example 'Amount, USD'"
    ]


@pytest.mark.parametrize(
    ("headers", "value", "unit_price"),
    [
        (["Harydyň ady", "Mukdary", "Bahasy", "Jemi bahasy, USD"], "Jemi bahasy, USD", "Bahasy"),
        (["Товар", "Кол-во", "Цена", "Сумма НДС", "Стоимость с НДС", "Стоимость без НДС"], "Стоимость без НДС", "Цена"),
        (["Наименование", "Кол-во", "Цена", "Сумма с НДС", "Сумма без НДС", "НДС"], "Сумма без НДС", "Цена"),
        (["Goods", "Qty", "Price", "VAT amount", "Total incl. VAT", "Total excl. VAT"], "Total excl. VAT", "Price"),
        (["Наименование", "Кол-во", "Цена", "Сумма с НДС"], "Сумма с НДС", "Цена"),  # the only amount there is
        (["Harydyň ady", "Mukdary", "Bahasy"], "Bahasy", None),
        (["Harydyň ady", "Mukdary", "Jemi bahasy GBS-siz"], "Jemi bahasy GBS-siz", None),
        (["Harydyň ady", "Mukdary", "Bahasy (GBS goşulan)"], "Bahasy (GBS goşulan)", None),  # with VAT, but alone
        (["Товар", "Кол-во", "Стоимость, в т.ч. НДС"], "Стоимость, в т.ч. НДС", None),
        (["Goods", "Qty", "Total with VAT", "Amount w/o VAT"], "Amount w/o VAT", None),
        (["Goods", "Qty", "Amount (VAT included)", "VAT amount"], "Amount (VAT included)", None),
        (["Наименование товара", "Количество (объем)", "Цена", "Стоимость товаров без налога - всего",
          "Налоговая ставка", "Сумма налога", "Стоимость товаров с налогом - всего"],
         "Стоимость товаров без налога - всего", "Цена"),
        (["Наименование товара", "Количество", "Цена", "Стоимость товаров без налога - всего", "Сумма налога"],
         "Стоимость товаров без налога - всего", "Цена"),
        (["Наименование товара", "Количество", "Цена", "Сумма налога, предъявляемая покупателю",
          "Стоимость товаров без налога - всего"], "Стоимость товаров без налога - всего", "Цена"),
        (["Goods", "Qty", "Price", "Tax amount", "Amount"], "Amount", "Price"),
        (["Ürün adı", "Miktar", "Fiyat", "KDV Tutarı", "Tutar"], "Tutar", "Fiyat"),
        (["Тауардың атауы", "Саны", "Бағасы", "ҚҚС сомасы", "Сомасы"], "Сомасы", "Бағасы"),
        (["Товар", "Кол-во", "Цена", "НДС, сумма", "Стоимость"], "Стоимость", "Цена"),
    ],
)  # fmt: skip
def test_the_value_is_the_total_without_vat_and_never_the_vat(
    headers: list[str], value: str, unit_price: str | None
) -> None:
    layout = detect_header(
        [list[str | None](headers), ["Goods", "1", "2", "3", "4", "5", "6"][: len(headers)]], "i.csv"
    )

    assert layout.written.get("value") == value
    assert layout.written.get("unit_price") == unit_price


def test_a_header_repeated_over_two_columns_is_read_once_and_said() -> None:
    csv = b"Description;Quantity;Amount USD;Amount USD\nTea;10;250;300\n"

    product_list = PolarsProductListReader().read(csv, "dup.csv")

    assert product_list.lines[0].value == Money(Decimal("250"), "USD")
    assert [(p.column, p.reason) for p in product_list.problems if "two columns" in p.reason] == [
        ("Amount USD", "two columns are headed 'Amount USD'; the first is read and the other left out")
    ]


def test_of_two_description_columns_the_one_naming_the_goods_is_read() -> None:
    data = (
        "No,Наименование,Description,Qty,Amount USD\n"
        "1,Товар,Refrigerator two-door,12,4920.00\n"
        "2,Товар,Sunflower oil 1 l,2400,2928.00\n"
        "3,Товар,Wheat flour,10000,3800.00\n"
    ).encode()

    listing = PolarsProductListReader().read(data, "invoice.csv")

    assert [line.description for line in listing.lines] == ["Refrigerator two-door", "Sunflower oil 1 l", "Wheat flour"]
    assert listing.columns["description"] == "Description"


def test_a_description_column_of_names_is_kept_beside_one_of_item_codes() -> None:
    data = (
        b"Description,Product,Qty\n"
        b"Cotton T-shirt,TS-001-S,10\n"
        b"Cotton T-shirt,TS-001-M,10\n"
        b"Cotton T-shirt,TS-001-L,10\n"
        b"Denim jeans,DJ-002,5\n"
    )

    listing = PolarsProductListReader().read(data, "invoice.csv")

    assert listing.columns["description"] == "Description"
