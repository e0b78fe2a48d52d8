"""Suppliers' lists in the 8-bit code page of their language (Greek, Arabic, Persian, Hebrew, Turkish, Central
European) are read with their letters, or with a warning that another code page reads them as plausibly."""

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.text_decoding import decode_text
from application.ports.reader import UnusableFile
from domain.goods.problems import RowProblem, Severity

reader = PolarsProductListReader()

GREEK = (
    "Περιγραφή;Ποσότητα;Τιμή;Χώρα προέλευσης\n"
    "Βαμβακερό μπλουζάκι, ανδρικό;100;4,50;Ελλάδα\n"
    "Ελαιόλαδο εξαιρετικό παρθένο, 1 λίτρο;500;7,20;Ελλάδα\n"
    "Άλλα προϊόντα καθαρισμού;40;2,10;Ελλάδα\n"
)
GREEK_CAPITALS = "ΠΕΡΙΓΡΑΦΗ;ΠΟΣΟΤΗΤΑ;ΤΙΜΗ\nΒΑΜΒΑΚΕΡΑ ΜΠΛΟΥΖΑΚΙΑ;100;4,50\nΕΛΑΙΟΛΑΔΟ;500;7,20\n"
ARABIC = "الوصف;الكمية;السعر\nقميص قطني للرجال;100;4,50\nزيت زيتون بكر ممتاز;500;7,20\nسجاد صوف يدوي;20;150,00\n"
# as cp1256 writes Persian: 'ي' for 'ی', and the zero-width non-joiner of 'گوجه‌فرنگي'
PERSIAN = "شرح کالا;تعداد;قيمت واحد\nپيراهن نخي مردانه;100;4,50\nگوجه\u200cفرنگي;500;0,80\nزعفران ايراني;5;900,00\n"
HEBREW = "תיאור;כמות;מחיר\nחולצת כותנה לגברים;100;4,50\nשמן זית כתית מעולה;500;7,20\nמכשיר חשמלי;20;150,00\n"
TURKISH = (
    "Ürün açıklaması;Miktar;Birim fiyat\n"
    "Pamuklu tişört, erkek;100;4,50\n"
    "Deri ayakkabı, kadın;50;22,00\n"
    "Ağır iş eldiveni;60;3,20\n"
)
TURKISH_CAPITALS = "ÜRÜN ADI;MİKTAR;FİYAT\nHALI, YÜN;5;120\nİPLİK;100;2\n"
POLISH = (
    "Opis towaru;Ilość;Cena\n"
    "Rękawice robocze, skórzane;200;3,50\n"
    "Łożyska kulkowe;40;12,00\n"
    "Śruby stalowe ocynkowane;1000;0,15\n"
)
CZECH = (
    "Název zboží;Počet kusů;Jednotková cena\n"
    "Pracovní rukavice, kožené;200;3,50\n"
    "Dřevěné palety;100;8,00\n"
    "Kuličková ložiska;40;12,00\n"
)
SLOVAK = "Popis tovaru;Množstvo;Cena\nPracovné rukavice, kožené;200;3,50\nSkrutky oceľové;1000;0,15\n"
HUNGARIAN = "Leírás;Mennyiség;Egységár\nFűtőtest, elektromos;5;80,00\nCsőkulcs;10;6,00\n"
ROMANIAN = "Descriere;Cantitate;Preţ\nMănuşi de lucru;200;3,50\nŞuruburi din oţel;1000;0,15\n"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        pytest.param(GREEK, "cp1253", id="greek-cp1253"),
        pytest.param(GREEK, "iso8859_7", id="greek-iso8859_7"),  # 'Ά' is 0xB6 here, 0xA2 in cp1253
        # 'ΡΟΔΙΑ' in KOI8-R is 'яодиа', a Russian spelling, but of rare letters
        pytest.param(GREEK_CAPITALS, "cp1253", id="greek-capitals-cp1253"),
        pytest.param(ARABIC, "cp1256", id="arabic-cp1256"),
        pytest.param(PERSIAN, "cp1256", id="persian-cp1256"),
        pytest.param(HEBREW, "cp1255", id="hebrew-cp1255"),
        pytest.param(HEBREW, "iso8859_8", id="hebrew-iso8859_8"),
        pytest.param(TURKISH, "cp1254", id="turkish-cp1254"),
        pytest.param(TURKISH, "iso8859_9", id="turkish-iso8859_9"),
        pytest.param(TURKISH_CAPITALS, "cp1254", id="turkish-capitals-cp1254"),  # 'İ' is 'Ý' in cp1252 and cp1250
        pytest.param(POLISH, "cp1250", id="polish-cp1250"),
        pytest.param(POLISH, "iso8859_2", id="polish-iso8859_2"),
        pytest.param(CZECH, "cp1250", id="czech-cp1250"),
        pytest.param(CZECH, "iso8859_2", id="czech-iso8859_2"),
        pytest.param(SLOVAK, "cp1250", id="slovak-cp1250"),
        pytest.param(HUNGARIAN, "cp1250", id="hungarian-cp1250"),
        pytest.param(ROMANIAN, "cp1250", id="romanian-cp1250"),
    ],
)
def test_a_list_in_the_code_page_of_its_language_is_read_with_its_letters(text: str, encoding: str) -> None:
    decoded = decode_text(text.encode(encoding), "list.csv")
    assert decoded.head == text
    assert decoded.doubt is None


@pytest.mark.parametrize(
    ("descriptions", "encoding"),
    [
        pytest.param(["Ελαιόλαδο εξαιρετικό παρθένο", "Τυρί φέτα ΠΟΠ"], "cp1253", id="greek"),
        pytest.param(["زيت زيتون بكر ممتاز", "تمور مجدول"], "cp1256", id="arabic"),
        pytest.param(["חולצת כותנה לגברים", "שמן זית כתית מעולה"], "cp1255", id="hebrew"),
        pytest.param(["Pamuklu tişört, erkek", "Kalın çorap"], "cp1254", id="turkish"),
        pytest.param(["Rękawice robocze", "Łożyska kulkowe"], "cp1250", id="polish"),
        pytest.param(["Dřevěné palety", "Šrouby ocelové"], "cp1250", id="czech"),
    ],
)
def test_goods_written_in_the_suppliers_language_under_english_headers(descriptions: list[str], encoding: str) -> None:
    rows = "".join(f"{description};{n};4,50\n" for n, description in enumerate(descriptions, start=1))
    listing = reader.read(f"Description;Qty;Unit price\n{rows}".encode(encoding), "invoice.csv")
    assert [line.description for line in listing.lines] == descriptions
    assert not [p for p in listing.all_problems() if "encoding" in p.reason]


def test_a_turkish_invoice_in_cp1254_is_read_under_its_turkish_headers() -> None:
    listing = reader.read(TURKISH.encode("cp1254"), "fatura.csv")
    assert listing.columns == {"description": "Ürün açıklaması", "quantity": "Miktar", "unit_price": "Birim fiyat"}
    assert [line.description for line in listing.lines] == [
        "Pamuklu tişört, erkek",
        "Deri ayakkabı, kadın",
        "Ağır iş eldiveni",
    ]


def test_an_uzbek_list_in_cp1251_is_read_in_it_not_in_mac_cyrillic() -> None:
    """A hostile trial: 'ў' (Uzbek, Belarusian) was no letter of the lists, so Mac Cyrillic read the file better
    and wrote 'Товар номи' as '“овар номи': no column was found and 'Ўзбекистон' was no country."""
    text = (
        "Товар номи;Микдори;Нетто вазни, кг;Келиб чикиш мамлакати\n"
        "Светодиодли лампа 9Вт E27;1 200;60,5;Ўзбекистон\n"
        "Зангламайдиган пўлатдан ошхона раковинаси;40;320;Ўзбекистон\n"
    )
    decoded = decode_text(text.encode("cp1251"), "list.csv")
    assert (decoded.encoding, decoded.head, decoded.doubt) == ("cp1251", text, None)


def test_turkish_whose_only_turkish_letter_is_the_dotless_i_is_not_read_as_turkmen() -> None:
    """cp1250, the page of Turkmen, reads 'ı' as 'ý'; a Turkmen 'ý' stands beside a vowel, not in 'Kalýn'."""
    listing = reader.read("Açıklama;Adet\nKalın çorap;10\nSu ısıtıcısı;4\n".encode("cp1254"), "liste.csv")
    assert listing.columns["description"] == "Açıklama"
    assert [line.description for line in listing.lines] == ["Kalın çorap", "Su ısıtıcısı"]


def test_a_list_two_code_pages_read_as_plausibly_is_read_with_a_warning_naming_both_readings() -> None:
    """French 'è' is Czech 'č' in cp1250: 'Matičre premičre' reads as plausibly as 'Matière première'. The
    Windows Western page, which comes first, is taken, and the warning says what the other would write."""
    listing = reader.read("Description;Qty\nMatière première, acier;500\n".encode("cp1252"), "liste.csv")
    assert [line.description for line in listing.lines] == ["Matière première, acier"]
    assert (
        RowProblem(
            None,
            None,
            "the file's text encoding is in doubt: read as Windows Western European (cp1252), it writes 'Matière'; "
            "read as Windows Central European (cp1250), as plausibly, 'Matičre': check the letters against the "
            "invoice, or save the file as UTF-8 and upload it again",
            Severity.WARNING,
        )
        in listing.all_problems()
    )


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        pytest.param("Description;Qty\nמסננים למים;40\n", "cp1255", id="hebrew"),  # 'НЯППИМ ЛНИМ' in KOI8-R
        pytest.param("Description;Qty\nΕΛΑΙΟΛΑΔΟ;500\n", "cp1253", id="greek"),  # 'екаиокадо' in KOI8-R
        pytest.param("Description;Qty\nЯЩИК ДЕРЕВЯННЫЙ;10\n", "koi8_r", id="russian"),  # 'сэйл детечсоощк' in cp1251
        pytest.param("Description;Qty\nVis à bois;1000\n", "cp1252", id="french"),  # one letter: 'а' in cp1251
    ],
)
def test_a_line_too_short_to_tell_its_code_page_is_read_right_or_with_a_warning(text: str, encoding: str) -> None:
    decoded = decode_text(text.encode(encoding), "list.csv")
    assert decoded.head == text or decoded.doubt


def test_a_japanese_word_is_not_taken_for_a_persian_letter() -> None:
    """'水筒' in Shift-JIS is 'گ…“›' in cp1256: a letter standing alone is no word unless the language has it."""
    with pytest.raises(UnusableFile, match="could not be recognised"):
        decode_text("Description;Qty\n水筒;20\n".encode("shift_jis"), "list.csv")
