"""Lists from Chinese and German exporters: Chinese headers (simplified or traditional, units and currency in
brackets), Chinese country names and total rows; a German amount header's currency and its charge rows."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader
from domain.measures import Money

reader = PolarsProductListReader()


@pytest.mark.parametrize(
    ("header", "origin", "total"),
    [
        ("品名,数量(PCS),单价(USD),金额(USD),净重(KG),毛重(KG),原产地,海关编码", "中国", "合计"),
        ("貨物名稱,數量(PCS),單價(USD),金額(USD),淨重(KG),毛重(KG),原產地,海關編碼", "中國", "總計"),
    ],
)
def test_a_chinese_list_reads_every_field_and_its_total_row(header: str, origin: str, total: str) -> None:
    lines = [
        header,
        f"电热水壶 1.7L,1200,6.85,8220,1500,1620,{origin},8516710000",
        f"Microwave oven 20L,300,38.5,11550,3300,3600,{origin},8516500000",
        f"{total},1500,,19770,4800,5220,,",
    ]
    text = "\n".join(lines) + "\n"
    listing = reader.read(text.encode("utf-8"), "cn.csv")

    assert set(listing.columns) == {"description", "quantity", "unit_price", "value", "net_mass", "gross_mass",
                                    "origin", "declared_code"}  # fmt: skip
    assert [(line.description, line.origin, line.declared_code) for line in listing.lines] == [
        ("电热水壶 1.7L", "CN", "8516710000"), ("Microwave oven 20L", "CN", "8516500000")
    ]  # fmt: skip
    assert [str(line.value.amount) for line in listing.lines if line.value] == ["8220", "11550"]
    assert listing.totals is not None and listing.totals.value == 19770


def test_a_bilingual_header_reads_by_either_half_and_the_trading_partners_chinese_names() -> None:
    text = "品名 Description;数量 Qty;金额 Amount USD;原产地 Origin\nSteel pipe;10;500;土耳其\nTea;5;50;俄罗斯\n"
    listing = reader.read(text.encode("utf-8"), "cn.csv")
    assert [line.origin for line in listing.lines] == ["TR", "RU"]


def test_a_german_invoice_states_its_currency_after_the_amount_word_and_its_charges_are_no_goods() -> None:
    text = ("Pos.;Bezeichnung;Menge;Einheit;Einzelpreis;Gesamtpreis EUR;Nettogewicht kg\n"
            "1;Kreiselpumpe, elektrisch;4;Stk;2480,00;9920,00;372\n2;Verpackung (Holzkisten, seemäßig);;;;640,00;\n"
            "3;Fracht bis Aschgabat;;;;1200,00;\n")  # fmt: skip
    listing = reader.read(text.encode("utf-8"), "rechnung.csv")
    assert [(line.description, line.value) for line in listing.lines] == [
        ("Kreiselpumpe, elektrisch", Money(Decimal("9920.00"), "EUR"))
    ]
    assert "'Verpackung (Holzkisten, seemäßig)' 640.00 EUR (line 3 of the file) and 'Fracht bis Aschgabat'" in (
        listing.problems[0].reason
    )


def test_chinese_units_alone_or_beside_the_english_are_read() -> None:
    text = (
        "Description,Qty,Unit,Amount USD\nKettle,10,个 PCS,100\nTool kit,5,套 SETS,50\nShoes,3,双,30\nWire,1,米,2\n"
        "Socks,20,打,40\nPencils HB,10,罗,72\n"
    )
    listing = reader.read(text.encode("utf-8"), "cn.csv")
    units = [line.quantity.unit for line in listing.lines if line.quantity]
    assert units == ["H87", "SET", "PR", "MTR", "DZN", "GRO"]  # 打 a dozen, 罗 a gross (twelve dozen)


def test_grs_is_a_gross_where_grams_could_not_weigh_the_net_mass_and_grams_where_they_do() -> None:
    text = (
        "Description,Qty,Unit,Amount USD,Net weight kg\n"
        "Graphite pencils HB,20,GRS,288.00,24\nSaffron threads,500,grs,900.00,0.5\nVanilla pods,300,GRS,90.00,\n"
    )
    pencils, saffron, vanilla = reader.read(text.encode("utf-8"), "cn.csv").lines
    assert [line.quantity.unit for line in (pencils, saffron, vanilla) if line.quantity] == ["GRO", "GRM", "GRM"]
    assert [p.reason for p in pencils.problems] == [
        "'GRS' is read as gross (144 pieces each): 20 grams could not weigh the net mass 24 kg; write 'g' for grams "
        "(line 2 of the file)"
    ]
