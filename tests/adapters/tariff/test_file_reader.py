from datetime import date
from io import BytesIO

import openpyxl
import pytest

from adapters.tariff.file_reader import PolarsTariffFileReader, text_language
from application.ports.reader import UnusableFile
from application.ports.tariff import TariffCell

reader = PolarsTariffFileReader()


def _xlsx(*sheets: tuple[str, list[list[object]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for values in rows:
            sheet.append(values)
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_russian_csv_in_cp1251_is_read_with_rows_numbered_as_the_file_shows_them() -> None:
    text = (
        "Тариф Туркменистана (выдержка)\n"
        "\n"
        "Код ТН ВЭД;Наименование;Доп. ед. изм.;Действует с;Действует по\n"
        "0511 99 801;Продукты животного происхождения прочие;кг;01.01.2024;\n"
    )

    (row,) = reader.read(text.encode("cp1251"), "tariff.csv")

    assert row.row == 4
    assert row.code == TariffCell("Код ТН ВЭД", "0511 99 801")
    assert row.descriptions == {"ru": TariffCell("Наименование", "Продукты животного происхождения прочие")}
    assert row.unit == TariffCell("Доп. ед. изм.", "кг")
    assert row.valid_from == TariffCell("Действует с", "01.01.2024")
    assert row.valid_to == TariffCell("Действует по", "")


def test_turkmen_headers_and_a_description_column_per_language() -> None:
    text = (
        "Kody,Ady (türkmençe),Наименование (рус.),Description (EN),Ölçeg birligi\n"
        '841810200,"Sowadyjylar, iki kameraly",Холодильники двухкамерные,"Refrigerators, two-door",sany\n'
    )

    (row,) = reader.read(text.encode(), "tariff.csv")

    assert {language: cell.text for language, cell in row.descriptions.items()} == {
        "tk": "Sowadyjylar, iki kameraly", "ru": "Холодильники двухкамерные", "en": "Refrigerators, two-door"
    }  # fmt: skip
    assert row.unit == TariffCell("Ölçeg birligi", "sany")
    assert row.valid_from is None


def test_the_sheet_with_the_tariff_is_found_below_its_title_and_excel_dates_and_numbers_read_as_text() -> None:
    data = _xlsx(
        ("Notes", [["Imported by the administrator"], ["SAMPLE"]]),
        ("Tariff", [["National tariff"], [], ["Code", "Description", "Supplementary unit", "Valid from"],
                    [841810200, "Refrigerators, two-door", "H87", date(2024, 1, 1)]]),
    )  # fmt: skip

    (row,) = reader.read(data, "tariff.xlsx")

    assert row.row == 4
    assert (row.code.text, row.unit, row.valid_from) == (
        "841810200", TariffCell("Supplementary unit", "H87"), TariffCell("Valid from", "2024-01-01 00:00:00")
    )  # fmt: skip


def test_a_description_column_without_a_language_takes_the_language_of_its_text() -> None:
    text = "code;description\n841810200;Холодильники\n841810800;Beýlekiler\n852872900;Other television sets\n"

    rows = reader.read(text.encode(), "tariff.csv")

    assert [next(iter(r.descriptions)) for r in rows] == ["ru", "tk", "en"]


def test_a_table_without_code_and_description_columns_is_no_tariff() -> None:
    with pytest.raises(UnusableFile, match=r"no tariff header .* needs a code column"):
        reader.read("Наименование;Кол-во\nХолодильник;4\n".encode(), "invoice.csv")


def test_an_empty_file_or_a_pdf_is_refused_in_one_sentence() -> None:
    with pytest.raises(UnusableFile, match=r"tariff\.csv is empty"):
        reader.read(b"  \n", "tariff.csv")
    with pytest.raises(UnusableFile, match="is a PDF document"):
        reader.read(b"%PDF-1.7 ...", "tariff.pdf")


@pytest.mark.parametrize(
    ("text", "language"), [("Холодильники", "ru"), ("Sowadyjylar, iki kameraly öý üçin", "tk"), ("Tea", "en")]
)
def test_text_language(text: str, language: str) -> None:
    assert text_language(text) == language
