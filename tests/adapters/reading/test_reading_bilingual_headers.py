"""Headers written in two scripts side by side with no slash between the halves ('金额 AMOUNT', 'AMOUNT 金额',
'Сумма Amount'), as Chinese exporters write them in either order: each half names the field, the total row below
is a total, and a unit or currency in the other script stays a note ('Вес нетто kg')."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.header_matching import field_scores
from adapters.reading.script_parts import script_parts
from domain.goods.problems import Severity
from domain.measures import Mass, Money

from .best_field import best_field
from .invoices import sheet_xlsx

reader = PolarsProductListReader()


@pytest.mark.parametrize(
    ("header", "field"),
    [("金额 AMOUNT", "value"), ("AMOUNT 金额", "value"), ("金额AMOUNT", "value"), ("金额(USD) AMOUNT", "value"),
     ("U/PRICE 单价", "unit_price"), ("QTY 数量", "quantity"), ("CTNS 箱数", "packages"),
     ("DESCRIPTION 品名", "description"), ("G.W. 毛重", "gross_mass"), ("Сумма Amount", "value"),
     ("Сумма / Amount", "value"), ("Вес нетто kg", "net_mass"), ("Harydyň ady Наименование", "description")],
)  # fmt: skip
def test_either_half_of_a_bilingual_header_names_the_field(header: str, field: str) -> None:
    assert best_field(header) == field


@pytest.mark.parametrize("header", ["N.W./CTN 净重/箱", "净重/箱 N.W./CTN", "净重/箱", "QTY/CTN 每箱数量"])
def test_a_figure_per_carton_names_no_field_in_either_order(header: str) -> None:
    assert field_scores(header) == {}


def test_a_unit_or_currency_in_the_other_script_is_no_half() -> None:
    assert script_parts("Вес нетто kg") == ["Вес нетто"]
    assert script_parts("Цена USD") == ["Цена"]
    assert script_parts("Amount, USD") == []


@pytest.mark.parametrize("chinese_first", [True, False])
def test_a_chinese_english_packing_list_reads_its_amounts_and_its_total_row(chinese_first: bool) -> None:
    headers = [("序号", "NO."), ("品名", "DESCRIPTION"), ("箱数", "CTNS"), ("数量", "QTY"), ("单价", "U/PRICE"),
               ("金额", "AMOUNT"), ("净重", "N.W."), ("毛重", "G.W.")]  # fmt: skip
    rows: list[list[object]] = [
        ["Currency: USD"],
        [f"{zh} {en}" if chinese_first else f"{en} {zh}" for zh, en in headers],
        [1, "LED bulb 9W E27 cool white", 30, 3000, 0.42, 1260, 195, 234],
        [2, "Extension cord 3m with 4 sockets", 25, 500, 2.30, 1150, 225, 255],
        ["合计 TOTAL", None, 55, 3500, None, 2410, 420, 489],
    ]

    listing = reader.read(sheet_xlsx(rows), "invoice.xlsx")

    assert [line.value for line in listing.lines] == [Money(Decimal(1260), "USD"), Money(Decimal(1150), "USD")]
    assert [line.net_mass for line in listing.lines] == [Mass(Decimal(195)), Mass(Decimal(225))]
    assert not [p for p in listing.problems if p.severity is Severity.ERROR]
    assert not [p for p in listing.problems if "description is empty" in p.reason]
