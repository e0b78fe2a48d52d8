"""Units a Chinese list writes in its unit column (单位) read as the Rec 20 codes of their English names; a unit the
reader does not know is a warning on its row and column, not a silent unit."""

import pytest

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity

reader = PolarsProductListReader()

CHINESE_UNITS = {
    "个": "H87", "件": "H87", "只": "H87", "台": "H87", "辆": "H87", "套": "SET", "千克": "KGM", "公斤": "KGM",
    "吨": "TNE", "米": "MTR", "平方米": "MTK", "立方米": "MTQ", "升": "LTR", "箱": "XCT", "包": "XPK", "卷": "XRO",
    "双": "PR", "对": "PR", "打": "DZN", "桶": "XDR",
}  # fmt: skip


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_each_chinese_unit_in_the_unit_column_reads_as_its_code(encoding: str) -> None:
    rows = [f"货物{n},{n + 1},{unit},1.5" for n, unit in enumerate(CHINESE_UNITS)]
    text = "品名,数量,单位,单价(USD)\n" + "\n".join(rows) + "\n"
    listing = reader.read(text.encode(encoding), "cn.csv")
    assert [line.quantity.unit if line.quantity else None for line in listing.lines] == list(CHINESE_UNITS.values())
    assert not [p for p in listing.all_problems() if "unit" in p.reason]


def test_a_unit_not_known_is_a_warning_naming_its_row_and_column() -> None:
    listing = reader.read("品名,数量,单位,单价(USD)\n电热水壶,10,个,2\n五金配件,3,批,40\n".encode(), "cn.csv")
    (problem,) = listing.lines[1].problems
    assert (problem.row, problem.column, problem.severity) == (2, "单位", Severity.WARNING)
    assert "unit '批' is not known" in problem.reason
    assert "line 3 of the file" in problem.reason


def test_a_unit_written_after_the_quantity_beside_a_unit_column_is_read_where_they_agree() -> None:
    text = "品名,数量,单位,单价(USD)\n电饭煲,300 台,,12.5\n电水壶,200台,台,8\n电风扇,50 pcs,,20\n电熨斗,40 kg,台,9\n"
    listing = reader.read(text.encode(), "cn.csv")
    read = [(line.quantity.amount, line.quantity.unit) if line.quantity else None for line in listing.lines]
    assert read[:3] == [(300, "H87"), (200, "H87"), (50, "H87")]
    assert read[3] is None  # kilograms in the cell, sets in the unit column: which is meant is the broker's to say
    assert "'40 kg' is not a number" in listing.lines[3].problems[0].reason


def test_a_unit_after_the_quantity_agrees_with_the_unit_column_by_what_it_means_not_its_spelling() -> None:
    text = "Наименование;Кол-во;Ед.;Цена\nЧайник;50 pcs;шт;8\nКабель;120 m;м;2\nЦемент;40 kg;шт;9\n"
    listing = reader.read(text.encode(), "ru.csv")
    read = [(line.quantity.amount, line.quantity.unit) if line.quantity else None for line in listing.lines]
    assert read[:2] == [(50, "H87"), (120, "MTR")]
    assert read[2] is None
    assert "'40 kg' is not a number" in listing.lines[2].problems[0].reason
