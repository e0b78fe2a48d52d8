"""Text the reader cannot read as written is never taken silently: a character the file's encoding does not
define (read as '�') is named where it first stands, and a file in no encoding the reader knows is refused."""

import pytest

from adapters.reading import PolarsProductListReader
from application.ports.reader import UnusableFile
from domain.goods.problems import RowProblem, Severity

reader = PolarsProductListReader()
RUSSIAN = "Счёт 12\nНаименование товара;Кол-во;Сумма, USD\nЧайник электрический;15;300\nСковорода чугунная;40;800\n"
ADVICE = "save the file as UTF-8 and upload it again"


def _cp1251(text: str) -> bytes:
    """The text in cp1251, each '#' the byte 0x98, which cp1251 leaves undefined."""
    return text.encode("cp1251").replace(b"#", b"\x98")


def test_a_byte_its_code_page_does_not_define_is_named_where_it_first_stands() -> None:
    listing = reader.read(_cp1251(RUSSIAN.replace("чугунная", "чу#унная")), "list.csv")
    assert listing.lines[1].description == "Сковорода чу�унная"
    (problem,) = [p for p in listing.all_problems() if "�" in p.reason]
    assert problem == RowProblem(
        2,
        "Наименование товара",
        f"'�' stands for a byte that is no character in cp1251, the encoding the file was read in: {ADVICE} "
        "(line 4 of the file)",
        Severity.WARNING,
    )


def test_several_cells_are_counted_and_a_title_row_is_named_by_its_line() -> None:
    listed = RUSSIAN.replace("Счёт", "Счёт#").replace("Кол-во;", "Кол-#во;").replace("Сковорода", "Ско#ворода")
    listing = reader.read(_cp1251(listed), "list.csv")
    (problem,) = [p for p in listing.all_problems() if "�" in p.reason]
    assert str(problem) == (
        "'�' stands for a byte that is no character in cp1251, the encoding the file was read in (here and in 2 "
        f"more cells): {ADVICE} (line 1 of the file)"
    )


def test_a_replacement_character_in_utf8_text_is_a_character_lost_before() -> None:
    listing = reader.read("Description;Qty\nTea;1\nCaf� latte;2\n".encode(), "list.csv")
    assert [line.description for line in listing.lines] == ["Tea", "Caf� latte"]
    (problem,) = [p for p in listing.all_problems() if "�" in p.reason]
    assert str(problem) == (
        "row 2, column 'Description': '�' stands for a character lost before the file was saved: check the text "
        "against the invoice (line 3 of the file)"
    )


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Description;Qty\n電気ケトル;10\nステンレス水筒;20\n", "shift_jis"),
        ("Description;Qty\n不鏽鋼保溫杯;100\n", "big5"),
    ],
)
def test_a_file_in_no_encoding_the_reader_knows_is_refused_saying_to_save_it_as_utf8(text: str, encoding: str) -> None:
    with pytest.raises(UnusableFile, match=r"^list\.csv is in a text encoding that could not be recognised") as error:
        reader.read(text.encode(encoding), "list.csv")
    assert str(error.value).endswith("save it as UTF-8 (in Excel: Save As, 'CSV UTF-8') and upload it again.")


def test_text_that_reads_well_is_said_nothing_about() -> None:
    listing = reader.read(RUSSIAN.encode("cp1251"), "list.csv")
    assert not [p for p in listing.all_problems() if "�" in p.reason or "encoding" in p.reason]


def test_a_question_mark_inside_a_word_of_letters_beyond_ascii_is_warned_about_once() -> None:
    """A hostile trial: Kazakh text saved in cp1251 lost 'қ', 'ң' and 'ғ' as '?', and 'Жары?диодты шам' went into the
    declaration unremarked; a question in English ('Size?') is no lost letter."""
    text = "Наименование;Кол-во;Сумма, USD\nЖары?диодты шам;10;5,00\nСалма?ы бар тауар;2;3,00\nSize? Ask;1;1,00\n"
    listing = reader.read(text.encode("cp1251"), "list.csv")
    (lost,) = [problem for problem in listing.all_problems() if "'?'" in problem.reason]
    assert (lost.row, lost.column) == (1, "Наименование")
    assert lost.reason.startswith("'?' stands inside the word 'Жары?диодты' (here and in 1 more cell): letters were")
