"""The spelling rules that tell a word read in its own code page from the same bytes read in another."""

import pytest

from adapters.reading.alphabets import spelled


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        ("объём", "ъйаеш"),  # Russian 'ъ' before 'е', 'ё', 'ю', 'я' only: Hebrew 'תיאור' in cp1251
        ("йогурт", "озйш"),  # Russian 'й' after a vowel: Hebrew 'מחיר' in cp1251
        ("çäýnegi", "açýklamasý"),  # Turkmen 'ý' beside a vowel: Turkish 'açıklaması' in cp1250
        ("açıklaması", "Türkiıe"),  # Turkish 'ı' beside no vowel: Turkmen 'Türkiýe' in cp1254
        ("ağırlık", "Ađýrlýk"),  # Turkish 'ğ' in cp1250 is Croatian 'đ'
        ("bibliothèque", "èerpadlu"),  # French 'è' before a consonant and 'e': Czech 'čerpadlu' in cp1252
        ("città", "cittŕ"),  # Slovak 'ŕ' between consonants: Italian 'città' in cp1250
        ("zboží", "zboľí"),  # no Slovak caron before 'i': Czech 'ž' of ISO-8859-2 in cp1250
        ("España", "Espańa"),  # Polish 'ń' before no vowel: Spanish 'ñ' in cp1250
        ("Rękawice", "ętre"),  # no Polish word starts with 'ę': French 'être' in cp1250
        ("preţ", "dikiţsiz"),  # Romanian 'ţ' before a vowel or last: Turkish 'ş' in cp1250
        ("μπλουζάκι", "Νΰθμενξβΰνθε"),  # one Greek accent a word: Russian 'Наименование' in cp1253
        ("προϊόν", "ϊιΰεψ"),  # Greek diaeresis after a vowel: Hebrew 'תיאור' in cp1253
        ("τιμής", "ξιςε"),  # Greek final 'ς' only last
        ("שמן", "מםמ"),  # Hebrew final letters only last: lower-case Russian in cp1255
        ("الكمية", "ةلا"),  # Arabic 'ة' only last
        ("pirkinį", "Nįzev"),  # Lithuanian 'į' after a consonant only last or before 's': Czech 'Název' in cp1257
        ("kaķis", "Pracovnķ"),  # Latvian 'ķ' only before a vowel: Czech 'Pracovní' in cp1257
        ("buźka", "Rźkawice"),  # Polish 'ź' after a vowel or 'd': Polish 'Rękawice' in cp1257
        ("ağaç", "Piimağokolaad"),  # no Turkish 'ğo': Estonian 'Piimašokolaad' in cp1254
    ],
)
def test_a_word_spelled_right_and_the_same_bytes_read_in_another_code_page(right: str, wrong: str) -> None:
    assert spelled(right)
    assert not spelled(wrong)


@pytest.mark.parametrize(("alone", "not_alone"), [("с", "р"), ("à", "ŕ"), ("و", "گ"), ("ή", "ξ")])
def test_a_letter_alone_is_a_word_only_where_the_language_has_it(alone: str, not_alone: str) -> None:
    assert spelled(alone)
    assert not spelled(not_alone)
