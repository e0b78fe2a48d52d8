"""The goods' model, specification, size or type in a column beside the name is joined to the description as
'name, spec'; an article number's column ('Артикул', 'Item No.') is not."""

import pytest
from tests.adapters.reading.best_field import best_field
from tests.adapters.reading.invoices import sheet_xlsx

from adapters.reading import PolarsProductListReader
from domain.declaration.descriptions import ELLIPSIS, MAX_DESCRIPTION

reader = PolarsProductListReader()


def test_a_chinese_workbook_joins_its_spec_column_to_the_name_merged_over_rows() -> None:
    rows: list[list[object]] = [
        ["品名", "规格型号", "数量(PCS)", "单价(USD)", "金额(USD)", "净重(KG)", "海关编码"],
        ["LED灯泡", "9W E27", 1000, 0.5, 500, 50, "8539520000"],
        [None, "12W E27", 1000, 0.6, 600, 60, "8539520000"],
        ["LED灯泡 5W", "5w", 100, 0.4, 40, 5, "8539520000"],
        ["地毯", "-", 10, 1, 10, 20, "5703300000"],
        ["合计", None, 2110, None, 1150, 135, None],
    ]
    listing = reader.read(sheet_xlsx(rows, merges=("A2:A3",)), "cn.xlsx")

    assert listing.columns["specification"] == "规格型号" and listing.columns["declared_code"] == "海关编码"
    assert [line.description for line in listing.lines] == ["LED灯泡, 9W E27", "LED灯泡, 12W E27", "LED灯泡 5W", "地毯"]
    assert listing.totals is not None and listing.totals.value == 1150


def test_an_english_list_joins_the_model_but_not_the_item_number() -> None:
    text = (
        "Item No.,Description,Model No.,Qty,Unit price,Amount,N.W.\n"
        "A-1001,Table lamp,TL-220 white,20,12.5,250,30\n"
        "A-1002,Floor lamp,,5,40,200,25\n"
    )
    listing = reader.read(text.encode(), "en.csv")

    assert listing.columns["specification"] == "Model No." and "Item No." not in listing.columns.values()
    assert [line.description for line in listing.lines] == ["Table lamp, TL-220 white", "Floor lamp"]


def test_a_russian_list_joins_the_size_but_not_the_article() -> None:
    text = (
        "Артикул;Наименование;Размер;Кол-во;Цена;Сумма;Вес нетто\n"
        "K-80;Ковёр  шерстяной;80x45 см;10;15,00;150,00;12\n"
        "K-81;Ковёр шерстяной 120x60 см;120X60 см;4;30,00;120,00;9\n"
    )
    listing = reader.read(text.encode(), "ru.csv")

    assert listing.columns["specification"] == "Размер" and "Артикул" not in listing.columns.values()
    assert [line.description for line in listing.lines] == ["Ковёр шерстяной, 80x45 см", "Ковёр шерстяной 120x60 см"]


def test_a_row_without_a_name_keeps_its_error_and_a_long_spec_is_cut_to_the_declarations_limit() -> None:
    name = "Steel pipe " * 180  # 1,980 characters
    text = f"Description,Specification,Qty,Amount,N.W.\n{name},DN50 wall 3.2 mm galvanised,10,100,50\n,80x45cm,1,5,1\n"
    long, unnamed = reader.read(text.encode(), "pipes.csv").lines

    assert len(long.description) == MAX_DESCRIPTION and long.description.endswith(ELLIPSIS)
    assert long.description.startswith(f"{name.strip()}, DN50 wall")
    assert unnamed.description == "" and any("description is empty" in p.reason for p in unnamed.problems)


@pytest.mark.parametrize(
    "header",
    ["规格", "型号", "规格型号", "Specification", "Spec.", "Model", "Model No.", "Size", "Item type", "Модель",
     "Характеристики", "Размер", "Марка", "Görnüşi", "Modeli", "Ölçü", "Özellik", "Modell", "Abmessung"],
)  # fmt: skip
def test_spec_headers_in_every_language(header: str) -> None:
    assert best_field(header) == "specification"


@pytest.mark.parametrize(
    ("header", "field"),
    [("品名", "description"), ("Description", "description"), ("Наименование", "description"),
     ("Ady", "description"), ("Malzeme Adı", "description"), ("Bezeichnung", "description"),
     ("品名及规格", "description"), ("HS Code", "declared_code"), ("Package type", "package_kind"),
     ("Ölçü birimi", "unit"), ("Артикул", None), ("Item No.", None), ("Art.-Nr.", None), ("Code", None)],
)  # fmt: skip
def test_spec_words_take_no_other_fields_column(header: str, field: str | None) -> None:
    assert best_field(header) == field


@pytest.mark.parametrize("header", ["Type", "TYPE", "Тип", "Tip", "Tipi", "Typ"])
def test_a_bare_type_header_names_no_field(header: str) -> None:
    """'Type' holds the packing ('CTN') as often as the goods' type: only 'Item type' is the spec."""
    assert best_field(header) is None


def test_a_spec_cell_of_a_lone_number_or_a_package_code_adds_nothing() -> None:
    text = (
        "Description,Size,Qty,Amount,N.W.\n"
        "LED bulb,CTN,100,50,5\n"
        "Steel pipe,0,10,100,50\n"
        "Tile adhesive,pk.,40,80,1000\n"
        "Ceiling fan,52 inch,20,400,220\n"
        "T-shirt,XL,50,150,10\n"
    )
    listing = reader.read(text.encode(), "sizes.csv")

    assert listing.columns["specification"] == "Size"
    assert [line.description for line in listing.lines] == [
        "LED bulb", "Steel pipe", "Tile adhesive", "Ceiling fan, 52 inch", "T-shirt, XL"
    ]  # fmt: skip


def test_a_spec_is_found_in_the_name_only_as_whole_words() -> None:
    """A broker trial: sizes 'S' and 'L' were dropped from every name with an 's' or an 'l' in it, and 'M' kept."""
    text = (
        "Description,Size,Qty,Amount,N.W.\n"
        "Ladies knitted cardigan 100% acrylic,S,10,50,5\n"
        "Ladies knitted cardigan 100% acrylic,M,10,50,5\n"
        "LED bulb 9W E27,9W E27,100,50,5\n"
        "Mens jacket size L,L,5,100,4\n"
    )
    assert [line.description for line in reader.read(text.encode(), "sizes.csv").lines] == [
        "Ladies knitted cardigan 100% acrylic, S", "Ladies knitted cardigan 100% acrylic, M", "LED bulb 9W E27",
        "Mens jacket size L",
    ]  # fmt: skip
