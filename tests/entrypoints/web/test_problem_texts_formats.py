"""The reader's refusals and problems for the formats of ADR 0023's 2026 addendum, as the web tells them in Russian
and Turkmen: an encoding not recognised, a damaged .xls, a union of states as the origin, a unit not recognised."""

from decimal import Decimal

import pytest

from adapters.classification.offline.attribute_catalogue import ATTRIBUTES
from adapters.reading import PolarsProductListReader
from application.pipeline.file_kind import UnsupportedFile, sniff
from application.ports.reader import UnusableFile
from domain.classification.commodity_code import CommodityCode
from domain.declaration.classified_line import ClassifiedLine
from domain.declaration.supplementary import supplementary_gaps
from domain.measures import Quantity
from entrypoints.http.web.problem_texts import translated, translated_reasons
from tests.adapters.reading import invoices
from tests.application.fakes import line

reader = PolarsProductListReader()


def _refusal(data: bytes, filename: str) -> str:
    with pytest.raises(UnusableFile) as refused:
        reader.read(data, filename)
    return str(refused.value)


def test_an_encoding_not_recognised_is_told_in_russian_and_turkmen() -> None:
    refusal = _refusal("Description;Qty\n電気ケトル;10\nステンレス水筒;20\n".encode("shift_jis"), "list.csv")
    assert translated(refusal, "ru").startswith("Кодировку файла list.csv не удалось распознать")
    assert translated(refusal, "tk").startswith("list.csv faýlynyň kodlamasy tanalmady")


def test_a_damaged_xls_is_told_in_russian() -> None:
    refusal = _refusal(invoices.old_excel(), "list.xls")
    assert translated(refusal, "ru") == (
        "Файл list.xls — повреждённая книга Excel 97-2003 (.xls), её нельзя открыть; откройте её в Excel и сохраните "
        "как .xlsx."
    )


def test_the_european_union_as_an_origin_is_told_with_its_place() -> None:
    text = "Description;Qty;Amount, USD;Country of origin\nCoffee machine;2;800;Евросоюз\n"
    (problem,) = reader.read(text.encode(), "list.csv").lines[0].problems
    assert translated(problem.reason, "ru") == (
        "«Евросоюз» — это Европейский союз, а не страна: укажите государство — член ЕС, откуда товар (например, DE "
        "или IT): в декларации нужна страна происхождения по ISO 3166 (строка 2 файла)"
    )
    assert translated(problem.reason, "tk").startswith("«Евросоюз» — bu Ýewropa Bileleşigi, ýurt däl")


def test_a_unit_not_recognised_at_box_41_is_told_in_turkmen() -> None:
    product = line(1, "goods", net="2")
    product.quantity = Quantity(Decimal(10), "ZZ")
    unknown, prescribed = supplementary_gaps(
        [ClassifiedLine(product, CommodityCode("611595000"), "t", unit) for unit in (None, "H87")]
    )
    assert translated(unknown.reason, "tk").startswith("41-nji öýjük: harydyň mukdary görkezilmändir; setiriň ölçeg")
    assert "10 в нераспознанной единице (ZZ)" in (translated(prescribed.reason, "ru") or "")


def _upload_refusal(data: bytes, filename: str) -> str:
    with pytest.raises(UnsupportedFile) as refused:
        sniff(data, filename)
    return str(refused.value)


def _office_file(stream: str) -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + stream.encode("utf-16-le") + b"\x00" * 512


def test_the_uploads_refusals_of_old_office_files_are_told_in_russian_and_turkmen() -> None:
    misnamed = _upload_refusal(invoices.old_excel(), "list.csv")
    word = _upload_refusal(_office_file("WordDocument"), "list.xls")
    slides = _upload_refusal(_office_file("PowerPoint Document"), "list.xls")

    assert (
        translated(misnamed, "ru")
        == "list.csv: имя с расширением .csv, но это книга Excel 97-2003: переименуйте её в .xls"
    )
    assert translated(word, "ru") == "list.xls: старый документ Word (.doc), а не таблица"
    assert translated(slides, "tk") == "list.xls: tablisa däl-de, PowerPoint faýly (.ppt)"


def test_a_program_refused_at_upload_is_told_in_russian_and_turkmen() -> None:
    with pytest.raises(UnsupportedFile) as refused:
        sniff(b"MZ\x90\x00\x03" + b"\x00" * 64, "list.csv")
    assert translated(str(refused.value), "ru") == "list.csv: программа Windows, а не таблица"
    assert translated(str(refused.value), "tk") == "list.csv: tablisa däl-de, Windows programmasy"


def test_figures_in_russian_and_turkmen_messages_are_written_as_those_languages_write_them() -> None:
    """'3,200.00' in a Russian sentence reads as three point two; codes and quoted cells are left as written."""
    wrong = "the amount 3,200.00 is not quantity 10 × unit price 310.5 = 3,105.00 (line 4 of the file)"
    assert translated(wrong, "ru") == (
        "сумма 3\u00a0200,00 не равна произведению количества 10 на цену за единицу 310,5 = 3\u00a0105,00 "
        "(строка 4 файла)"
    )
    assert translated("net mass 12.5 kg is more than gross mass 10 kg", "tk") == (
        "netto agramy 12,5 kg brutto agramyndan 10 kg köp"
    )


def test_a_rationale_is_told_reason_by_reason_and_a_reason_no_template_fits_stays_english() -> None:
    rationale = (
        "lexicon 'свинцово-кислотный аккумулятор' -> 8507.20 (vehicles_parts.csv:72); tariff words: аккумулятор; "
        "similar in meaning to the tariff text (0.13); a reason nobody wrote a template for"
    )
    assert translated_reasons(rationale, "ru") == (
        "словарь Gumruk: «свинцово-кислотный аккумулятор» → 8507.20 (vehicles_parts.csv:72); слова из текста "
        "тарифа: аккумулятор; близко по смыслу к тексту тарифа (0,13); a reason nobody wrote a template for"
    )
    remembered = "from memory: confirmed by broker@example.tm on 2026-11-29 for 'Чай, 100 г'"
    assert translated_reasons(remembered, "tk") == (
        "ýatdan: broker@example.tm 2026-11-29 senesinde «Чай, 100 г» üçin tassyklady"
    )
    assert translated_reasons(rationale, "en") == rationale


@pytest.mark.parametrize("language", ["ru", "tk"])
def test_every_deciding_attribute_and_value_of_the_engine_is_told(language: str) -> None:
    """A rule's reason ('material: cotton stated') reads in the broker's language for every attribute it can name."""
    for attribute in ATTRIBUTES:
        for value in attribute.description_words:
            told = translated_reasons(f"{attribute.name}: {value} stated", language) or ""
            assert told.startswith(("указано: ", "görkezilen: ")), (attribute.name, value)
    assert translated_reasons("gender: men, women stated", "ru") == "указано: для кого — мужское, женское"


def test_a_memory_reason_and_the_national_line_chosen_are_each_told() -> None:
    """A reason with an open slot at its end (the date) no longer swallows the one after it."""
    rationale = (
        "from memory: confirmed by b@x.tm on 2026-11-29; 841810900 is not a national line in force; national line "
        "8418 10 200 chosen: only line under 841810"
    )
    assert translated_reasons(rationale, "ru") == (
        "из памяти: подтвердил b@x.tm 2026-11-29; 841810900 — не действующая национальная подсубпозиция; выбрана "
        "8418 10 200: единственная под 841810"
    )
