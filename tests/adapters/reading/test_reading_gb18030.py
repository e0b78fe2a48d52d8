"""Chinese CSV lists as Excel on a Chinese Windows saves them, in GBK / GB18030, are read with their characters;
the Cyrillic, Turkish and UTF-8 lists around them are read as before, and Japanese or Big5 text is still refused."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.text_decoding import decode_text
from application.ports.reader import UnusableFile

reader = PolarsProductListReader()

CHINESE = (
    "品名,海关编码,数量,单价(USD),金额(USD),净重(KG),原产地\n"
    "不锈钢保温杯 500ml,9617001100,1200,2.15,2580,420,中国\n"
    "电热水壶 1.7升,8516710000,300,6.85,2055,450,中国\n"
    "陶瓷餐具套装,6912001000,80,12.5,1000,640,中国\n"
)


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "gb2312"])
def test_a_chinese_list_saved_in_gbk_is_read_with_its_characters(encoding: str) -> None:
    listing = reader.read(CHINESE.encode(encoding), "cn.csv")
    assert [line.description for line in listing.lines] == ["不锈钢保温杯 500ml", "电热水壶 1.7升", "陶瓷餐具套装"]
    assert [line.origin for line in listing.lines] == ["CN", "CN", "CN"]
    assert listing.lines[1].value is not None and listing.lines[1].value.amount == Decimal(2055)


def test_chinese_descriptions_under_english_headers_are_read_too() -> None:
    text = "Description;Qty;Amount, USD\n不锈钢保温杯 500ml;100;250\n电热水壶 1.7升;50;400\n陶瓷餐具套装;20;300\n"
    assert decode_text(text.encode("gbk"), "list.csv").head == text


def test_a_character_only_gb18030_writes_comes_through() -> None:
    text = "品名,数量\n𠮷野家调料,10\n电热水壶,5\n"  # '𠮷' is outside GBK: four bytes in GB18030
    decoded = decode_text(text.encode("gb18030"), "list.csv")
    assert (decoded.head, decoded.encoding) == (text, "gb18030")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Наименование товара;Кол-во;Цена\nЧайник электрический;12;9,50\nПлита газовая;5;145,00\n", "cp1251"),
        ("Описание товара;Количество\nЧай;10\n", "cp1251"),
        ("Ürün açıklaması;Miktar\nPamuklu tişört, erkek;100\nDeri ayakkabı, kadın;50\n", "cp1254"),
        ("Harydyň ady;Mukdary\nÝüpek matasy;10\n", "cp1250"),
        ("品名,数量\n电热水壶,5\n", "utf-8"),
    ],
)
def test_the_other_encodings_are_told_as_before(text: str, encoding: str) -> None:
    decoded = decode_text(text.encode(encoding), "list.csv")
    assert decoded.head == text
    assert decoded.encoding != "gb18030"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Description;Qty\n電気ケトル;10\nステンレス水筒;20\n", "shift_jis"),
        ("Description;Qty\n不鏽鋼保溫杯;100\n", "big5"),
    ],
)
def test_japanese_and_big5_are_not_taken_for_gbk(text: str, encoding: str) -> None:
    with pytest.raises(UnusableFile, match=r"not UTF-8, UTF-16, Chinese GB18030 or a Cyrillic"):
        decode_text(text.encode(encoding), "list.csv")
